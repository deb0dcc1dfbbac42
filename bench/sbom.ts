// sbom benchmark: SBOM generation time and peak RSS on a large real lockfile (Kong/insomnia,
// npm v3, 2,208 entries, read in place from the shared fixtures) for our bundle against
// @cyclonedx/cyclonedx-npm and @cyclonedx/cdxgen, all in this run, each in a fresh process.
// Ours is the whole action: read, build CycloneDX 1.6, validate against the schema, score.
// Usage: npm run bench -- sbom [--runs 3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { peerBin } from '../test/support/peer-tools.ts';

const root = join(import.meta.dirname, '..');
const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(root, '..', 'shared', 'fixtures');
const target = join(fixtures, 'lockfiles', 'npm', 'Kong__insomnia');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const bundle = join(root, 'dist', 'sbom', 'index.js');

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

/** GNU time's %M is the peak RSS of the process and of whatever it spawned (npm ls for cyclonedx-npm); %U/%S its CPU time. */
function once(name: string, args: string[], env: NodeJS.ProcessEnv, output: string): Sample {
  rmSync(output, { force: true });
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], { cwd: target, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!existsSync(output)) throw new Error(`${name} wrote no SBOM (exit ${String(r.status)}): ${r.stderr.slice(-1500)}`);
  const [rssKB = 0, user = 0, system = 0] = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { ms, cpuMs: (user + system) * 1000, maxRssMB: rssKB / 1024, components: countComponents(output) };
}

function measure(name: string, args: string[], env: NodeJS.ProcessEnv, output: string): Sample {
  const samples = Array.from({ length: runs }, () => once(name, args, env, output));
  const mid = Math.floor(samples.length / 2);
  const wall = samples.map((s) => s.ms).sort((a, b) => a - b)[mid] ?? 0;
  const cpu = samples.map((s) => s.cpuMs).sort((a, b) => a - b)[mid] ?? 0;
  return { ms: wall, cpuMs: cpu, components: samples[0]?.components ?? 0, maxRssMB: Math.max(...samples.map((s) => s.maxRssMB)) };
}

if (!existsSync(target)) {
  console.log(`sbom benchmark skipped: ${target} is absent (set PIPELINE_FIXTURES to the shared fixtures folder).`);
} else if (!existsSync(bundle)) {
  console.log(`sbom benchmark skipped: ${bundle} is missing; run 'node scripts/build.ts sbom' first.`);
} else {
  const out = mkdtempSync(join(tmpdir(), 'sbom-bench-'));
  const base = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' };
  const oursOut = join(out, 'sbom', 'sbom.cdx.json');
  const ours = measure(
    'pipeline sbom',
    [bundle],
    { ...base, GITHUB_WORKSPACE: target, RUNNER_TEMP: out, INPUT_PATH: '.', INPUT_FORMAT: 'cyclonedx', INPUT_SUBMISSION: 'off', INPUT_ARTIFACT: 'false', INPUT_SUMMARY: 'false', 'INPUT_UNKNOWN-LICENSE': 'ignore' },
    oursOut,
  );
  const npmOut = join(out, 'cyclonedx-npm.json');
  const cnpm = measure('cyclonedx-npm', [peerBin('cyclonedx-npm'), '--package-lock-only', '--ignore-npm-errors', '--output-format', 'JSON', '--spec-version', '1.6', '--output-file', npmOut], { ...process.env }, npmOut);
  const cdxOut = join(out, 'cdxgen.json');
  const cdxgen = measure('cdxgen', [peerBin('cdxgen'), '-t', 'js', '--no-install-deps', '--no-recurse', '--spec-version', '1.6', '-o', cdxOut, '.'], { ...process.env, CDXGEN_NO_BANNER: 'true', FETCH_LICENSE: 'false' }, cdxOut);

  console.log(`sbom generation benchmark: Kong/insomnia package-lock.json (npm v3, 2,208 entries), median of ${runs} runs, Node ${process.version}`);
  const fmt = (n: number, d = 0): string => n.toFixed(d);
  const rows: [string, Sample][] = [['pipeline sbom (bundle, validated)', ours], ['@cyclonedx/cyclonedx-npm', cnpm], ['@cyclonedx/cdxgen', cdxgen]];
  for (const [name, s] of rows) {
    console.log(`  ${name.padEnd(36)} ${fmt(s.ms).padStart(7)} ms wall ${fmt(s.cpuMs).padStart(7)} ms CPU   peak RSS ${fmt(s.maxRssMB).padStart(5)} MB   ${s.components} components`);
  }
  for (const [name, s] of rows.slice(1)) {
    const ratio = s.ms / ours.ms;
    console.log(`  speed-up vs ${name}: ${fmt(ratio, 1)}x wall, ${fmt(s.cpuMs / ours.cpuMs, 1)}x CPU (target >= 10x: ${ratio >= 10 ? 'meets' : 'MISSES'})`);
  }
  rmSync(out, { recursive: true, force: true });
}
