/**
 * The results service's contract as GitHub ships it to its clients: the protobuf-ts message
 * types generated from GitHub's `github.actions.results.api.v1` protos into @actions/cache
 * (CacheService) and @actions/artifact (ArtifactService). `fromJson` without
 * `ignoreUnknownFields` is strict (an unknown field or a wrong type throws), which makes it
 * the request check; `toJson` writes answers the clients read back with the same types.
 * The packages do not export these files, so they are loaded by path from the installed package.
 */

export interface JsonReadOptions {
  ignoreUnknownFields?: boolean;
}

export interface JsonWriteOptions {
  useProtoFieldName?: boolean;
  emitDefaultValues?: boolean;
}

/** The slice of protobuf-ts's MessageType the double uses. */
export interface MessageType {
  readonly typeName: string;
  create(value?: object): object;
  fromJson(json: unknown, options?: JsonReadOptions): object;
  toJson(message: object, options?: JsonWriteOptions): unknown;
}

export interface MethodInfo {
  readonly name: string;
  readonly I: MessageType;
  readonly O: MessageType;
}

export interface ServiceType {
  readonly typeName: string;
  readonly methods: readonly MethodInfo[];
}

export const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';
export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';

async function generated(pkg: string, file: string, exported: string): Promise<ServiceType> {
  const url = new URL(file, import.meta.resolve(pkg));
  const module = (await import(url.href)) as Record<string, unknown>;
  const service = module[exported] as ServiceType | undefined;
  if (!service || !Array.isArray(service.methods)) throw new Error(`${url.pathname} does not export the ${exported} description the double relies on`);
  return service;
}

/** Both services, by their Twirp name (`package.Service`). */
export async function loadContract(): Promise<Map<string, ServiceType>> {
  const services = await Promise.all([
    generated('@actions/cache', 'generated/results/api/v1/cache.js', 'CacheService'),
    generated('@actions/artifact', 'generated/results/api/v1/artifact.js', 'ArtifactService'),
  ]);
  return new Map(services.map((s) => [s.typeName, s]));
}

/**
 * How GitHub's Twirp (Go) servers write JSON: protojson with proto field names and every
 * field emitted. The clients' maskSecretUrls looks for `signed_upload_url`, which only
 * this spelling carries.
 */
export const ANSWER_JSON: JsonWriteOptions = { useProtoFieldName: true, emitDefaultValues: true };

/** Twirp's error codes and the HTTP status each one travels with (Twirp wire protocol v7). */
export const TWIRP_STATUS = {
  canceled: 408,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  data_loss: 500,
} as const;

export type TwirpCode = keyof typeof TWIRP_STATUS;

export class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    message: string,
  ) {
    super(message);
    this.name = 'TwirpError';
  }
}
