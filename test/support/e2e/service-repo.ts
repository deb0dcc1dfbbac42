// The consumer's service repository the pipeline builds and deploys: a real git repository with a
// tiny Node service (real tests, real JUnit and LCOV reports), one image to build
// (services/sample/Dockerfile), its Kubernetes manifests and the tenants files for staging and
// production. Each release is a commit; the Dockerfile's FROM says which sample-app build it is.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { sampleAppDeployment } from '../../kube/sample-app-deployment.ts';
import { REPO_ROOT } from '../runner/node.ts';

export interface ServiceLayout {
  service: string;
  /** The image repository CI pushes to: `<registry>/<owner>/<repo>/<service>`. */
  image: string;
  stagingNamespace: string;
  productionTenants: string[];
}

function manifests(layout: ServiceLayout): string {
  const deployment = sampleAppDeployment({
    name: layout.service,
    image: `${layout.image}:latest`,
    replicas: 1,
    labels: { app: layout.service },
    terminationGracePeriodSeconds: 2,
    // A pod must stay ready this long to count: a crash soon after start is caught before the switch.
    minReadySeconds: 3,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
  }) as unknown as { spec: { template: { spec: { containers: Record<string, unknown>[] } } } };
  const container = deployment.spec.template.spec.containers[0] as Record<string, unknown>;
  container['resources'] = { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '200m', memory: '128Mi' } };
  const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: layout.service }, spec: { selector: { app: layout.service }, ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] } };
  return [deployment, service].map((d) => stringify(d)).join('---\n');
}

function tenants(set: string, names: string[]): string {
  return [`set: ${set}`, 'tenants:', ...names.map((n) => `  - name: ${n}\n    tier: small\n    owners: { groups: [team-${n}] }`)].join('\n') + '\n';
}

export class ServiceRepo {
  readonly dir: string;
  readonly layout: ServiceLayout;

  constructor(layout: ServiceLayout) {
    this.layout = layout;
    this.dir = mkdtempSync(join(tmpdir(), 'e2e-service-repo-'));
    this.git(['init', '-q', '-b', 'main']);
    // The checkout stand-in fetches single commits by SHA, as actions/checkout does.
    this.git(['config', 'uploadpack.allowAnySHA1InWant', 'true']);
    const lockfiles = join(REPO_ROOT, 'test', 'fixtures', 'lockfiles', 'npm-v3');
    for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(lockfiles, f), join(this.dir, f));
  }

  /** The first commit: the service at `base` (a sample-app image such as sample-app:v1). Returns its SHA. */
  initialCommit(base: string): string {
    const { service } = this.layout;
    return this.commit(`${service}: first release`, {
      'src/greet.mjs': 'export function greet(name) {\n  return `hello, ${name}`;\n}\n',
      'test/greet.test.mjs': "import assert from 'node:assert/strict';\nimport { test } from 'node:test';\nimport { greet } from '../src/greet.mjs';\n\ntest('greets by name', () => {\n  assert.equal(greet('shop'), 'hello, shop');\n});\n",
      [`services/${service}/Dockerfile`]: `FROM ${base}\n`,
      [`deploy/${service}/app.yaml`]: manifests(this.layout),
      'deploy/staging-tenants.yaml': tenants('e2e-staging', [this.layout.stagingNamespace]),
      'deploy/tenants.yaml': tenants('e2e-production', this.layout.productionTenants),
    });
  }

  /** A release of the service built FROM `base`. Returns the new commit's SHA. */
  release(base: string): string {
    return this.commit(`${this.layout.service}: build from ${base}`, { [`services/${this.layout.service}/Dockerfile`]: `FROM ${base}\n` });
  }

  head(): string {
    return this.git(['rev-parse', 'HEAD']);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private commit(message: string, files: Record<string, string>): string {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), text);
    }
    this.git(['add', '-A']);
    this.git(['commit', '-q', '-m', message]);
    return this.head();
  }

  private git(args: string[]): string {
    const result = spawnSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Shop Dev', GIT_AUTHOR_EMAIL: 'dev@shop.example', GIT_COMMITTER_NAME: 'Shop Dev', GIT_COMMITTER_EMAIL: 'dev@shop.example' },
    });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout.trim();
  }
}
