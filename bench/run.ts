// Runs the named benchmarks (all when none is named). Benchmarks print ratios; they never fail the build.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('--') && Number.isNaN(Number(a)));
const flags = args.filter((a) => !names.includes(a));
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.slice(0, -3));
for (const name of names.length > 0 ? names : all) {
  if (!all.includes(name)) {
    process.stderr.write(`unknown benchmark '${name}'; available: ${all.join(', ')}\n`);
    process.exitCode = 1;
    continue;
  }
  spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', join(dir, `${name}.ts`), ...flags], { stdio: 'inherit' });
}
