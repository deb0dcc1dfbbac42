// Shared by the bundle test and the MTTR benchmark: blue/green sample-app workloads on the test
// control plane, a load generator through the Service proxy, and a local webhook receiver.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KubeHttp } from '../../../../test/kube/index.ts';

export interface ColourSpec {
  image: string;
  replicas?: number;
  env?: Record<string, string>;
}

function deployment(app: string, colour: string, spec: ColourSpec): unknown {
  const version = /:(v\d+)/.exec(spec.image)?.[1] ?? 'v0';
  const labels = { app, colour, version };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: `${app}-${colour}`, labels },
    spec: {
      replicas: spec.replicas ?? 1,
      selector: { matchLabels: { app, colour } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels },
        spec: {
          terminationGracePeriodSeconds: 2,
          containers: [{
            name: 'app',
            image: spec.image,
            env: Object.entries(spec.env ?? {}).map(([name, value]) => ({ name, value })),
            ports: [{ name: 'http', containerPort: 8080 }],
            readinessProbe: { httpGet: { path: '/readyz', port: 'http' }, periodSeconds: 1, failureThreshold: 1 },
          }],
        },
      },
    },
  };
}

/**
 * The blue/green convention: `<app>-blue` and `<app>-green` Deployments, the stable Service `<app>`
 * selecting the active colour, and `<app>-<colour>-direct` Services so that load reaches the
 * idle colour too (a concurrent baseline needs traffic of its own).
 */
export async function createBlueGreen(http: KubeHttp, ns: string, app: string, colours: { blue: ColourSpec; green: ColourSpec }, options: { active: 'blue' | 'green'; annotations?: Record<string, string> }): Promise<void> {
  for (const [colour, spec] of Object.entries(colours)) {
    await http.post(`/apis/apps/v1/namespaces/${ns}/deployments`, deployment(app, colour, spec));
    await http.post(`/api/v1/namespaces/${ns}/services`, { metadata: { name: `${app}-${colour}-direct` }, spec: { selector: { app, colour }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } });
  }
  await http.post(`/api/v1/namespaces/${ns}/services`, {
    metadata: { name: app, annotations: { 'pipeline.dev/active-color': options.active, ...options.annotations } },
    spec: { selector: { app, colour: options.active }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
  });
}

export interface LoadResult {
  sent: number;
  failed: number;
  /** Wall-clock times (ms) of the first and last failed responses. */
  firstFailureAt: number | undefined;
  lastFailureAt: number | undefined;
  /** Responses by the `version` the app reported. */
  versions: Record<string, number>;
}

export interface Load {
  snapshot(): LoadResult;
  stop(): Promise<LoadResult>;
}

/** A bounded request loop against a loopback address: a few workers, a request cap, a stop switch. */
export function startLoad(address: string, workers = 2, maxRequests = 50_000): Load {
  let stopped = false;
  const result: LoadResult = { sent: 0, failed: 0, firstFailureAt: undefined, lastFailureAt: undefined, versions: {} };
  const fail = () => {
    result.failed += 1;
    const now = Date.now();
    result.firstFailureAt ??= now;
    result.lastFailureAt = now;
  };
  const worker = async () => {
    while (!stopped && result.sent < maxRequests) {
      result.sent += 1;
      try {
        const res = await fetch(`http://${address}/`, { signal: AbortSignal.timeout(5000) });
        const body = await res.json().catch(() => ({})) as { version?: string };
        if (body.version !== undefined) result.versions[body.version] = (result.versions[body.version] ?? 0) + 1;
        if (res.status >= 500) fail();
      } catch {
        fail();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // A short pause keeps two cores free enough for the plane and Prometheus.
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const running = Promise.all(Array.from({ length: workers }, worker));
  return {
    snapshot: () => ({ ...result, versions: { ...result.versions } }),
    stop: async () => {
      stopped = true;
      await running;
      return { ...result, versions: { ...result.versions } };
    },
  };
}

export interface WebhookReceiver {
  url: string;
  received: { path: string; contentType: string | undefined; body: unknown }[];
  close(): Promise<void>;
}

/** A local HTTP receiver for webhook calls: records every JSON body and answers 200. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: WebhookReceiver['received'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = Buffer.concat(chunks).toString('utf8');
      }
      received.push({ path: req.url ?? '', contentType: req.headers['content-type'], body });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
