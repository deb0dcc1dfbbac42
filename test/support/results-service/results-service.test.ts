// The results-service double against the real clients: @actions/cache (v2, Azure SDK upload and
// ranged download) and @actions/artifact (block upload, list, download), plus the contract
// checks a client that strays from the protocol runs into.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startResultsService, type ResultsService } from './index.ts';

let results: ResultsService;
let box: string;

beforeAll(async () => {
  results = await startResultsService();
});

afterAll(async () => {
  await results?.close();
});

beforeEach(() => {
  box = mkdtempSync(join(tmpdir(), 'results-double-'));
  mkdirSync(join(box, 'workspace'));
  mkdirSync(join(box, 'temp'));
  for (const [name, value] of Object.entries(results.processEnv)) vi.stubEnv(name, value);
  // @actions/cache archives under RUNNER_TEMP and stores paths relative to the workspace.
  vi.stubEnv('GITHUB_WORKSPACE', join(box, 'workspace'));
  vi.stubEnv('RUNNER_TEMP', join(box, 'temp'));
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(box, { recursive: true, force: true });
});

function files(dir: string, content: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(content)) writeFileSync(join(dir, name), text);
}

describe('the Actions cache through @actions/cache', () => {
  it('saves, restores by key and by restore key, and refuses a second save of the same key', async () => {
    const cache = await import('@actions/cache');
    expect(cache.isFeatureAvailable()).toBe(true);
    const dir = join(box, 'data');
    files(dir, { 'a.txt': 'alpha\n', 'b.bin': 'x'.repeat(300_000) });

    const id = await cache.saveCache([dir], 'pipeline-test-v1-2026-01-02');
    expect(id).toBeGreaterThan(0);
    const entry = results.cacheEntries.find((e) => e.key === 'pipeline-test-v1-2026-01-02')!;
    expect(entry).toMatchObject({ finalized: true, scope: 'refs/heads/main', id });
    expect(results.blobData(entry.blobPath)?.length).toBe(entry.sizeBytes);
    // The Azure SDK uploaded it in one Put Blob, through the proxy that stands in for Azure's DNS.
    const put = results.blobCalls.filter((c) => c.path === entry.blobPath);
    expect(put.map((c) => [c.operation, c.status, c.via])).toEqual([['put-blob', 201, 'proxy']]);
    expect(put[0]!.headers).toMatchObject({ 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), 'content-length': String(entry.sizeBytes) });

    rmSync(dir, { recursive: true });
    expect(await cache.restoreCache([dir], 'pipeline-test-v1-2026-01-02')).toBe('pipeline-test-v1-2026-01-02');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('alpha\n');
    expect(readFileSync(join(dir, 'b.bin'), 'utf8')).toHaveLength(300_000);
    const reads = results.blobCalls.filter((c) => c.path === entry.blobPath && c.operation !== 'put-blob');
    expect(reads.map((c) => [c.operation, c.status])).toEqual([
      ['get-properties', 200],
      ['get-blob', 206],
    ]);
    expect(reads[1]!.headers['x-ms-range']).toBe(`bytes=0-${entry.sizeBytes! - 1}`);

    rmSync(dir, { recursive: true });
    expect(await cache.restoreCache([dir], 'pipeline-test-v1-2026-01-03', ['pipeline-test-v1-'])).toBe('pipeline-test-v1-2026-01-02');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('alpha\n');

    // Other paths are another cache version: no hit, whatever the key.
    expect(await cache.restoreCache([join(box, 'elsewhere')], 'pipeline-test-v1-2026-01-02')).toBeUndefined();

    expect(await cache.saveCache([dir], 'pipeline-test-v1-2026-01-02')).toBe(-1);
    expect(results.callsTo('CreateCacheEntry').at(-1)).toMatchObject({ status: 409, error: { code: 'already_exists' } });
    results.assertNoViolations();
  });

  it('reads the default branch from a pull request, writes to the pull request scope, and refuses read-only tokens', async () => {
    const cache = await import('@actions/cache');
    const dir = join(box, 'baseline');
    files(dir, { 'baseline.json': '{"sha":"b"}' });
    expect(await cache.saveCache([dir], 'pipeline-scope-v1-main')).toBeGreaterThan(0);

    const pullRequest = results.issueToken({
      cacheScopes: [
        { scope: 'refs/pull/7/merge', permission: 3 },
        { scope: 'refs/heads/main', permission: 1 },
      ],
    });
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', pullRequest);
    rmSync(dir, { recursive: true });
    expect(await cache.restoreCache([dir], 'pipeline-scope-v1-main')).toBe('pipeline-scope-v1-main');
    files(dir, { 'baseline.json': '{"sha":"pr"}' });
    expect(await cache.saveCache([dir], 'pipeline-scope-v1-main')).toBeGreaterThan(0);
    expect(results.cacheEntries.filter((e) => e.key === 'pipeline-scope-v1-main').map((e) => e.scope)).toEqual(['refs/heads/main', 'refs/pull/7/merge']);

    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', results.issueToken({ cacheScopes: [{ scope: 'refs/heads/main', permission: 1 }] }));
    expect(await cache.saveCache([dir], 'pipeline-scope-v1-other')).toBe(-1);
    expect(results.callsTo('CreateCacheEntry').at(-1)).toMatchObject({ status: 200, response: { ok: false, message: expect.stringMatching(/^cache write denied:/) } });
    expect(results.cacheEntries.some((e) => e.key === 'pipeline-scope-v1-other')).toBe(false);
    results.assertNoViolations();
  });
});

