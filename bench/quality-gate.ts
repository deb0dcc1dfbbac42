// quality-gate benchmarks: parser throughput and peak RSS against a floor and an npm peer
// (floors: saxes tokenising for XML, tag/field splitting for LCOV, JSON.parse for SARIF)
// per format, and the bundle's cold start against `node -e 0`. Every figure in a ratio is
// measured in this run, on this machine, each in a fresh process.
// Usage: npm run bench -- quality-gate [--scale 0.1]
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './support/generate.ts';

const root = join(import.meta.dirname, '..');
const scaleArg = process.argv.indexOf('--scale');
const scale = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1;
const runs = 3;

interface Sample {
  ms: number;
  maxRssMB: number;
  count: number;
}

/**
 * The worker is bundled with ncc like an action, so it runs as plain JavaScript: no
 * runtime TypeScript transform inflating its time or its peak RSS.
 */
function bundleWorker(): string {
  const out = join(root, '.cache', 'bench', 'measure');
  const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const r = spawnSync(process.execPath, [ncc, 'build', join('bench', 'support', 'measure.ts'), '-o', out, '--transpile-only', '--quiet', '--target', 'es2023'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bundling the benchmark worker failed: ${r.stderr}`);
  return join(out, 'index.js');
}

const worker = bundleWorker();

function measure(mode: string, file: string): Sample {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [worker, mode, file], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
    samples.push(JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as Sample);
  }
  samples.sort((a, b) => a.ms - b.ms);
  const median = samples[Math.floor(samples.length / 2)]!;
  return { ...median, maxRssMB: Math.max(...samples.map((s) => s.maxRssMB)) };
}

function coldStart(): { bundleMs: number; nodeMs: number } {
  const time = (args: string[], env: NodeJS.ProcessEnv): number => {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const bundle: number[] = [];
  const bare: number[] = [];
  // Without INPUT_REPORTS the bundle loads, starts, and stops at its first domain call
  // (parsing the inputs), which is exactly the cold start being measured.
  const env = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' };
  for (let i = 0; i < 15; i++) {
    bare.push(time(['-e', '0'], env));
    bundle.push(time([join(root, 'dist', 'quality-gate', 'index.js')], env));
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { bundleMs: median(bundle), nodeMs: median(bare) };
}

const fmt = (n: number, d = 1): string => n.toFixed(d);
const pass = (ok: boolean): string => (ok ? 'meets' : 'MISSES');

const workload = await generate(join(root, '.cache', 'bench'), scale);
console.log(`quality-gate parser benchmark (scale ${scale}, median of ${runs} runs, Node ${process.version})`);
const rows: string[][] = [];
for (const [format, file, floorMode] of [
  ['junit', workload.junit, 'floor-xml'],
  ['lcov', workload.lcov, 'floor-lines'],
  ['sarif', workload.sarif, 'floor-json'],
] as const) {
  const sizeMB = statSync(file).size / 1024 / 1024;
  const floor = measure(floorMode, file);
  const ours = measure(`ours-${format}`, file);
  const peer = measure(`peer-${format}`, file);
  const vsPeer = peer.ms / ours.ms;
  const vsFloor = ours.ms / floor.ms;
  const rssBudget = 2 * sizeMB + 100;
  rows.push([
    format,
    `${fmt(sizeMB)} MB`,
    `${fmt(sizeMB / (ours.ms / 1000))} MB/s`,
    `${fmt(ours.ms, 0)} ms`,
    `${fmt(floor.ms, 0)} ms`,
    `${fmt(peer.ms, 0)} ms`,
    `${fmt(vsPeer, 2)}x faster than peer (${pass(vsPeer >= 2)} >= 2x)`,
    `${fmt(vsFloor, 2)}x the floor (${pass(vsFloor <= 3)} <= 3x)`,
    `peak RSS ${fmt(ours.maxRssMB, 0)} MB (${pass(ours.maxRssMB <= rssBudget)} <= ${fmt(rssBudget, 0)} MB); peer ${fmt(peer.maxRssMB, 0)} MB`,
  ]);
  if (ours.count === 0) throw new Error(`${format}: our parser read nothing`);
}
const peers = { junit: 'junit2json 4 (xml2js)', lcov: 'lcov-parse 1', sarif: '@security-alert/sarif-to-markdown 1' };
for (const row of rows) {
  console.log(`${row[0]!.padEnd(6)} ${row[1]!.padStart(9)}  ours ${row[3]!.padStart(8)} (${row[2]})  floor ${row[4]!.padStart(8)}  peer ${row[5]!.padStart(8)} [${peers[row[0] as keyof typeof peers]}]`);
  console.log(`       ${row[6]}; ${row[7]}; ${row[8]}`);
}
const cold = coldStart();
const ratio = cold.bundleMs / cold.nodeMs;
console.log(`cold start: dist/quality-gate/index.js ${fmt(cold.bundleMs, 0)} ms vs node -e 0 ${fmt(cold.nodeMs, 0)} ms = ${fmt(ratio, 2)}x (${pass(ratio <= 2)} <= 2.0x)`);
