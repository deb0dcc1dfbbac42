// A GitHub REST API double on 127.0.0.1 that holds every request, and its own every
// response, to GitHub's official OpenAPI description. Off-contract traffic is recorded
// as a violation, so a test that ends with `assertNoViolations()` proves the code under
// test spoke GitHub's API as documented, not merely as the double happened to accept.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultHandler, errorBody, handledOperations } from './handlers.ts';
import type { DoubleHandler, DoubleRequest, DoubleResponse, HandlerTools } from './handlers.ts';
import { loadContract } from './openapi-contract.ts';
import type { HttpMethod, OpenApiContract, Operation } from './openapi-contract.ts';
import { GITHUB_ACTIONS_BOT, GitHubState } from './state.ts';
import type { DoubleUser } from './state.ts';

export type { DoubleHandler, DoubleRequest, DoubleResponse, HandlerTools } from './handlers.ts';
export type { CheckRunRecord, DeploymentRecord, DoubleUser, IssueCommentRecord, JsonObject, PullRequestSeed, ReleaseRecord, RepoState, SarifUploadRecord } from './state.ts';
export { GITHUB_ACTIONS_BOT, GitHubState } from './state.ts';
export { loadContract } from './openapi-contract.ts';

export interface GitHubDoubleOptions {
  /** Who a token acts as unless `identify()` says otherwise; by default github-actions[bot], like GITHUB_TOKEN. */
  defaultUser?: DoubleUser;
}

export interface RecordedCall {
  method: string;
  path: string;
  /** Undefined when the route is not in GitHub's description. */
  operationId: string | undefined;
  query: Record<string, string | string[]>;
  body: unknown;
  status: number;
  token: string | undefined;
  userAgent: string | undefined;
  /** Date.now() when the request arrived, for asserting waits between attempts. */
  receivedAt: number;
}

export type ViolationKind = 'unauthenticated' | 'unknown-route' | 'invalid-request' | 'invalid-response' | 'unhandled' | 'double-error';

export interface ContractViolation {
  kind: ViolationKind;
  method: string;
  path: string;
  operationId?: string;
  message: string;
}

export interface FaultOptions {
  /** Only requests to this operation fail; any request when omitted. */
  operationId?: string;
  status: 403 | 404 | 422 | 500 | 502 | 503;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Response body; GitHub's basic-error for the status when omitted. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RateLimitOptions {
  operationId?: string;
  times: number;
}

interface QueuedFault {
  operationId: string | undefined;
  remaining: number;
  respond: (request: DoubleRequest) => DoubleResponse;
}

const STATUS_MESSAGES: Record<number, string> = {
  403: 'Forbidden',
  404: 'Not Found',
  422: 'Validation Failed',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
};

const SECONDARY_RATE_LIMIT_DOCS = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';
const PRIMARY_RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function queryOf(search: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

function tokenOf(header: string | undefined): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header?.trim() ?? '');
  return match?.[1];
}

export class GitHubDouble {
  readonly calls: RecordedCall[] = [];
  readonly violations: ContractViolation[] = [];
  readonly state: GitHubState;
  private readonly overrides = new Map<string, DoubleHandler>();
  private readonly faults: QueuedFault[] = [];
  private readonly readOnly = new Set<string>();
  private readonly identities = new Map<string, DoubleUser>();
  private readonly defaultUser: DoubleUser;
  private requestCount = 0;
  readonly url: string;
  private readonly server: Server;
  private readonly contract: OpenApiContract;

  constructor(server: Server, contract: OpenApiContract, url: string, options: GitHubDoubleOptions) {
    this.server = server;
    this.contract = contract;
    this.url = url;
    this.state = new GitHubState(contract, url);
    this.defaultUser = options.defaultUser ?? GITHUB_ACTIONS_BOT;
  }

  /** Replaces the double's behaviour for one operation, named by its method and path template. */
  on(method: string, pathTemplate: string, handler: DoubleHandler): void {
    const operation = this.contract.operationAt(method, pathTemplate);
    if (!operation) throw new Error(`GitHub's API has no operation ${method.toUpperCase()} ${pathTemplate}; use a path template from the REST docs, e.g. /repos/{owner}/{repo}/check-runs.`);
    this.overrides.set(operation.operationId, handler);
  }

  callsTo(operationId: string): RecordedCall[] {
    return this.calls.filter((c) => c.operationId === operationId);
  }

  private knownOperation(operationId: string | undefined): string | undefined {
    if (operationId !== undefined && !this.contract.operation(operationId)) {
      throw new Error(`GitHub's API has no operationId '${operationId}' (they look like 'checks/create' or 'issues/create-comment').`);
    }
    return operationId;
  }

