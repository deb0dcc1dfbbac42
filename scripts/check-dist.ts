// After a fresh build, dist/ must match what is committed, new files included.
import { spawnSync } from 'node:child_process';

const status = spawnSync('git', ['status', '--porcelain', '--', 'dist/'], { encoding: 'utf8' });
if (status.status !== 0) {
  process.stderr.write(status.stderr);
  process.exitCode = 1;
} else if (status.stdout.trim() !== '') {
  process.stderr.write(`dist/ is out of date with the sources. Run 'npm run build' and commit dist/:\n${status.stdout}`);
  spawnSync('git', ['--no-pager', 'diff', '--stat', '--', 'dist/'], { stdio: 'inherit' });
  process.exitCode = 1;
} else {
  process.stdout.write('dist/ is up to date.\n');
}
