// Bundles every action entry (actions/<name>/src/main.ts) into dist/<name>/index.js with ncc.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const only = process.argv.slice(2);
const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'src', 'main.ts')))
  .map((d) => d.name)
  .filter((name) => only.length === 0 || only.includes(name));

const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
// --no-cache: ncc's cache lives in ~/.cache/ncc, shared by every checkout on the machine, and
// can serve modules resolved in another checkout; the committed dist must come from this one.
let failed = false;
for (const name of actions) {
  const out = join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [ncc, 'build', join('actions', name, 'src', 'main.ts'), '-o', join('dist', name), '--source-map', '--no-source-map-register', '--license', 'licenses.txt', '--target', 'es2023', '--transpile-only', '--no-cache', '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    failed = true;
    process.stderr.write(`build of ${name} failed\n`);
  }
}
process.exitCode = failed ? 1 : 0;