describe('artifacts through @actions/artifact', () => {
  it('uploads in blocks, finalizes with the digest, lists and downloads, and refuses a duplicate name', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const dir = join(box, 'out');
    files(dir, { 'trivy-results.sarif': '{"version":"2.1.0","runs":[]}', 'trivy-report.json': '{"SchemaVersion":2}' });

    const uploaded = await client.uploadArtifact('trivy-scan-build-fs-1234abcd', [join(dir, 'trivy-results.sarif'), join(dir, 'trivy-report.json')], dir);
    const record = results.artifacts.find((a) => a.name === 'trivy-scan-build-fs-1234abcd')!;
    expect(uploaded.id).toBe(record.id);
    expect(record).toMatchObject({ finalized: true, mimeType: 'application/zip', digest: `sha256:${uploaded.digest}`, size: uploaded.size });
    const writes = results.blobCalls.filter((c) => c.path === record.blobPath);
    expect(writes.map((c) => c.operation)).toEqual(['put-block', 'put-block-list']);
    expect(writes[1]!.headers['x-ms-blob-content-type']).toBe('application/zip');
    const inside = results.artifactFiles('trivy-scan-build-fs-1234abcd');
    expect([...inside.keys()].sort()).toEqual(['trivy-report.json', 'trivy-results.sarif']);
    expect(inside.get('trivy-report.json')!.toString()).toBe('{"SchemaVersion":2}');

    expect((await client.listArtifacts()).artifacts.map((a) => [a.name, a.id, a.size])).toEqual([['trivy-scan-build-fs-1234abcd', record.id, record.size]]);
    const target = join(box, 'download');
    await client.downloadArtifact(record.id, { path: target });
    expect(readFileSync(join(target, 'trivy-results.sarif'), 'utf8')).toBe('{"version":"2.1.0","runs":[]}');
    // The download goes through @actions/http-client, which tunnels to the blob host with CONNECT.
    expect(results.blobCalls.filter((c) => c.path === record.blobPath && c.operation === 'get-blob').map((c) => c.via)).toEqual(['tunnel']);

    await expect(client.uploadArtifact('trivy-scan-build-fs-1234abcd', [join(dir, 'trivy-report.json')], dir)).rejects.toThrow(/409|already exists/);
    expect(results.callsTo('CreateArtifact').at(-1)).toMatchObject({ status: 409, error: { code: 'already_exists' } });
    results.assertNoViolations();
  });

  it('joins the blocks of a large artifact in the order of the block list', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const dir = join(box, 'large');
    // Random bytes do not compress: over 8 MiB of zip, so more than one block of the SDK's 8 MiB buffers.
    const data = randomBytes(9 * 1024 * 1024);
    mkdirSync(dir);
    writeFileSync(join(dir, 'db.bin'), data);
    await new DefaultArtifactClient().uploadArtifact('large', [join(dir, 'db.bin')], dir, { compressionLevel: 0 });
    const record = results.artifacts.find((a) => a.name === 'large')!;
    expect(results.blobCalls.filter((c) => c.path === record.blobPath && c.operation === 'put-block')).toHaveLength(2);
    expect(results.artifactFiles('large').get('db.bin')!.equals(data)).toBe(true);
    results.assertNoViolations();
  });
});

