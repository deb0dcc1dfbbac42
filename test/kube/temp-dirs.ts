import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pidAlive } from './processes.ts';

const OWNER = 'owner.pid';

/**
 * A temporary directory marked with the creating pid. Directories with the same prefix whose
 * owner is dead (a test run that was killed before its teardown) are removed first, so killed
 * runs do not pile up etcd data in /tmp. Directories of live runs are never touched.
 */
export async function ownedTempDir(prefix: string, baseDir: string = tmpdir()): Promise<string> {
  await sweepStale(prefix, baseDir);
  const dir = await mkdtemp(join(baseDir, prefix));
  await writeFile(join(dir, OWNER), String(process.pid));
  return dir;
}

async function sweepStale(prefix: string, baseDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(baseDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const dir = join(baseDir, name);
    try {
      const owner = Number(await readFile(join(dir, OWNER), 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) await rm(dir, { recursive: true, force: true });
    } catch {
      // No owner file: either being created right now or not ours; only very old ones go.
      try {
        if (Date.now() - (await stat(dir)).mtimeMs > 24 * 3600_000) await rm(dir, { recursive: true, force: true });
      } catch {
        // Already gone.
      }
    }
  }
}