  /** The next matching request(s) get `status` with GitHub's error body. */
  failNext(fault: FaultOptions): void {
    this.faults.push({
      operationId: this.knownOperation(fault.operationId),
      remaining: fault.times ?? 1,
      respond: (request) => {
        const response: DoubleResponse = { status: fault.status, body: fault.body ?? errorBody(request, fault.status, STATUS_MESSAGES[fault.status] ?? 'Error') };
        if (fault.headers) response.headers = fault.headers;
        return response;
      },
    });
  }

  /** Answers like GitHub's secondary (abuse) rate limit: 403 with `retry-after`. */
  secondaryRateLimit(options: RateLimitOptions & { retryAfterSeconds: number }): void {
    this.faults.push({
      operationId: this.knownOperation(options.operationId),
      remaining: options.times,
      respond: () => ({
        status: 403,
        headers: { 'retry-after': String(options.retryAfterSeconds) },
        body: {
          message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${this.requestId()}.`,
          documentation_url: SECONDARY_RATE_LIMIT_DOCS,
          status: '403',
        },
      }),
    });
  }

  /** Answers like an exhausted primary rate limit: 403 with `x-ratelimit-remaining: 0` until `resetSeconds` from now. */
  primaryRateLimit(options: RateLimitOptions & { resetSeconds: number }): void {
    this.faults.push({
      operationId: this.knownOperation(options.operationId),
      remaining: options.times,
      respond: () => ({
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + options.resetSeconds) },
        body: {
          message: `API rate limit exceeded for installation ID 1234567. If you reach out to GitHub Support for help, please include the request ID ${this.requestId()}.`,
          documentation_url: PRIMARY_RATE_LIMIT_DOCS,
          status: '403',
        },
      }),
    });
  }

  /** Every write with this token gets 403 "Resource not accessible by integration", as a fork PR's GITHUB_TOKEN does. */
  readOnlyToken(token: string): void {
    this.readOnly.add(token);
  }

  /** Who `token` acts as (the author of its comments, issues, releases...). */
  identify(token: string, user: DoubleUser): void {
    this.identities.set(token, user);
  }

  /** Operations the double answers without an `on()` override. */
  static handledOperations(): string[] {
    return handledOperations();
  }

  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map((v) => `- [${v.kind}] ${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ''}: ${v.message}`);
    throw new Error(`The GitHub API double saw ${this.violations.length} contract violation(s):\n${lines.join('\n')}`);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private requestId(): string {
    return `C0DE:${(0x1000 + this.requestCount).toString(16).toUpperCase()}:PIPELINE`;
  }

  private violation(kind: ViolationKind, method: string, path: string, message: string, operationId?: string): void {
    const entry: ContractViolation = { kind, method, path, message };
    if (operationId !== undefined) entry.operationId = operationId;
    this.violations.push(entry);
  }

  /** The request-handling pipeline; wired to the HTTP server by startGitHubDouble. */
  async handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    this.requestCount += 1;
    const receivedAt = Date.now();
    const method = (incoming.method ?? 'GET').toUpperCase();
    const url = new URL(incoming.url ?? '/', this.url);
    const path = url.pathname;
    const query = queryOf(url.searchParams);
    const rawBody = await readBody(incoming);
    const contentType = incoming.headers['content-type'] ?? '';
    const token = tokenOf(incoming.headers.authorization);
    // The body is recorded parsed when it is JSON, and described otherwise.
    const described = rawBody.length > 0 ? `<${rawBody.length} bytes of ${contentType || 'unknown type'}>` : undefined;
    const call: RecordedCall = { method, path, operationId: undefined, query, body: described, status: 0, token, userAgent: incoming.headers['user-agent'], receivedAt };

    const send = (response: DoubleResponse, operation?: Operation): void => {
      call.status = response.status;
      this.calls.push(call);
      const hasBody = response.body !== undefined && response.status !== 204;
      const text = hasBody ? JSON.stringify(response.body) : '';
      if (operation) {
        // Validate what is actually sent: undefined fields vanish in JSON.
        const sent: unknown = hasBody ? JSON.parse(text) : undefined;
        for (const problem of this.contract.validateResponse(operation, response.status, sent, hasBody)) {
          this.violation('invalid-response', method, path, `the double answered off-contract: ${problem}`, operation.operationId);
        }
      }
      // Never 0: Octokit reads a 403 with 0 remaining as an exhausted primary rate limit.
      const remaining = Math.max(1, 5000 - this.requestCount);
      const headers: Record<string, string> = {
        'x-github-request-id': this.requestId(),
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-used': String(5000 - remaining),
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-resource': 'core',
        ...response.headers,
      };
      if (hasBody) headers['content-type'] = 'application/json; charset=utf-8';
      outgoing.writeHead(response.status, headers);
      outgoing.end(text);
    };

    if (token === undefined) {
      this.violation('unauthenticated', method, path, 'no `authorization: token <x>` or `Bearer <x>` header');
      send({ status: 401, body: { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' } });
      return;
    }

    const match = this.contract.match(method, path);
    if (match.kind !== 'ok') {
      const message = match.kind === 'no-route'
        ? `no operation in GitHub's API matches ${path}`
        : `${match.template} has no ${method} operation (it has ${match.allowed.join(', ')})`;
      this.violation('unknown-route', method, path, message);
      send({ status: 404, body: { message: `Not Found: ${message}`, documentation_url: 'https://docs.github.com/rest', status: '404' } });
      return;
    }
    const { operation, pathParams } = match;
    call.operationId = operation.operationId;

    let parsed: unknown;
    let parseError: string | undefined;
    if (rawBody.length > 0 && /json/i.test(contentType) && !this.contract.isBinaryUpload(operation)) {
      try {
        parsed = JSON.parse(rawBody.toString('utf8'));
        call.body = parsed;
      } catch (error) {
        parseError = (error as Error).message;
      }
    }

    const problems = [...this.contract.validateParameters(operation, pathParams, query)];
    if (parseError !== undefined) problems.push(`body is not valid JSON: ${parseError}`);
    else problems.push(...this.contract.validateRequestBody(operation, contentType, parsed, rawBody.length > 0));
    if (problems.length > 0) {
      for (const problem of problems) this.violation('invalid-request', method, path, problem, operation.operationId);
      // GitHub's own wording for a body that does not parse, and for one that breaks the schema.
      const message = parseError !== undefined ? 'Problems parsing JSON' : `Invalid request.\n\n${problems.join('\n')}`;
      send({ status: 400, body: errorBody({ operation }, 400, message) }, operation);
      return;
    }

    const request: DoubleRequest = {
      method: method as HttpMethod,
      path,
      operationId: operation.operationId,
      operation,
      params: pathParams,
      query,
      body: parsed,
      rawBody,
      headers: incoming.headers,
      token,
      user: this.state.user(this.identities.get(token) ?? this.defaultUser),
    };

    if (this.readOnly.has(token) && method !== 'GET' && method !== 'HEAD') {
      send({ status: 403, body: errorBody(request, 403, 'Resource not accessible by integration') }, operation);
      return;
    }
    const fault = this.faults.find((f) => f.remaining > 0 && (f.operationId === undefined || f.operationId === operation.operationId));
    if (fault) {
      fault.remaining -= 1;
      if (fault.remaining === 0) this.faults.splice(this.faults.indexOf(fault), 1);
      send(fault.respond(request), operation);
      return;
    }

    const builtIn = defaultHandler(operation.operationId);
    const passThrough = async (): Promise<DoubleResponse> => {
      if (!builtIn) throw new Error(`the double has no built-in behaviour for ${operation.operationId}`);
      return builtIn(request, tools);
    };
    const tools: HandlerTools = { state: this.state, url: this.url, passThrough };
    const handler = this.overrides.get(operation.operationId) ?? builtIn;
    if (!handler) {
      this.violation('unhandled', method, path, `the double does not implement ${operation.operationId}; add it with gh.on('${method}', '${operation.template}', handler)`, operation.operationId);
      send({ status: 501, body: errorBody(request, 501, `Not implemented by the GitHub API double: ${operation.operationId}`) });
      return;
    }
    try {
      send(await handler(request, tools), operation);
    } catch (error) {
      this.violation('double-error', method, path, `handler threw: ${(error as Error).stack ?? String(error)}`, operation.operationId);
      send({ status: 500, body: errorBody(request, 500, 'Server Error') });
    }
  }
}

/** Starts the double on 127.0.0.1 at a free port. Stop it with `close()`. */
export async function startGitHubDouble(options: GitHubDoubleOptions = {}): Promise<GitHubDouble> {
  const contract = loadContract();
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const double = new GitHubDouble(server, contract, `http://127.0.0.1:${port}`, options);
  server.on('request', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    double.handle(incoming, outgoing).catch((error: unknown) => {
      outgoing.writeHead(500, { 'content-type': 'text/plain' });
      outgoing.end(`GitHub API double failed: ${String(error)}`);
    });
  });
  return double;
}
