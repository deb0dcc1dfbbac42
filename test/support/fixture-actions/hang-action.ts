// A test-only action that never finishes: it ignores SIGTERM and keeps a child
// process holding its stdout open, the two ways a stuck step defeats a naive
// timeout. The harness must still stop it and leave nothing running.
import { spawn } from 'node:child_process';

process.on('SIGTERM', () => {
  process.stdout.write('ignoring SIGTERM\n');
});
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: ['ignore', 'inherit', 'inherit'] });
process.stdout.write(`grandchild-pid=${child.pid ?? ''}\n`);
setInterval(() => {}, 1000);
