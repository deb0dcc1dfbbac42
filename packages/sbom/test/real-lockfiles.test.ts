// Real third-party lockfiles, read in place from ../shared/fixtures/lockfiles. The expected
// counts are the ground truth in its PROVENANCE.md, computed there by other tools.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLockfile, type LockfileResult } from '../src/index.ts';

const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures');
const lockfiles = join(fixtures, 'lockfiles');
const present = existsSync(lockfiles);
if (!present) console.log(`Skipping real-lockfile conformance: ${lockfiles} is absent (set PIPELINE_FIXTURES to the shared fixtures folder).`);

const read = (path: string): Promise<LockfileResult> => readLockfile(lockfiles, join(lockfiles, path));
const unique = (lock: LockfileResult): number => new Set(lock.components.map((c) => c.purl)).size;
const find = (lock: LockfileResult, name: string) => lock.components.find((c) => c.name === name);

describe.skipIf(!present)('real lockfiles from public projects', () => {
  it.each([
    // [path, unique name@version of third-party packages per PROVENANCE.md]
    ['npm/Kong__insomnia/package-lock.json', 1677],
    ['npm/facebook__lexical/package-lock.json', 2811],
    ['npm/actions__toolkit/packages/core/package-lock.json', 7],
    ['yarn/rails__rails/yarn.lock', 762],
    // PROVENANCE counts the workspace root among unique name@version; it is not a dependency.
    ['yarn/docker__build-push-action/yarn.lock', 630 - 1],
    ['yarn/locustio__locust/locust/webui/yarn.lock', 861 - 1],
    ['pnpm/argoproj__argo-rollouts/ui/pnpm-lock.yaml', 1721],
    ['pnpm/facebook__lexical/pnpm-lock.yaml', 2709],
    ['python/Bachmann1234__diff_cover/poetry.lock', 44],
    ['python/locustio__locust/uv.lock', 162],
    ['python/pypa__pipenv/Pipfile.lock', 101],
    ['python/pypi__warehouse/requirements/main.txt', 184],
    ['go/reviewdog__reviewdog/go.mod', 71],
    ['go/argoproj__argo-rollouts/go.mod', 209],
    ['rust/sharkdp__bat/Cargo.lock', 316],
    // 250 GEM specs, platform variants included; the 14 PATH specs are the project's own gems.
    ['ruby/rails__rails/Gemfile.lock', 250],
    ['php/BookStackApp__BookStack/composer.lock', 147],
  ])('%s has %i components, each with a PURL and a line', async (path, count) => {
    const lock = await read(path);
    expect(unique(lock)).toBe(count);
    for (const c of lock.components) {
      expect(c.purl).toMatch(/^pkg:[a-z]+\/.+@.+/);
      expect(c.line).toBeGreaterThan(0);
    }
  });

  it('npm v2 monorepo: 37 local packages are workspace members, not dependencies', async () => {
    const lock = await read('npm/facebook__lexical/package-lock.json');
    expect(lock.workspaces).toHaveLength(37);
    expect(lock.components.some((c) => c.name === 'lexical' && c.version === lock.workspaces.find((w) => w.name === 'lexical')?.version)).toBe(false);
    expect(lock.components.filter((c) => c.license).length).toBeGreaterThan(1000);
  });

  it('npm v1 lockfile (npm 6) keeps its nested tree', async () => {
    const lock = await read('npm/kubernetes-retired__multi-tenancy/tenant/vendor/golang.org/x/tools/cmd/gopls/integration/vscode/package-lock.json');
    expect(lock.components.length).toBeGreaterThan(200);
    expect(lock.components.every((c) => c.hashes.length > 0)).toBe(true);
  });

  it('poetry: groups decide the scope, pyproject the direct dependencies', async () => {
    const lock = await read('python/Bachmann1234__diff_cover/poetry.lock');
    expect(lock.components.filter((c) => c.scope === 'runtime').length).toBe(6);
    expect(find(lock, 'pygments')).toMatchObject({ direct: true, scope: 'runtime' });
    expect(find(lock, 'black')).toMatchObject({ scope: 'development' });
    expect(find(lock, 'astroid')?.hashes[0]?.alg).toBe('SHA-256');
  });

  it('uv: keeps both locked versions of numpy apart', async () => {
    const lock = await read('python/locustio__locust/uv.lock');
    expect(lock.components.filter((c) => c.name === 'numpy')).toHaveLength(2);
    expect(lock.root.name).toBe('locust');
    expect(find(lock, 'flask')).toMatchObject({ direct: true, scope: 'runtime' });
  });

  it('pip-compile requirements: hashes, and direct from "# via -r"', async () => {
    const lock = await read('python/pypi__warehouse/requirements/main.txt');
    expect(find(lock, 'alembic')).toMatchObject({ direct: true, hashes: [{ alg: 'SHA-256', content: '06d8ba9d04558022f5395e9317de03d270f3dced49cee01f89fe7a13c26f14bc' }] });
    expect(find(lock, 'amqp')?.direct).toBe(false);
    expect(find(lock, 'kombu')?.dependencies).toContain(find(lock, 'amqp')?.purl);
  });

  it('Pipfile.lock: default is runtime, develop-only is development', async () => {
    const lock = await read('python/pypa__pipenv/Pipfile.lock');
    expect(lock.components.filter((c) => c.scope === 'runtime')).toHaveLength(10);
  });

  it('go.mod: 26 direct and 45 indirect requirements; replace directives apply', async () => {
    const review = await read('go/reviewdog__reviewdog/go.mod');
    expect(review.components.filter((c) => c.direct)).toHaveLength(26);
    const argo = await read('go/argoproj__argo-rollouts/go.mod');
    expect(argo.components.filter((c) => c.direct)).toHaveLength(54);
    expect(argo.components.find((c) => c.name === 'k8s.io/api')?.version).toBe('v0.34.5');
  });

  it('Cargo.lock: SHA-256 checksums, the crate itself is the root', async () => {
    const lock = await read('rust/sharkdp__bat/Cargo.lock');
    expect(lock.root.purl).toBe('pkg:cargo/bat@0.26.1');
    expect(lock.components.every((c) => c.hashes[0]?.alg === 'SHA-256')).toBe(true);
    expect(find(lock, 'aho-corasick')?.dependencies).toEqual([find(lock, 'memchr')?.purl]);
  });

  it('Gemfile.lock: platform variants are distinct PURLs with CHECKSUMS hashes', async () => {
    const lock = await read('ruby/rails__rails/Gemfile.lock');
    const nokogiri = lock.components.filter((c) => c.name === 'nokogiri');
    expect(nokogiri.length).toBeGreaterThan(1);
    expect(nokogiri.some((c) => c.purl.includes('?platform='))).toBe(true);
    expect(lock.workspaces.map((w) => w.name)).toContain('actioncable');
    expect(lock.components.filter((c) => c.hashes.length > 0).length).toBeGreaterThan(200);
  });

  it('composer.lock: licenses as recorded, packages-dev as development', async () => {
    const lock = await read('php/BookStackApp__BookStack/composer.lock');
    expect(lock.components.filter((c) => c.scope === 'development')).toHaveLength(37);
    expect(find(lock, 'aws/aws-crt-php')).toMatchObject({ license: 'Apache-2.0', purl: 'pkg:composer/aws/aws-crt-php@v1.2.6' });
  });
});
