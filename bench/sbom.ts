// sbom benchmark: SBOM generation time and peak RSS on a large real lockfile (Kong/insomnia,
// npm v3, 2,208 entries, read in place from the shared fixtures) for our bundle against
// @cyclonedx/cyclonedx-npm and @cyclonedx/cdxgen, all in this run, each in a fresh process.
// Ours is the whole action: read, build CycloneDX 1.6, validate against the schema, score.
// The three tools run in turn within each round, so a busy machine slows them alike. Cold
// start is the bundle on the project's own tiny lockfile, beside bare `node -e 0`.
// Usage: npm run bench -- sbom [--runs 5]
// SBOM_BUNDLE=<dir or index.js> measures another build of the bundle (one made into a
// temporary directory with the flags of scripts/build.ts) instead of the committed dist/sbom.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { peerBin } from '../test/support/peer-tools.ts';

const root = join(import.meta.dirname, '..');
const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(root, '..', 'shared', 'fixtures');
const target = join(fixtures, 'lockfiles', 'npm', 'Kong__insomnia');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const override = process.env['SBOM_BUNDLE'];
const bundle = override ? (existsSync(override) && statSync(override).isDirectory() ? join(resolve(override), 'index.js') : resolve(override)) : join(root, 'dist', 'sbom', 'index.js');

interface Sample {
  ms: number;
  /** User plus system CPU time of the process tree: steadier than wall time on a shared machine. */
  cpuMs: number;
  maxRssMB: number;
  components: number;
}

function countComponents(file: string): number {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { components?: unknown[] };
  return doc.components?.length ?? 0;
}

interface Tool {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The SBOM the tool writes; undefined for a run that writes none. */
  output?: string;
}

/** GNU time's %M is the peak RSS of the process and of whatever it spawned (npm ls for cyclonedx-npm); %U/%S its CPU time. */
function once(tool: Tool): Sample {
  if (tool.output) rmSync(tool.output, { force: true });
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...tool.args], { cwd: tool.cwd, env: tool.env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (tool.output ? !existsSync(tool.output) : r.status !== 0) throw new Error(`${tool.name} failed (exit ${String(r.status)}): ${r.stderr.slice(-1500)}`);
  const [rssKB = 0, user = 0, system = 0] = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { ms, cpuMs: (user + system) * 1000, maxRssMB: rssKB / 1024, components: tool.output ? countComponents(tool.output) : 0 };
}

function median(values: number[]): number {
  return values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/** Runs every tool once per round, in turn, and keeps the median wall and CPU time per tool. */
function measure(tools: Tool[]): Sample[] {
  const samples: Sample[][] = tools.map(() => []);
  for (let round = 0; round < runs; round++) for (const [i, tool] of tools.entries()) samples[i]?.push(once(tool));
  return samples.map((list) => ({
    ms: median(list.map((s) => s.ms)),
    cpuMs: median(list.map((s) => s.cpuMs)),
    components: list[0]?.components ?? 0,
    maxRssMB: Math.max(...list.map((s) => s.maxRssMB)),
  }));
}

if (!existsSync(target)) {
  console.log(`sbom benchmark skipped: ${target} is absent (set PIPELINE_FIXTURES to the shared fixtures folder).`);
} else if (!existsSync(bundle)) {
  console.log(`sbom benchmark skipped: ${bundle} is missing; run 'node scripts/build.ts sbom' first.`);
} else {
  const out = mkdtempSync(join(tmpdir(), 'sbom-bench-'));
  const base = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' };
  const inputs = { INPUT_PATH: '.', INPUT_FORMAT: 'cyclonedx', INPUT_SUBMISSION: 'off', INPUT_ARTIFACT: 'false', INPUT_SUMMARY: 'false', 'INPUT_UNKNOWN-LICENSE': 'ignore' };
  const npmOut = join(out, 'cyclonedx-npm.json');
  const cdxOut = join(out, 'cdxgen.json');
  const [ours, cnpm, cdxgen] = measure([
    { name: 'pipeline sbom', args: [bundle], env: { ...base, ...inputs, GITHUB_WORKSPACE: target, RUNNER_TEMP: join(out, 'ours') }, cwd: target, output: join(out, 'ours', 'sbom', 'sbom.cdx.json') },
    {
      name: 'cyclonedx-npm',
      args: [peerBin('cyclonedx-npm'), '--package-lock-only', '--ignore-npm-errors', '--output-format', 'JSON', '--spec-version', '1.6', '--output-file', npmOut],
      env: { ...process.env },
      cwd: target,
      output: npmOut,
    },
    {
      name: 'cdxgen',
      args: [peerBin('cdxgen'), '-t', 'js', '--no-install-deps', '--no-recurse', '--spec-version', '1.6', '-o', cdxOut, '.'],
      env: { ...process.env, CDXGEN_NO_BANNER: 'true', FETCH_LICENSE: 'false' },
      cwd: target,
      output: cdxOut,
    },
  ]) as [Sample, Sample, Sample];

  // Cold start: the project's own generated lockfile (11 packages), so start-up is nearly all of it.
  const tiny = join(out, 'tiny');
  cpSync(join(root, 'test', 'fixtures', 'lockfiles', 'npm-v3'), join(tiny, 'npm-v3'), { recursive: true });
  const [cold, bare] = measure([
    { name: 'pipeline sbom (tiny lockfile)', args: [bundle], env: { ...base, ...inputs, GITHUB_WORKSPACE: tiny, RUNNER_TEMP: join(out, 'cold') }, cwd: tiny, output: join(out, 'cold', 'sbom', 'sbom.cdx.json') },
    { name: 'node -e 0', args: ['-e', '0'], env: base, cwd: tiny },
  ]) as [Sample, Sample];

  console.log(`sbom generation benchmark: Kong/insomnia package-lock.json (npm v3, 2,208 entries), median of ${runs} interleaved runs, Node ${process.version}`);
  console.log(`  bundle: ${bundle} (${Math.round(statSync(bundle).size / 1024)} KiB entry chunk)`);
  const fmt = (n: number, d = 0): string => n.toFixed(d);
  const rows: [string, Sample][] = [['pipeline sbom (bundle, validated)', ours], ['@cyclonedx/cyclonedx-npm', cnpm], ['@cyclonedx/cdxgen', cdxgen]];
  for (const [name, s] of rows) {
    console.log(`  ${name.padEnd(36)} ${fmt(s.ms).padStart(7)} ms wall ${fmt(s.cpuMs).padStart(7)} ms CPU   peak RSS ${fmt(s.maxRssMB).padStart(5)} MB   ${s.components} components`);
  }
  for (const [name, s] of rows.slice(1)) {
    const ratio = s.ms / ours.ms;
    console.log(`  speed-up vs ${name}: ${fmt(ratio, 1)}x wall, ${fmt(s.cpuMs / ours.cpuMs, 1)}x CPU (target >= 10x: ${ratio >= 10 ? 'meets' : 'MISSES'})`);
  }
  console.log(`  cold start (bundle on an 11-package lockfile): ${fmt(cold.ms)} ms wall, ${fmt(cold.cpuMs)} ms CPU; bare 'node -e 0': ${fmt(bare.ms)} ms wall, ${fmt(bare.cpuMs)} ms CPU`);
  rmSync(out, { recursive: true, force: true });
}
