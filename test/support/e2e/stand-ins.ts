// The recorded stand-ins for third-party actions the workflows use and this machine cannot run:
// no Docker daemon or registry, no github.com. Each says what it emulates and returns the outputs
// the real action documents; the ones a workflow reads later (a digest, tags, an artifact's files,
// the staged deployment's commit) are computed from what happened, never fixed in advance.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { runAction } from '../runner/index.ts';
import type { RegistryDouble } from './registry.ts';
import type { StandIn, StandInStep } from './stand-in.ts';

function git(args: string[], cwd: string): { ok: boolean; output: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.name === '.git') return [];
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function lines(text: string | undefined): string[] {
  return (text ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

/** `type=image,name=x,push=true` (buildx's --output and metadata-action's tag entries). */
function csvPairs(text: string): Record<string, string> {
  return Object.fromEntries(text.split(',').map((part) => {
    const eq = part.indexOf('=');
    return eq < 0 ? [part.trim(), ''] : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()];
  }));
}

function globRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

export interface StandInOptions {
  /** The consumer repository the checkout stand-in fetches from (a local git repository). */
  repository: string;
  registry: RegistryDouble;
}

export function recordedStandIns(options: StandInOptions): Record<string, StandIn> {
  const { registry } = options;
  return {
    'actions/checkout': {
      emulates: 'actions/checkout: fetches `ref` (default: the commit of the run) into the workspace, `fetch-depth` commits deep (0 = all history). '
        + 'Stand-in: git init, then git fetch from the local service repository (file://), then a detached checkout.',
      async run(step) {
        const ref = step.with['ref'] || step.env['GITHUB_SHA'] || '';
        const depth = Number(step.with['fetch-depth'] || '1');
        const ws = step.workspace;
        const steps: string[][] = [['init', '-q'], ['remote', 'add', 'origin', `file://${options.repository}`]];
        // With all history, the branches come first; the last fetch names only `ref`, so FETCH_HEAD is it.
        if (depth === 0) steps.push(['fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
        steps.push(['fetch', '-q', ...(depth === 0 ? [] : [`--depth=${depth}`]), 'origin', ref]);
        steps.push(['-c', 'advice.detachedHead=false', 'checkout', '-q', '--detach', 'FETCH_HEAD']);
        for (const args of steps) {
          const r = git(args, ws);
          if (!r.ok) return { error: `git ${args.join(' ')} failed: ${r.output}` };
        }
        return { outputs: { ref, commit: git(['rev-parse', 'HEAD'], ws).output } };
      },
    },
    'docker/setup-qemu-action': {
      emulates: 'docker/setup-qemu-action: installs QEMU binfmt handlers for foreign-architecture builds. Stand-in: nothing to install (the build stand-in runs no foreign code); reports the platforms.',
      run: () => Promise.resolve({ outputs: { platforms: 'linux/amd64,linux/arm64' } }),
    },
    'docker/setup-buildx-action': {
      emulates: 'docker/setup-buildx-action: creates a buildx builder. Stand-in: reports a builder without creating one.',
      run: () => Promise.resolve({ outputs: { name: 'job-player-builder', driver: 'docker-container', platforms: 'linux/amd64,linux/arm64' } }),
    },
    'docker/login-action': {
      emulates: 'docker/login-action: docker login to `registry`. Stand-in: checks that username and password are given and records the login with the registry double.',
      run(step) {
        if (step.with['username'] === undefined || step.with['username'] === '' || step.with['password'] === undefined || step.with['password'] === '') {
          return Promise.resolve({ error: 'Username and password required' });
        }
        registry.logins.push(`${step.with['registry'] || 'docker.io'} as ${step.with['username']}`);
        return Promise.resolve({ outputs: {} });
      },
    },
    'docker/build-push-action': {
      emulates: 'docker/build-push-action: buildx build of `context` with `file`, for `platforms`, pushed per `outputs`; outputs digest, imageid and metadata. '
        + 'Stand-in: the Dockerfile\'s FROM must name a sample-app image the kubelet simulator runs; the digest is a sha256 over that base, the build context\'s files, '
        + 'the platforms and the labels; with push=true the image is pushed to the registry double by digest.',
      run(step) {
        const contextDir = resolve(step.workspace, step.with['context'] || '.');
        const file = resolve(step.workspace, step.with['file'] || join(step.with['context'] || '.', 'Dockerfile'));
        if (!existsSync(file)) return Promise.resolve({ error: `failed to read dockerfile: open ${relative(step.workspace, file)}: no such file or directory` });
        const from = /^\s*FROM\s+(\S+)/im.exec(readFileSync(file, 'utf8'))?.[1];
        if (from === undefined) return Promise.resolve({ error: `${relative(step.workspace, file)}: no FROM instruction` });
        const outputs = csvPairs(step.with['outputs'] ?? '');
        const name = outputs['name'];
        if (outputs['type'] !== 'image' || name === undefined || name === '') return Promise.resolve({ error: `the stand-in builds only type=image outputs with a name, got '${step.with['outputs'] ?? ''}'` });
        const platforms = (step.with['platforms'] ?? '').split(',').map((p) => p.trim()).filter(Boolean);
        const labels = Object.fromEntries(lines(step.with['labels']).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
        const hash = createHash('sha256').update(JSON.stringify({ from, platforms, labels }));
        for (const path of filesUnder(contextDir)) hash.update(relative(contextDir, path)).update(readFileSync(path));
        const digest = `sha256:${hash.digest('hex')}`;
        if (outputs['push'] === 'true') registry.push({ repository: name, digest, from, platforms, labels });
        step.log(`    build stand-in: ${name}@${digest} FROM ${from} (${platforms.join(', ')})${outputs['push'] === 'true' ? ', pushed by digest' : ''}`);
        return Promise.resolve({ outputs: { digest, imageid: digest, metadata: JSON.stringify({ 'containerimage.digest': digest, 'image.name': name }) } });
      },
    },
    'actions/upload-artifact': {
      emulates: 'actions/upload-artifact: uploads `path` as the run\'s artifact `name`. Stand-in: keeps the files in the run\'s artifact store.',
      run(step) {
        const name = step.with['name'] || 'artifact';
        if (step.artifacts.has(name)) return Promise.resolve({ error: `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run` });
        const files = new Map<string, Buffer>();
        for (const entry of lines(step.with['path'])) {
          const path = resolve(step.workspace, entry);
          if (!existsSync(path)) continue;
          if (statSync(path).isDirectory()) for (const f of filesUnder(path)) files.set(relative(path, f), readFileSync(f));
          else files.set(path.slice(dirname(path).length + 1), readFileSync(path));
        }
        if (files.size === 0) {
          const mode = step.with['if-no-files-found'] || 'warn';
          if (mode === 'error') return Promise.resolve({ error: `No files were found with the provided path: ${step.with['path'] ?? ''}. No artifacts will be uploaded.` });
          return Promise.resolve({ outputs: {} });
        }
        step.artifacts.set(name, files);
        return Promise.resolve({ outputs: { 'artifact-id': String(step.artifacts.size), 'artifact-url': `https://github.com/artifacts/${step.artifacts.size}` } });
      },
    },
    'actions/download-artifact': {
      emulates: 'actions/download-artifact: downloads the run\'s artifacts (`name`, or `pattern`) into `path`, each in its own folder unless `merge-multiple`. Stand-in: copies them from the run\'s artifact store.',
      run(step) {
        const target = resolve(step.workspace, step.with['path'] || '.');
        const names = [...step.artifacts.keys()].filter((n) => (step.with['name'] ? n === step.with['name'] : globRegExp(step.with['pattern'] || '*').test(n)));
        if (step.with['name'] && names.length === 0) return Promise.resolve({ error: `Unable to download artifact(s): Artifact not found for name: ${step.with['name']}` });
        const merge = step.with['merge-multiple'] === 'true' || Boolean(step.with['name']);
        for (const name of names) {
          for (const [path, content] of step.artifacts.get(name) ?? []) {
            const out = merge ? join(target, path) : join(target, name, path);
            mkdirSync(dirname(out), { recursive: true });
            writeFileSync(out, content);
          }
        }
        return Promise.resolve({ outputs: { 'download-path': target } });
      },
    },
    'docker/metadata-action': {
      emulates: 'docker/metadata-action: turns `tags` rules into image tags for `images`. Stand-in: evaluates the rule types the workflows use, '
        + '`type=raw` (value, enable) and `type=semver` (pattern {{version}}, {{major}}.{{minor}}; only on `v*` tag refs, adding `latest` as flavor latest=auto does); other types are refused.',
      run(step) {
        const images = lines(step.with['images']);
        const ref = step.env['GITHUB_REF'] ?? '';
        const semver = /^refs\/tags\/v?(\d+)\.(\d+)\.(\d+)(-[\w.]+)?$/.exec(ref);
        const tags: string[] = [];
        for (const rule of lines(step.with['tags'])) {
          const pairs = csvPairs(rule);
          if (pairs['enable'] === 'false') continue;
          if (pairs['type'] === 'raw') {
            if (pairs['value']) tags.push(pairs['value']);
          } else if (pairs['type'] === 'semver') {
            if (semver === null) continue;
            const [, major, minor, patch, pre] = semver;
            const version = `${major}.${minor}.${patch}${pre ?? ''}`;
            tags.push((pairs['pattern'] ?? '{{version}}').replace('{{version}}', version).replace('{{major}}', major ?? '').replace('{{minor}}', minor ?? '').replace('{{patch}}', patch ?? ''));
            if (pre === undefined && !tags.includes('latest')) tags.push('latest');
          } else {
            return Promise.resolve({ error: `the metadata-action stand-in does not emulate '${rule}'` });
          }
        }
        const full = images.flatMap((image) => [...new Set(tags)].map((t) => `${image}:${t}`));
        return Promise.resolve({ outputs: { tags: full.join('\n'), version: tags[0] ?? '', labels: `org.opencontainers.image.revision=${step.env['GITHUB_SHA'] ?? ''}`, json: JSON.stringify({ tags: full }) } });
      },
    },
    'actions/github-script': {
      emulates: 'actions/github-script: runs `script` as an async function with github (Octokit for GITHUB_API_URL), context, core, exec, glob, io and require. '
        + 'Stand-in: the same call, made by test/support/e2e/github-script.ts as a JavaScript action under the runner harness, against the GitHub double.',
      async run(step: StandInStep) {
        const result = await runAction({
          entry: join(import.meta.dirname, 'github-script.ts'),
          inputs: step.with,
          // The harness writes the event file itself, from `event`.
          env: Object.fromEntries(Object.entries(step.env).filter(([name]) => name !== 'GITHUB_EVENT_PATH')),
          event: step.event,
          workspace: step.workspace,
          runnerTemp: step.runnerTemp,
          githubApiUrl: step.apiUrl,
          token: step.token,
          timeoutMs: 120_000,
        });
        const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
        if (result.exitCode !== 0) return { error: errors.join('; ') || `exit code ${String(result.exitCode)}: ${result.stderr.slice(-500)}`, outputs: result.outputs, summary: result.summary };
        return { outputs: result.outputs, summary: result.summary };
      },
    },
  };
}
