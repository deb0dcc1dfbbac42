import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewTarget } from '@pipeline/bluegreen';
import { smokeTest } from '../src/smoke.ts';

const preview: PreviewTarget = { namespace: 'prod', service: 'shop-green', colour: 'green', revision: 'abc123def456' };

describe('smoke test over HTTP', () => {
  const seen: string[] = [];
  let base = '';
  let failuresLeft = 0;
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    if (req.url?.startsWith('/flaky') === true && failuresLeft > 0) {
      failuresLeft -= 1;
      res.writeHead(503).end('warming up');
      return;
    }
    res.writeHead(req.url?.startsWith('/broken') === true ? 500 : 200).end('ok');
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('passes on 2xx, with the preview filled into the URL', async () => {
    const result = await smokeTest(`${base}/check/{namespace}/{service}?colour={color}&rev={revision}`, { timeoutMs: 5000, attempts: 1 })(preview);
    expect(result).toEqual({ ok: true, detail: `GET ${base}/check/prod/shop-green?colour=green&rev=abc123def456 answered 200 (attempt 1)` });
    expect(seen.at(-1)).toBe('/check/prod/shop-green?colour=green&rev=abc123def456');
  });

  it('fails on 5xx after its attempts, saying what it got', async () => {
    const before = seen.length;
    const result = await smokeTest(`${base}/broken`, { timeoutMs: 5000, attempts: 2 })(preview);
    expect(result).toEqual({ ok: false, detail: `GET ${base}/broken failed 2 times; last: HTTP 500` });
    expect(seen.length - before).toBe(2);
  });

  it('retries a pod that is still warming up', async () => {
    failuresLeft = 1;
    const result = await smokeTest(`${base}/flaky`, { timeoutMs: 5000, attempts: 3 })(preview);
    expect(result).toEqual({ ok: true, detail: `GET ${base}/flaky answered 200 (attempt 2)` });
  });

  it('fails when nothing listens, with the connection error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await smokeTest(`http://127.0.0.1:${port}/`, { timeoutMs: 3000, attempts: 1 })(preview);
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/failed 1 times; last: .*ECONNREFUSED/);
  });
});

describe('smoke test as a command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bg-smoke-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const node = process.execPath;
  // Prints its arguments and the preview variables as JSON, then exits with its first argument.
  const script = "const [code, ...rest] = process.argv.slice(1); console.log(JSON.stringify({ rest, env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('PIPELINE_PREVIEW_'))) })); process.exitCode = Number(code)";

  it('passes on exit 0, with the preview in its arguments and environment', async () => {
    const result = await smokeTest(`${node} -e "${script}" 0 {service}.{namespace} --colour={color}`, { timeoutMs: 10_000 })(preview);
    expect(result.ok).toBe(true);
    const printed = JSON.parse(result.detail.slice(result.detail.indexOf('{'))) as { rest: string[]; env: Record<string, string> };
    expect(printed).toEqual({
      rest: ['shop-green.prod', '--colour=green'],
      env: { PIPELINE_PREVIEW_SERVICE: 'shop-green', PIPELINE_PREVIEW_NAMESPACE: 'prod', PIPELINE_PREVIEW_COLOR: 'green', PIPELINE_PREVIEW_REVISION: 'abc123def456' },
    });
    expect(result.detail.startsWith(`${node} exited 0: `)).toBe(true);
  });

  it('fails on exit 1, with the tail of its output', async () => {
    const result = await smokeTest(`${node} -e "${script}" 1`, { timeoutMs: 10_000 })(preview);
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/ exited 1: \{"rest":\[\]/);
  });

  it('passes shell syntax through literally: no shell ever sees the command', async () => {
    const semicolon = join(dir, 'semicolon');
    const substituted = join(dir, 'substituted');
    const piped = join(dir, 'piped');
    const result = await smokeTest(`${node} -e "${script}" 0 "x; touch ${semicolon}" '$(touch ${substituted})' \`touch ${piped}\` '|' '&&' '>' ${join(dir, 'redirected')}`, { timeoutMs: 10_000 })(preview);
    expect(result.ok).toBe(true);
    const printed = JSON.parse(result.detail.slice(result.detail.indexOf('{'))) as { rest: string[] };
    expect(printed.rest).toEqual([`x; touch ${semicolon}`, `$(touch ${substituted})`, `\`touch`, `${piped}\``, '|', '&&', '>', join(dir, 'redirected')]);
    for (const file of [semicolon, substituted, piped, join(dir, 'redirected')]) expect(existsSync(file), file).toBe(false);
  });

  it('fails clearly when the program does not exist, or the command is empty', async () => {
    const missing = await smokeTest('no-such-smoke-binary --flag', { timeoutMs: 5000 })(preview);
    expect(missing).toEqual({ ok: false, detail: expect.stringMatching(/^cannot start no-such-smoke-binary: .*ENOENT/) as unknown });
    expect(await smokeTest('   ', { timeoutMs: 5000 })(preview)).toEqual({ ok: false, detail: 'the smoke-test command is empty' });
  });

  it('stops a command that runs past its timeout', async () => {
    const result = await smokeTest(`${node} -e "setTimeout(() => {}, 60000)"`, { timeoutMs: 500 })(preview);
    expect(result).toEqual({ ok: false, detail: `${node} timed out after 500 ms` });
  }, 15_000);
});
