/**
 * A double of GitHub Actions' results service, the backend of the Actions cache (v2) and of
 * workflow artifacts, for tests that run the real @actions/cache and @actions/artifact.
 * GitHub's service cannot be reached from here, so this follows the contract GitHub
 * publishes with those clients: the Twirp JSON protocol over the protobuf-ts message types
 * generated into the packages (see contract.ts), and Azure Blob Storage's REST API behind
 * signed URLs for the bytes (see blob-storage.ts). README.md says what is modelled.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { BlobStorage, type BlobCall, type BlobViolation } from './blob-storage.ts';
import { ANSWER_JSON, ARTIFACT_SERVICE, CACHE_SERVICE, loadContract, TWIRP_STATUS, TwirpError, type MethodInfo, type ServiceType, type TwirpCode } from './contract.ts';
import { readZip } from './zip.ts';

export { readZip } from './zip.ts';
export type { BlobCall, StoredBlob } from './blob-storage.ts';

/** A cache scope of a runtime token (its `ac` claim): 1 read, 2 write, 3 both. */
export interface CacheScopeGrant {
  scope: string;
  permission: 1 | 2 | 3;
}

export interface TokenOptions {
  /** Most specific first, as the runner lists them: the run's ref, then the base and default branch. */
  cacheScopes?: CacheScopeGrant[];
  /** The workflow run and job the token is for; new ids when omitted (the default token's run otherwise). */
  runBackendId?: string;
  jobBackendId?: string;
}

interface Grant {
  runBackendId: string;
  jobBackendId: string;
  cacheScopes: CacheScopeGrant[];
}

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  scope: string;
  blobPath: string;
  finalized: boolean;
  sizeBytes: number | undefined;
  createdAt: Date;
}

export interface ArtifactRecord {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  blobPath: string;
  mimeType: string | undefined;
  finalized: boolean;
  size: number | undefined;
  digest: string | undefined;
  createdAt: Date;
}

export interface TwirpCall {
  service: string;
  method: string;
  status: number;
  /** The request body as sent (proto field names). */
  request: unknown;
  /** The answer of a successful call, as sent. */
  response?: unknown;
  error?: { code: TwirpCode; msg: string };
}

export interface ResultsViolation {
  kind: 'twirp-contract' | 'unauthenticated' | 'bad-route' | 'retired-service' | 'unknown-host' | BlobViolation['kind'];
  message: string;
}

/** What a hosted runner tells a step about these services (test/support/runner's `actionsRuntime`). */
export interface RunnerRuntime {
  resultsUrl: string;
  token: string;
  cacheUrl: string;
}

export interface ResultsService {
  /** ACTIONS_RESULTS_URL. */
  readonly url: string;
  /** The default ACTIONS_RUNTIME_TOKEN: `refs/heads/main` read-write unless the options said otherwise. */
  readonly token: string;
  /** For runAction's `actionsRuntime` option. */
  readonly runtime: RunnerRuntime;
  /**
   * Routes `*.blob.core.windows.net` to the double (as an HTTP proxy) and nothing else: the
   * clients only take their Azure code paths for Azure hosts. Loopback addresses bypass it.
   */
  readonly blobProxyEnv: Record<string, string>;
  issueToken(options?: TokenOptions): string;
  readonly cacheEntries: CacheEntry[];
  readonly artifacts: ArtifactRecord[];
  readonly twirpCalls: TwirpCall[];
  readonly blobCalls: BlobCall[];
  readonly violations: ResultsViolation[];
  callsTo(method: string): TwirpCall[];
  /** The committed bytes of a blob, such as a cache archive or an artifact's zip. */
  blobData(path: string): Buffer | undefined;
  /** The files inside a finalized artifact. */
  artifactFiles(name: string): Map<string, Buffer>;
  assertNoViolations(): void;
  /**
   * The variables that point this process's @actions/cache and @actions/artifact (which read
   * process.env) at the double: the runner's, the blob proxy's, and the proxy's lower-case
   * names, which @actions/http-client reads first. Stub them with vi.stubEnv.
   */
  readonly processEnv: Record<string, string>;
  close(): Promise<void>;
}

