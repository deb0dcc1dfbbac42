/**
 * A local stand-in for GitHub's release downloads: `GET /aquasecurity/trivy/releases/download/v<version>/<asset>`
 * answers 302 to a blob URL, as github.com does, and the blob is a tar.gz holding the
 * stand-in `trivy`. Tests register the archive's digest through the injectable table.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ReleaseServer {
  url: string;
  /** Digest of the archive served for every asset, for the test's checksum table. */
  sha256: string;
  /** Request paths, in order. */
  requests: string[];
  /** Serve a different archive under the same name from now on, as a replaced release would. */
  tamper(): void;
  close(): Promise<void>;
}

function packArchive(dir: string, extra?: string): Buffer {
  const stage = join(dir, extra === undefined ? 'stage' : 'stage-tampered');
  mkdirSync(stage, { recursive: true });
  copyFileSync(join(import.meta.dirname, 'stand-in-trivy.js'), join(stage, 'trivy'));
  chmodSync(join(stage, 'trivy'), 0o755);
  writeFileSync(join(stage, 'LICENSE'), 'Apache-2.0 (stand-in archive for tests)\n');
  if (extra !== undefined) writeFileSync(join(stage, 'contrib.txt'), extra);
  const out = join(dir, extra === undefined ? 'trivy.tar.gz' : 'tampered.tar.gz');
  const r = spawnSync('tar', ['-czf', out, '-C', stage, '.'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tar failed: ${r.stderr}`);
  return readFileSync(out);
}

export async function startReleaseServer(): Promise<ReleaseServer> {
  const dir = mkdtempSync(join(tmpdir(), 'trivy-release-'));
  const genuine = packArchive(dir);
  const tampered = packArchive(dir, 'credential stealer\n');
  let serving = genuine;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const release = /^\/aquasecurity\/trivy\/releases\/download\/v([\w.-]+)\/(trivy_[\w.-]+\.tar\.gz)$/.exec(path);
    if (release) {
      res.writeHead(302, { location: `http://127.0.0.1:${(server.address() as AddressInfo).port}/blob/${release[1]}/${release[2]}` });
      res.end();
      return;
    }
    if (path.startsWith('/blob/')) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': serving.length });
      res.end(serving);
      return;
    }
    res.writeHead(404).end('Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sha256: createHash('sha256').update(genuine).digest('hex'),
    requests,
    tamper: () => {
      serving = tampered;
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
