// Stand-in for the `docker` CLI, which this machine lacks. It plays the one command the
// workflows run, `docker buildx imagetools create [--tag <ref>]... <source>`, against the registry
// double: the source must be a pushed image (E2E_REGISTRY_STATE), and the new tags are appended
// to E2E_DOCKER_LOG, which the registry double applies after the step.
import { appendFileSync, readFileSync } from 'node:fs';

interface State {
  images: { repository: string; digest: string; tags: string[] }[];
}

/** Returns the exit code, having printed what docker would. */
function main(args: string[]): number {
  if (args[0] !== 'buildx' || args[1] !== 'imagetools' || args[2] !== 'create') {
    process.stderr.write(`docker stand-in: only 'docker buildx imagetools create' is recorded here, got: docker ${args.join(' ')}\n`);
    return 125;
  }
  const tags: string[] = [];
  const sources: string[] = [];
  for (let i = 3; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--tag' || arg === '-t') {
      tags.push(args[i + 1] ?? '');
      i += 1;
    } else if (arg.startsWith('--tag=')) {
      tags.push(arg.slice('--tag='.length));
    } else if (arg.startsWith('-')) {
      process.stderr.write(`docker stand-in: unsupported flag ${arg}\n`);
      return 125;
    } else {
      sources.push(arg);
    }
  }
  const source = sources[0] ?? '';
  if (sources.length !== 1 || tags.length === 0) {
    process.stderr.write('ERROR: imagetools create needs one source image and at least one --tag\n');
    return 1;
  }
  const state = JSON.parse(readFileSync(process.env['E2E_REGISTRY_STATE'] ?? '', 'utf8')) as State;
  const at = source.lastIndexOf('@');
  const image = state.images.find((i) => at > 0 && i.repository === source.slice(0, at) && i.digest === source.slice(at + 1));
  if (image === undefined) {
    process.stderr.write(`ERROR: ${source}: not found\n`);
    return 1;
  }
  const foreign = tags.filter((t) => !t.startsWith(`${image.repository}:`));
  if (foreign.length > 0) {
    process.stderr.write(`ERROR: ${foreign.join(', ')}: not in ${image.repository}\n`);
    return 1;
  }
  appendFileSync(process.env['E2E_DOCKER_LOG'] ?? '', `${JSON.stringify({ source, tags })}\n`);
  for (const tag of tags) process.stdout.write(`#1 pushing ${tag} (${image.digest})\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
