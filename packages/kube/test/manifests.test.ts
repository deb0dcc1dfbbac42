import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@pipeline/core';
import type { Exec } from '@pipeline/core';
import type { KubeObject } from '../src/index.ts';
import { formatManifests, hasDigest, loadManifests, parseImageOverrides, parseImageReference, parseManifests, podSpecOf, substituteImages } from '../src/index.ts';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseManifests', () => {
  it('reads multi-document YAML, skipping empty documents and expanding Lists', () => {
    const docs = parseManifests(`# leading comment
---
apiVersion: v1
kind: ConfigMap
metadata: { name: one }
---
# nothing here
---
apiVersion: v1
kind: List
items:
  - { apiVersion: v1, kind: Secret, metadata: { name: two } }
  - { apiVersion: v1, kind: Service, metadata: { name: three } }
`, 'k8s/app.yaml');
    expect(docs.map((d) => [d.object.kind, d.object.metadata.name, d.source.document, d.source.item])).toEqual([
      // The comment and the first `---` open document #1; the comment-only document is #2.
      ['ConfigMap', 'one', 1, undefined],
      ['Secret', 'two', 3, 0],
      ['Service', 'three', 3, 1],
    ]);
    expect(docs[0]?.source.line).toBe(3);
  });

  it('round-trips through formatManifests', () => {
    const objects: KubeObject[] = [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'tenant-a', labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'tenant-a' }, data: { long: 'x'.repeat(200), mode: '0644', flag: 'yes' } },
    ];
    const text = formatManifests(objects);
    expect(text.split('\n').filter((l) => l === '---')).toHaveLength(1);
    expect(parseManifests(text, 'out.yaml').map((m) => m.object)).toEqual(objects);
  });

  it('reads YAML 1.1 as kubectl does: octal modes and yes/no booleans', () => {
    const [doc] = parseManifests('apiVersion: v1\nkind: Pod\nmetadata: { name: p, annotations: { when: "2024-01-01" } }\nspec:\n  volumes: [{ name: v, secret: { secretName: s, defaultMode: 0644 } }]\n  hostNetwork: no\n  x: 2024-01-01\n', 'pod.yaml');
    const spec = doc?.object['spec'] as { volumes: { secret: { defaultMode: number } }[]; hostNetwork: boolean; x: unknown };
    expect(spec.volumes[0]?.secret.defaultMode).toBe(0o644);
    expect(spec.hostNetwork).toBe(false);
    expect(spec.x).toBe('2024-01-01');
  });

  it('names the file, document and line of an object without the required fields', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ok }\n---\nkind: Deployment\nmetadata:\n  labels: { app: web }\n';
    const error = (() => {
      try {
        parseManifests(text, 'deploy/web.yaml');
      } catch (e) {
        return e;
      }
      return undefined;
    })() as ConfigurationError;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe('deploy/web.yaml document #2 (line 5): this Deployment is missing apiVersion, metadata.name; every object needs apiVersion (e.g. apps/v1), kind (e.g. Deployment) and metadata.name');
    expect(error.file).toBe('deploy/web.yaml');
    expect(error.line).toBe(5);
  });

  it('rejects scalars, lists and non-string labels, and reports YAML syntax errors with a position', () => {
    expect(() => parseManifests('just text\n', 'a.yaml')).toThrow('a.yaml document #1 (line 1): is a string, not a Kubernetes object');
    expect(() => parseManifests('- a\n- b\n', 'b.yaml')).toThrow('is a list, not a Kubernetes object');
    expect(() => parseManifests('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: { version: 1.0 }\n', 'c.yaml'))
      .toThrow('c.yaml document #1 (line 1): metadata.labels.version is a number; Kubernetes only accepts strings here, so quote it (e.g. "1")');
    expect(() => parseManifests('apiVersion: v1\nkind: [ConfigMap\nmetadata: {}\n', 'd.yaml')).toThrow(/^d\.yaml document #1: YAML syntax error at line \d+, column \d+/);
  });
});