const READ = 1;
const WRITE = 2;
const CACHE_CONTAINER = 'actions-cache';
const ARTIFACT_CONTAINER = 'actions-results';

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/**
 * A JWT shaped like the runner's ACTIONS_RUNTIME_TOKEN: `scp` carries
 * `Actions.Results:<run>:<job>` (the artifact client reads the backend ids from it) and
 * `ac` the cache scopes. Unsigned in substance: the double knows its tokens by value.
 */
function runtimeJwt(grant: Grant): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    scp: `Actions.ExampleScope Actions.Results:${grant.runBackendId}:${grant.jobBackendId}`,
    ac: JSON.stringify(grant.cacheScopes.map((s) => ({ Scope: s.scope, Permission: s.permission }))),
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vstoken.actions.githubusercontent.com|vso:results-service-double',
    nbf: now - 60,
    exp: now + 6 * 3600,
  };
  return `${base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256' }))}.${base64url(JSON.stringify(claims))}.${base64url(randomUUID())}`;
}

const ARTIFACT_NAME_FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

interface CacheRequest {
  key: string;
  version: string;
  restoreKeys?: string[];
  sizeBytes?: string;
}

interface ArtifactRequest {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  name: string;
  size?: string;
  hash?: { value: string };
  mimeType?: { value: string };
  nameFilter?: { value: string };
  idFilter?: { value: string };
}

type Handler = (request: object, grant: Grant) => Record<string, unknown>;