describe('the contract', () => {
  let strict: ResultsService;
  beforeAll(async () => {
    strict = await startResultsService();
  });
  afterAll(async () => {
    await strict?.close();
  });

  const post = (method: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(new URL(`twirp/github.actions.results.api.v1.CacheService/${method}`, strict.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${strict.token}`, ...headers },
      body: JSON.stringify(body),
    });

  it('refuses what the generated message types refuse, unauthenticated calls and routes it does not know', async () => {
    const unknownField = await post('CreateCacheEntry', { key: 'k', version: 'v', compression: 'zstd' });
    expect(unknownField.status).toBe(400);
    expect(await unknownField.json()).toMatchObject({ code: 'malformed', msg: expect.stringContaining('unknown field') });
    const wrongType = await post('GetCacheEntryDownloadURL', { key: 'k', version: 'v', restore_keys: 'k-' });
    expect(((await wrongType.json()) as { code: string }).code).toBe('malformed');
    expect((await post('CreateCacheEntry', { key: 'k', version: 'v' }, { authorization: 'Bearer forged' })).status).toBe(401);
    expect((await post('ReserveCache', { key: 'k', version: 'v' })).status).toBe(404);
    expect(strict.violations.map((v) => v.kind)).toEqual(['twirp-contract', 'twirp-contract', 'unauthenticated', 'bad-route']);
    expect(() => strict.assertNoViolations()).toThrow(/4 off-contract request/);
    strict.violations.length = 0;
  });

  it('answers misuse with Twirp errors: finalize before upload, a conflicting key, a forged blob signature', async () => {
    const created = (await (await post('CreateCacheEntry', { key: 'k', version: 'v1' })).json()) as { ok: boolean; signed_upload_url: string };
    expect(created.ok).toBe(true);
    expect(new URL(created.signed_upload_url).hostname).toBe('resultsdouble.blob.core.windows.net');
    const early = await post('FinalizeCacheEntryUpload', { key: 'k', version: 'v1', size_bytes: '3' });
    expect([early.status, ((await early.json()) as { code: string }).code]).toEqual([412, 'failed_precondition']);
    expect((await post('CreateCacheEntry', { key: 'k', version: 'v1' })).status).toBe(409);
    expect((await post('FinalizeCacheEntryUpload', { key: 'other', version: 'v1', size_bytes: '3' })).status).toBe(404);
    expect(await (await post('GetCacheEntryDownloadURL', { key: 'k', version: 'v1' })).json()).toEqual({ ok: false, signed_download_url: '', matched_key: '' });
    expect(strict.violations).toEqual([]);

    // The blob endpoint, reached directly as the proxy would forward it: a forged signature, or a
    // signed field changed after signing (a later expiry here), is Azure's 403.
    const putTo = (url: URL) => new Promise<{ status: number; code: string | undefined; body: string }>((resolve, reject) => {
      const double = new URL(strict.url);
      const headers = { host: url.host, 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2026-02-06', 'content-length': '3' };
      const req = request({ host: double.hostname, port: double.port, method: 'PUT', path: `${url.pathname}${url.search}`, headers }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, code: res.headers['x-ms-error-code'] as string | undefined, body }));
      });
      req.on('error', reject);
      req.end('abc');
    });
    const forged = new URL(created.signed_upload_url);
    forged.searchParams.set('sig', 'AAAA');
    const extended = new URL(created.signed_upload_url);
    extended.searchParams.set('se', '2099-01-01T00:00:00Z');
    for (const url of [forged, extended]) {
      expect(await putTo(url)).toMatchObject({ status: 403, code: 'AuthenticationFailed', body: expect.stringContaining('<Code>AuthenticationFailed</Code>') });
    }
    expect(strict.violations.map((v) => v.kind)).toEqual(['blob-unauthorized', 'blob-unauthorized']);
    strict.violations.length = 0;
  });
});