describe('loadManifests', () => {
  let workspace: string;
  beforeEach(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'kube-manifests-'));
    await mkdir(join(workspace, 'k8s', 'base'), { recursive: true });
    await writeFile(join(workspace, 'k8s', 'b-service.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: { name: web }\n');
    await writeFile(join(workspace, 'k8s', 'a-deploy.yml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\n');
    await writeFile(join(workspace, 'k8s', 'notes.txt'), 'not a manifest');
    await writeFile(join(workspace, 'k8s', 'base', 'kustomization.yaml'), 'resources: []\n');
  });
  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it('loads files, directories (not recursing) and globs in name order', async () => {
    const fromDir = await loadManifests(['k8s'], { workspace });
    expect(fromDir.map((m) => [m.source.file, m.object.kind])).toEqual([['k8s/a-deploy.yml', 'Deployment'], ['k8s/b-service.yaml', 'Service']]);
    const fromGlob = await loadManifests(['k8s/*.yaml'], { workspace });
    expect(fromGlob.map((m) => m.source.file)).toEqual(['k8s/b-service.yaml']);
    const explicit = await loadManifests(['k8s/b-service.yaml', 'k8s/a-deploy.yml'], { workspace });
    expect(explicit.map((m) => m.object.kind)).toEqual(['Service', 'Deployment']);
  });

  it('refuses paths outside the workspace, missing paths and globs that match nothing', async () => {
    await expect(loadManifests(['../etc'], { workspace })).rejects.toThrow(/resolves outside the workspace/);
    await expect(loadManifests(['k8s/missing.yaml'], { workspace })).rejects.toThrow("Input 'manifests': k8s/missing.yaml does not exist");
    await expect(loadManifests(['k8s/*.json'], { workspace })).rejects.toThrow('the glob k8s/*.json matches no .yaml, .yml or .json files');
    await expect(loadManifests([], { workspace })).rejects.toThrow('names no files');
  });

  it('builds a Kustomize directory with `kubectl kustomize` (argv, no shell)', async () => {
    const calls: { file: string; args: readonly string[] }[] = [];
    const exec: Exec = async (file, args) => {
      calls.push({ file, args });
      return { exitCode: 0, signal: null, stdout: 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: from-kustomize }\n', stderr: '', timedOut: false, truncated: false };
    };
    const docs = await loadManifests(['k8s/base'], { workspace, exec, kubectl: '/opt/bin/kubectl' });
    expect(calls).toEqual([{ file: '/opt/bin/kubectl', args: ['kustomize', join(workspace, 'k8s', 'base')] }]);
    expect(docs.map((d) => [d.source.file, d.object.metadata.name])).toEqual([['k8s/base (kustomize)', 'from-kustomize']]);
  });

  it('says what to do when kubectl is missing, and passes on kustomize\'s own error', async () => {
    await expect(loadManifests(['k8s/base'], { workspace, env: { PATH: join(workspace, 'empty') } }))
      .rejects.toThrow("Input 'manifests': k8s/base is a Kustomize directory, which is built with `kubectl kustomize`, but kubectl is not on PATH");
    const failing: Exec = async () => ({ exitCode: 1, signal: null, stdout: '', stderr: 'Error: accumulating resources: missing.yaml: no such file\n', timedOut: false, truncated: false });
    await expect(loadManifests(['k8s/base'], { workspace, exec: failing, kubectl: 'kubectl' }))
      .rejects.toThrow('`kubectl kustomize k8s/base` failed: Error: accumulating resources: missing.yaml: no such file');
  });
});

describe('images', () => {
  it('parses image references, with and without registry, tag and digest', () => {
    expect(parseImageReference('nginx')).toEqual({ name: 'nginx' });
    expect(parseImageReference('ghcr.io/org/app:1.2.3')).toEqual({ name: 'ghcr.io/org/app', tag: '1.2.3' });
    expect(parseImageReference(`localhost:5000/app:v1@${DIGEST}`)).toEqual({ name: 'localhost:5000/app', tag: 'v1', digest: DIGEST });
    expect(parseImageReference('Upper/Case')).toBeUndefined();
    expect(parseImageReference('app@sha256:short')).toBeUndefined();
    expect(hasDigest(`ghcr.io/org/app@${DIGEST}`)).toBe(true);
    expect(hasDigest('ghcr.io/org/app:latest')).toBe(false);
  });

  it('parses container=image pairs, one per line or comma-separated, and enforces digests when asked', () => {
    expect(parseImageOverrides(`app=ghcr.io/org/app@${DIGEST}\n# a comment\nsidecar=envoy:1.30, init=busybox`)).toEqual([
      { container: 'app', image: `ghcr.io/org/app@${DIGEST}` },
      { container: 'sidecar', image: 'envoy:1.30' },
      { container: 'init', image: 'busybox' },
    ]);
    expect(() => parseImageOverrides('ghcr.io/org/app:1')).toThrow('"ghcr.io/org/app:1" is not a container=image pair');
    expect(() => parseImageOverrides('app=ghcr.io/Org/App')).toThrow('"ghcr.io/Org/App" (for container app) is not a valid image reference');
    expect(() => parseImageOverrides('app=ghcr.io/org/app:1', { requireDigest: true })).toThrow('app=ghcr.io/org/app:1 has no digest, and require-digest is set; pin it as ghcr.io/org/app@sha256:<digest>');
    expect(() => parseImageOverrides('app=a, app=b')).toThrow('container app is given twice');
  });

  it('substitutes by container name in containers and initContainers of any workload, leaving the input untouched', () => {
    const docs = parseManifests(`apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  template:
    spec:
      initContainers: [{ name: migrate, image: app:old }]
      containers: [{ name: app, image: app:old }, { name: proxy, image: envoy:1 }]
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly }
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{ name: app, image: app:old }]
---
apiVersion: v1
kind: ConfigMap
metadata: { name: app }
`, 'all.yaml');
    const result = substituteImages(docs, [
      { container: 'app', image: `ghcr.io/org/app@${DIGEST}` },
      { container: 'migrate', image: `ghcr.io/org/app@${DIGEST}` },
      { container: 'typo', image: 'x' },
    ]);
    const images = (o: KubeObject) => {
      const pod = podSpecOf(o);
      return [...(pod?.spec['initContainers'] as { image: string }[] ?? []), ...(pod?.spec['containers'] as { image: string }[] ?? [])].map((c) => c.image);
    };
    expect(images(result.manifests[0]!.object)).toEqual([`ghcr.io/org/app@${DIGEST}`, `ghcr.io/org/app@${DIGEST}`, 'envoy:1']);
    expect(images(result.manifests[1]!.object)).toEqual([`ghcr.io/org/app@${DIGEST}`]);
    expect(podSpecOf(result.manifests[1]!.object)?.path).toBe('spec.jobTemplate.spec.template.spec');
    expect(images(docs[0]!.object)).toEqual(['app:old', 'app:old', 'envoy:1']);
    expect(result.substitutions.map((s) => [s.kind, s.container, s.initContainer, s.from])).toEqual([
      ['Deployment', 'app', false, 'app:old'], ['Deployment', 'migrate', true, 'app:old'], ['CronJob', 'app', false, 'app:old'],
    ]);
    expect(result.unused).toEqual([{ container: 'typo', image: 'x' }]);
  });
});