export async function startResultsService(options: { cacheScopes?: CacheScopeGrant[] } = {}): Promise<ResultsService> {
  const contract = await loadContract();
  const violations: ResultsViolation[] = [];
  const report = (violation: ResultsViolation): void => {
    violations.push(violation);
  };
  const storage = new BlobStorage('resultsdouble', report);
  const grants = new Map<string, Grant>();
  const cacheEntries: CacheEntry[] = [];
  const artifacts: ArtifactRecord[] = [];
  const twirpCalls: TwirpCall[] = [];
  let nextId = 1;

  const defaultRun = { runBackendId: randomUUID(), jobBackendId: randomUUID() };
  const issueToken = (tokenOptions: TokenOptions = {}): string => {
    const grant: Grant = {
      runBackendId: tokenOptions.runBackendId ?? defaultRun.runBackendId,
      jobBackendId: tokenOptions.jobBackendId ?? (tokenOptions.runBackendId ? randomUUID() : defaultRun.jobBackendId),
      cacheScopes: tokenOptions.cacheScopes ?? options.cacheScopes ?? [{ scope: 'refs/heads/main', permission: 3 }],
    };
    const token = runtimeJwt(grant);
    grants.set(token, grant);
    return token;
  };
  const token = issueToken();

  // The cache (v2): entries are immutable per key, version and scope; reads search the token's scopes in order.
  const writeScope = (grant: Grant): string | undefined => grant.cacheScopes.find((s) => (s.permission & WRITE) !== 0)?.scope;
  const findPending = (req: CacheRequest, scope: string | undefined): CacheEntry | undefined =>
    cacheEntries.find((e) => !e.finalized && e.key === req.key && e.version === req.version && e.scope === scope);
  const requireKey = (req: CacheRequest): void => {
    if (req.key === '' || req.version === '') throw new TwirpError('invalid_argument', 'key and version are required');
  };
  const cache: Record<string, Handler> = {
    CreateCacheEntry(message, grant) {
      const req = message as CacheRequest;
      requireKey(req);
      const scope = writeScope(grant);
      // GitHub answers a denied write with ok=false and this prefix, which @actions/cache turns into CacheWriteDeniedError.
      if (scope === undefined) return { ok: false, message: 'cache write denied: token has no writable scopes' };
      if (cacheEntries.some((e) => e.key === req.key && e.version === req.version && e.scope === scope)) {
        throw new TwirpError('already_exists', 'cache entry with the same key, version, and scope already exists');
      }
      const entry: CacheEntry = { id: nextId++, key: req.key, version: req.version, scope, blobPath: `${CACHE_CONTAINER}/${randomUUID()}`, finalized: false, sizeBytes: undefined, createdAt: new Date() };
      storage.reserve(entry.blobPath);
      cacheEntries.push(entry);
      return { ok: true, signed_upload_url: storage.sign(entry.blobPath, 'cw') };
    },
    FinalizeCacheEntryUpload(message, grant) {
      const req = message as CacheRequest;
      requireKey(req);
      const entry = findPending(req, writeScope(grant));
      if (!entry) throw new TwirpError('not_found', 'cache entry not found: CreateCacheEntry was not called for this key and version, or it was finalized already');
      const blob = storage.blobs.get(entry.blobPath);
      if (blob?.data === undefined) throw new TwirpError('failed_precondition', 'no archive was uploaded to the signed URL for this cache entry');
      if (Number(req.sizeBytes ?? '0') !== blob.data.length) throw new TwirpError('invalid_argument', `size_bytes ${req.sizeBytes ?? '0'} does not match the ${blob.data.length} bytes uploaded`);
      entry.finalized = true;
      entry.sizeBytes = blob.data.length;
      return { ok: true, entry_id: String(entry.id) };
    },
    GetCacheEntryDownloadURL(message, grant) {
      const req = message as CacheRequest;
      requireKey(req);
      // GitHub's order: in the run's scope the key, then a key prefix, then each restore key; then the next scope.
      for (const { scope, permission } of grant.cacheScopes) {
        if ((permission & READ) === 0) continue;
        const candidates = cacheEntries.filter((e) => e.finalized && e.scope === scope && e.version === req.version).sort((a, b) => b.id - a.id);
        const hit =
          candidates.find((e) => e.key === req.key) ??
          candidates.find((e) => e.key.startsWith(req.key)) ??
          (req.restoreKeys ?? []).map((k) => candidates.find((e) => e.key === k) ?? candidates.find((e) => e.key.startsWith(k))).find((e) => e !== undefined);
        if (hit) return { ok: true, signed_download_url: storage.sign(hit.blobPath, 'r'), matched_key: hit.key };
      }
      return { ok: false };
    },
  };

  // Artifacts: unique by name within a workflow run, across its jobs.
  const checkRun = (req: ArtifactRequest, grant: Grant): void => {
    if (req.workflowRunBackendId !== grant.runBackendId || req.workflowJobRunBackendId !== grant.jobBackendId) {
      report({ kind: 'twirp-contract', message: 'artifact request for a run or job other than the runtime token names (scp Actions.Results:<run>:<job>)' });
      throw new TwirpError('permission_denied', 'the workflow run or job does not match the token');
    }
  };
  const finalizedIn = (run: string): ArtifactRecord[] => artifacts.filter((a) => a.finalized && a.runBackendId === run);
  const artifact: Record<string, Handler> = {
    CreateArtifact(message, grant) {
      const req = message as ArtifactRequest;
      checkRun(req, grant);
      const bad = ARTIFACT_NAME_FORBIDDEN.find((c) => req.name.includes(c));
      if (req.name === '' || bad !== undefined) throw new TwirpError('invalid_argument', `invalid artifact name '${req.name}'`);
      if (finalizedIn(grant.runBackendId).some((a) => a.name === req.name)) throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
      // An upload that never finalized (a retry of this job's step) is replaced.
      const stale = artifacts.findIndex((a) => !a.finalized && a.runBackendId === grant.runBackendId && a.name === req.name);
      if (stale >= 0) artifacts.splice(stale, 1);
      const record: ArtifactRecord = {
        id: nextId++,
        name: req.name,
        runBackendId: grant.runBackendId,
        jobBackendId: grant.jobBackendId,
        blobPath: `${ARTIFACT_CONTAINER}/${grant.runBackendId}/${grant.jobBackendId}/${req.name}`,
        mimeType: req.mimeType?.value,
        finalized: false,
        size: undefined,
        digest: undefined,
        createdAt: new Date(),
      };
      storage.reserve(record.blobPath);
      artifacts.push(record);
      return { ok: true, signed_upload_url: storage.sign(record.blobPath, 'cw') };
    },
    FinalizeArtifact(message, grant) {
      const req = message as ArtifactRequest;
      checkRun(req, grant);
      const record = artifacts.find((a) => !a.finalized && a.runBackendId === grant.runBackendId && a.jobBackendId === grant.jobBackendId && a.name === req.name);
      if (!record) throw new TwirpError('not_found', `artifact '${req.name}' was not created by this job, or it was finalized already`);
      const data = storage.blobs.get(record.blobPath)?.data;
      if (data === undefined) throw new TwirpError('failed_precondition', `nothing was uploaded to the signed URL of artifact '${req.name}'`);
      if (Number(req.size ?? '0') !== data.length) throw new TwirpError('invalid_argument', `size ${req.size ?? '0'} does not match the ${data.length} bytes uploaded`);
      const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
      if (req.hash !== undefined && req.hash.value !== digest) throw new TwirpError('invalid_argument', `hash ${req.hash.value} does not match the uploaded content (${digest})`);
      record.finalized = true;
      record.size = data.length;
      record.digest = digest;
      return { ok: true, artifact_id: String(record.id) };
    },
    ListArtifacts(message, grant) {
      const req = message as ArtifactRequest;
      checkRun(req, grant);
      const { nameFilter, idFilter } = req;
      const wanted = (a: ArtifactRecord): boolean => (nameFilter === undefined || a.name === nameFilter.value) && (idFilter === undefined || String(a.id) === idFilter.value);
      const listed = finalizedIn(grant.runBackendId).filter(wanted);
      return {
        artifacts: listed.map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size ?? 0),
          created_at: a.createdAt.toISOString(),
          ...(a.digest ? { digest: a.digest } : {}),
        })),
      };
    },
    GetSignedArtifactURL(message, grant) {
      const req = message as ArtifactRequest;
      checkRun(req, grant);
      const record = finalizedIn(grant.runBackendId).find((a) => a.name === req.name);
      if (!record) throw new TwirpError('not_found', `artifact '${req.name}' not found`);
      return { signed_url: storage.sign(record.blobPath, 'r') };
    },
    DeleteArtifact(message, grant) {
      const req = message as ArtifactRequest;
      checkRun(req, grant);
      const index = artifacts.findIndex((a) => a.finalized && a.runBackendId === grant.runBackendId && a.name === req.name);
      const record = artifacts[index];
      if (!record) throw new TwirpError('not_found', `artifact '${req.name}' not found`);
      artifacts.splice(index, 1);
      storage.blobs.delete(record.blobPath);
      return { ok: true, artifact_id: String(record.id) };
    },
  };
  const handlers = new Map<string, Record<string, Handler>>([
    [CACHE_SERVICE, cache],
    [ARTIFACT_SERVICE, artifact],
  ]);

  const twirp = (req: IncomingMessage, res: ServerResponse, path: string, body: Buffer): void => {
    const [, serviceName = '', methodName = ''] = /^\/twirp\/([^/]+)\/([^/]+)$/.exec(path) ?? [];
    const call: TwirpCall = { service: serviceName.split('.').at(-1) ?? serviceName, method: methodName, status: 0, request: undefined };
    twirpCalls.push(call);
    const answer = (status: number, payload: unknown): void => {
      call.status = status;
      const text = JSON.stringify(payload);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
      res.end(text);
    };
    const fail = (code: TwirpCode, msg: string, violation?: ResultsViolation['kind']): void => {
      call.error = { code, msg };
      if (violation) report({ kind: violation, message: `${serviceName}/${methodName}: ${msg}` });
      answer(TWIRP_STATUS[code], { code, msg });
    };
    const service: ServiceType | undefined = contract.get(serviceName);
    const method: MethodInfo | undefined = service?.methods.find((m) => m.name === methodName);
    const handler = handlers.get(serviceName)?.[methodName];
    if (!method || !handler) return fail('bad_route', `no handler for path "${path}"`, 'bad-route');
    if (req.method !== 'POST') return fail('bad_route', `unsupported method ${req.method ?? ''} (only POST is allowed)`, 'bad-route');
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim();
    if (contentType !== 'application/json') return fail('bad_route', `unexpected Content-Type: "${contentType ?? ''}" (the clients speak application/json)`, 'bad-route');
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const grant = bearer === undefined ? undefined : grants.get(bearer);
    if (!grant) return fail('unauthenticated', bearer === undefined ? 'no bearer token' : 'the bearer token is not a runtime token this service issued', 'unauthenticated');
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (error) {
      return fail('malformed', `the json request could not be decoded: ${error instanceof Error ? error.message : String(error)}`, 'twirp-contract');
    }
    call.request = json;
    let message: object;
    try {
      message = method.I.fromJson(json);
    } catch (error) {
      return fail('malformed', `the json request could not be decoded as ${method.I.typeName}: ${error instanceof Error ? error.message : String(error)}`, 'twirp-contract');
    }
    try {
      const reply = method.O.toJson(method.O.fromJson(handler(message, grant)), ANSWER_JSON);
      call.response = reply;
      answer(200, reply);
    } catch (error) {
      if (error instanceof TwirpError) return fail(error.code, error.message);
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  };

  const tunnelPorts = new Set<number>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const raw = req.url ?? '/';
      const absolute = /^https?:\/\//i.test(raw);
      const url = new URL(raw, `http://${req.headers.host ?? '127.0.0.1'}`);
      if (BlobStorage.isBlobHost(url.host)) {
        const via = absolute ? 'proxy' : tunnelPorts.has(req.socket.remotePort ?? -1) ? 'tunnel' : 'direct';
        storage.handle(req, res, url, body, via);
        return;
      }
      if (absolute && url.host !== `127.0.0.1:${port}`) {
        report({ kind: 'unknown-host', message: `${req.method ?? ''} ${raw}: a request for a host other than blob storage went through the proxy` });
        res.writeHead(502).end();
        return;
      }
      if (url.pathname.startsWith('/legacy-cache/')) {
        report({ kind: 'retired-service', message: `${req.method ?? ''} ${url.pathname}: the legacy cache service (v1, ACTIONS_CACHE_URL) is retired; set ACTIONS_CACHE_SERVICE_V2` });
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'The legacy cache service was retired.' }));
        return;
      }
      twirp(req, res, url.pathname, body);
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // @actions/http-client reaches an http URL through a proxy with a CONNECT tunnel.
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    sockets.add(socket);
    if (!BlobStorage.isBlobHost(req.url ?? '')) {
      report({ kind: 'unknown-host', message: `CONNECT ${req.url ?? ''}: only blob storage is served through the proxy` });
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      if (upstream.localPort !== undefined) tunnelPorts.add(upstream.localPort);
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    sockets.add(upstream);
    const end = (): void => {
      upstream.destroy();
      socket.destroy();
    };
    upstream.on('error', end);
    socket.on('error', end);
    socket.on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  const blobProxyEnv = { HTTP_PROXY: `http://127.0.0.1:${port}`, NO_PROXY: '127.0.0.1,localhost' };

  const processEnv = {
    ACTIONS_RESULTS_URL: url,
    ACTIONS_RUNTIME_TOKEN: token,
    ACTIONS_CACHE_URL: `${url}legacy-cache/`,
    ACTIONS_CACHE_SERVICE_V2: 'True',
    ...blobProxyEnv,
    http_proxy: blobProxyEnv.HTTP_PROXY,
    no_proxy: blobProxyEnv.NO_PROXY,
  };

  return {
    url,
    token,
    processEnv,
    runtime: { resultsUrl: url, token, cacheUrl: `${url}legacy-cache/` },
    blobProxyEnv,
    issueToken,
    cacheEntries,
    artifacts,
    twirpCalls,
    blobCalls: storage.calls,
    violations,
    callsTo: (method) => twirpCalls.filter((c) => c.method === method),
    blobData: (path) => storage.blobs.get(path)?.data,
    artifactFiles(name) {
      const record = artifacts.find((a) => a.finalized && a.name === name);
      const data = record ? storage.blobs.get(record.blobPath)?.data : undefined;
      if (!record || data === undefined) throw new Error(`no finalized artifact named '${name}' (have: ${artifacts.map((a) => a.name).join(', ') || 'none'})`);
      return readZip(data);
    },
    assertNoViolations() {
      if (violations.length > 0) throw new Error(`The results service double saw ${violations.length} off-contract request(s):\n${violations.map((v) => `- [${v.kind}] ${v.message}`).join('\n')}`);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
