import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@pipeline/core';
import { parseManifests } from '@pipeline/kube';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RENDER_HEADER, isWrite, loadTenants, renderToDirectory } from '../src/action.ts';
import { renderAll } from '../src/render.ts';
import { parseTenants } from '../src/tenants.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tenant-isolate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const yaml = (names: string[]) => `tenants:\n${names.map((n) => `  - name: ${n}\n    owners: { users: [u-${n}] }`).join('\n')}\n`;

describe('loadTenants', () => {
  it('reads a workspace file with its repository path, or inline YAML without one', async () => {
    await writeFile(join(dir, 'tenants.yaml'), yaml(['a']));
    expect((await loadTenants('tenants.yaml', dir)).file).toBe('tenants.yaml');
    expect((await loadTenants(yaml(['b']), dir)).file).toBeUndefined();
  });

  it('refuses a missing file and a path outside the workspace, naming the input', async () => {
    await expect(loadTenants('missing.yaml', dir)).rejects.toThrow("Input 'tenants' names missing.yaml, which cannot be read (ENOENT)");
    await expect(loadTenants('../etc/passwd', dir)).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe('renderToDirectory', () => {
  it('writes one file per tenant that parses back to the rendered objects, and removes only its own stale files', async () => {
    await writeFile(join(dir, 'gone.yaml'), `${RENDER_HEADER}\nkind: Namespace\n`);
    await writeFile(join(dir, 'hand-written.yaml'), 'kind: ConfigMap\n');
    const config = parseTenants(yaml(['a', 'b']));
    await renderToDirectory(config, dir);
    expect((await readdir(dir)).sort()).toEqual(['a.yaml', 'b.yaml', 'hand-written.yaml', 'kustomization.yaml']);
    const back = parseManifests(await readFile(join(dir, 'b.yaml'), 'utf8'), 'b.yaml').map((m) => m.object);
    expect(back).toEqual(renderAll(config)[1]?.objects);
    expect(await readFile(join(dir, 'kustomization.yaml'), 'utf8')).toContain('resources:\n  - a.yaml\n  - b.yaml\n');
  });
});

describe('isWrite', () => {
  it.each([
    ['GET', '/api/v1/namespaces', false],
    ['POST', '/apis/authorization.k8s.io/v1/subjectaccessreviews', false],
    ['POST', '/api/v1/namespaces/a/serviceaccounts/deployer/token', false],
    ['PATCH', '/api/v1/namespaces/a', true],
    ['DELETE', '/api/v1/namespaces/a/resourcequotas/tenant-quota', true],
  ] as const)('%s %s → %s', (method, path, expected) => {
    expect(isWrite({ method, path, status: 200, attempt: 1, durationMs: 1 })).toBe(expected);
  });
});
