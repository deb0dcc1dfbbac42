// Bundles every action entry (actions/<name>/src/main.ts) into dist/<name>/index.js with ncc, and
// an action's post step (actions/<name>/src/post.ts, where one exists) into dist/<name>/post.js.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const only = process.argv.slice(2);
const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'src', 'main.ts')))
  .map((d) => d.name)
  .filter((name) => only.length === 0 || only.includes(name));

const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
// PIPELINE_DIST_DIR builds somewhere else than dist/ (a private build to test against); the committed dist is always dist/.
const distDir = resolve(root, process.env['PIPELINE_DIST_DIR'] ?? 'dist');
// --no-cache: ncc's cache lives in ~/.cache/ncc, shared by every checkout on the machine, and
// can serve modules resolved in another checkout; the committed dist must come from this one.
function bundle(entry: string, outDir: string): boolean {
  const result = spawnSync(
    process.execPath,
    [ncc, 'build', entry, '-o', outDir, '--source-map', '--no-source-map-register', '--license', 'licenses.txt', '--target', 'es2023', '--transpile-only', '--no-cache', '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
  return result.status === 0;
}

/**
 * ncc names its entry index.js, and the metadata lint wants `post:` beside it in dist/<name>/; so
 * the post entry is bundled apart and renamed. Its chunks would share names like 8.index.js with
 * the main bundle's, so a post entry must bundle to one file (no dynamic imports). The output
 * does not depend on the directory ncc wrote it to, so the rebuild stays byte-identical.
 */
function bundlePost(name: string): boolean {
  const staging = mkdtempSync(join(tmpdir(), `pipeline-post-${name}-`));
  try {
    if (!bundle(join('actions', name, 'src', 'post.ts'), staging)) return false;
    const extra = readdirSync(staging).filter((f) => !['index.js', 'index.js.map', 'licenses.txt', 'package.json'].includes(f));
    if (extra.length > 0) {
      process.stderr.write(`actions/${name}/src/post.ts bundles to more than one file (${extra.join(', ')}); a post entry must not import dynamically\n`);
      return false;
    }
    const out = join(distDir, name);
    // post.js relies on the main bundle's package.json (its module type) in the same directory.
    if (readFileSync(join(staging, 'package.json'), 'utf8') !== readFileSync(join(out, 'package.json'), 'utf8')) {
      process.stderr.write(`actions/${name}/src/post.ts bundles to a different module type than main.ts\n`);
      return false;
    }
    const code = readFileSync(join(staging, 'index.js'), 'utf8');
    writeFileSync(join(out, 'post.js'), code.replace(/\/\/# sourceMappingURL=index\.js\.map(\s*)$/, '//# sourceMappingURL=post.js.map$1'));
    const map = JSON.parse(readFileSync(join(staging, 'index.js.map'), 'utf8')) as { file?: string };
    writeFileSync(join(out, 'post.js.map'), JSON.stringify({ ...map, file: 'post.js' }));
    writeFileSync(join(out, 'post.licenses.txt'), readFileSync(join(staging, 'licenses.txt')));
    return true;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

let failed = false;
for (const name of actions) {
  const out = join(distDir, name);
  rmSync(out, { recursive: true, force: true });
  const ok = bundle(join('actions', name, 'src', 'main.ts'), out)
    && (!existsSync(join(root, 'actions', name, 'src', 'post.ts')) || bundlePost(name));
  if (!ok) {
    failed = true;
    process.stderr.write(`build of ${name} failed\n`);
  }
}
process.exitCode = failed ? 1 : 0;
