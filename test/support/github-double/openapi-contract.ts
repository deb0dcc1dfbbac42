// GitHub's official OpenAPI description (from @octokit/openapi), turned into a route
// table and validators. The description is 13 MB, so it is parsed once per process and
// everything else is lazy: an operation is prepared when a request first reaches it,
// and a validator is compiled from just the schemas it references.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head'] as const;
export type HttpMethod = Uppercase<(typeof METHODS)[number]>;

/**
 * Parameters that may hold slashes (`heads/feature/x`, `docs/a.md`). Clients should
 * percent-encode them, but GitHub also routes them raw, so the double does too.
 */
const SLASHED_PARAMS = new Set(['ref', 'path', 'branch', 'tag', 'basehead', 'file_path']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonObject | undefined;
  /** The types the schema allows, to turn query strings into the values they stand for. */
  types: string[];
}

export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** The path template as the description spells it, e.g. `/repos/{owner}/{repo}/check-runs`. */
  template: string;
  parameters: ParameterObject[];
  /** Media type -> schema (undefined when the media type has none). */
  requestBody: { required: boolean; content: Map<string, JsonObject | undefined> } | undefined;
  /** Status (or `default`) -> media type -> schema. */
  responses: Map<string, Map<string, JsonObject | undefined>>;
  /** GitHub's documentation page for the operation, which its error bodies link to. */
  docsUrl: string;
}

interface Route {
  template: string;
  segments: string[];
  literalCount: number;
  /** The path item, prepared into operations on first use. */
  item: JsonObject;
  operations?: Map<HttpMethod, Operation>;
}

export type RouteMatch =
  | { kind: 'ok'; operation: Operation; pathParams: Record<string, string> }
  | { kind: 'no-route' }
  | { kind: 'no-method'; template: string; allowed: HttpMethod[] };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * OpenAPI 3.0 schemas are not JSON Schema: `nullable` is their own keyword, and Ajv
 * only accepts it beside `type`. Rewrites one schema node into plain JSON Schema in
 * place; doing it twice changes nothing, so shared nodes may be visited again.
 */
function toJsonSchema(node: JsonObject): void {
  delete node['example'];
  delete node['examples'];
  // Deployment statuses document `format: uri` with `default: ""`, and GitHub does answer
  // "" for a URL nobody set; the description's own default is valid data.
  if (node['format'] === 'uri' && node['default'] === '') {
    delete node['format'];
    node['anyOf'] = [{ maxLength: 0 }, { format: 'uri' }];
  }
  if (node['nullable'] !== true) return;
  delete node['nullable'];
  const type = node['type'];
  if (typeof type === 'string') {
    node['type'] = [type, 'null'];
    const values = node['enum'];
    if (Array.isArray(values) && !values.includes(null)) values.push(null);
    return;
  }
  const rest: JsonObject = { ...node };
  for (const key of Object.keys(node)) Reflect.deleteProperty(node, key);
  node['anyOf'] = [{ type: 'null' }, rest];
}

/** Keywords whose value is a map of names to schemas, not a schema itself. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);

function parsePointer(ref: string): string[] {
  return ref.replace(/^#\//, '').split('/').map((s) => decodeURIComponent(s).replaceAll('~1', '/').replaceAll('~0', '~'));
}

function at(doc: JsonObject, path: string[]): Json | undefined {
  let cursor: Json | undefined = doc;
  for (const segment of path) cursor = isObject(cursor) ? cursor[segment] : undefined;
  return cursor;
}

function resolveRef(doc: JsonObject, value: Json | undefined): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  const ref = value['$ref'];
  if (typeof ref !== 'string') return value;
  const target = at(doc, parsePointer(ref));
  return isObject(target) ? target : undefined;
}

function schemaTypes(doc: JsonObject, schema: Json | undefined): string[] {
  const node = resolveRef(doc, schema);
  if (!node) return [];
  const type = node['type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  const variants = [node['anyOf'], node['oneOf']].find(Array.isArray) ?? [];
  return [...new Set(variants.flatMap((v) => schemaTypes(doc, v)))];
}

/** A path or query string as the value it stands for, the way GitHub reads it. */
function coerce(value: string | string[], types: string[]): unknown {
  if (types.includes('array')) return Array.isArray(value) ? value : value.split(',');
  const single = Array.isArray(value) ? value.at(-1) ?? '' : value;
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(single)) return Number(single);
  if (types.includes('boolean') && (single === 'true' || single === 'false')) return single === 'true';
  return single;
}

export class OpenApiContract {
  readonly version: string;
  private readonly routes: Route[] = [];
  private readonly byId = new Map<string, { route: Route; method: HttpMethod }>();
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  /** Schema nodes already rewritten by toJsonSchema. */
  private readonly converted = new WeakSet<JsonObject>();
  private readonly doc: JsonObject;

  constructor(doc: JsonObject) {
    this.doc = doc;
    const info = doc['info'];
    this.version = isObject(info) && typeof info['version'] === 'string' ? info['version'] : 'unknown';
    const paths = isObject(doc['paths']) ? doc['paths'] : {};
    for (const [template, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      const segments = template.split('/').slice(1);
      const route: Route = { template, segments, literalCount: segments.filter((s) => !s.startsWith('{')).length, item };
      for (const method of METHODS) {
        const op = item[method];
        if (isObject(op) && typeof op['operationId'] === 'string') this.byId.set(op['operationId'], { route, method: method.toUpperCase() as HttpMethod });
      }
      this.routes.push(route);
    }
    // More literal segments first, so `/releases/latest` wins over `/releases/{release_id}`.
    this.routes.sort((a, b) => b.literalCount - a.literalCount);
    this.ajv = addFormats(new Ajv({ strict: false, allErrors: true, logger: false }));
    // Formats GitHub uses that are not JSON Schema formats; they only document intent.
    for (const name of ['repo.nwo', 'timestamp']) this.ajv.addFormat(name, true);
  }

  private operationsOf(route: Route): Map<HttpMethod, Operation> {
    if (!route.operations) {
      route.operations = new Map();
      const shared = Array.isArray(route.item['parameters']) ? route.item['parameters'] : [];
      for (const method of METHODS) {
        const op = route.item[method];
        if (!isObject(op) || typeof op['operationId'] !== 'string') continue;
        const operation = this.prepareOperation(route.template, method, op, shared);
        route.operations.set(operation.method, operation);
      }
    }
    return route.operations;
  }

  private prepareOperation(template: string, method: (typeof METHODS)[number], op: JsonObject, shared: Json[]): Operation {
    const { doc } = this;
    const parameters: ParameterObject[] = [];
    for (const entry of [...shared, ...(Array.isArray(op['parameters']) ? op['parameters'] : [])]) {
      const node = resolveRef(doc, entry);
      if (!node || typeof node['name'] !== 'string' || typeof node['in'] !== 'string') continue;
      const param: ParameterObject = {
        name: node['name'],
        in: node['in'] as ParameterObject['in'],
        schema: isObject(node['schema']) ? node['schema'] : undefined,
        types: schemaTypes(doc, node['schema']),
      };
      if (node['required'] === true) param.required = true;
      // An operation's own parameter overrides the path item's one of the same name.
      const existing = parameters.findIndex((p) => p.name === param.name && p.in === param.in);
      if (existing >= 0) parameters.splice(existing, 1, param);
      else parameters.push(param);
    }
    const contentOf = (owner: JsonObject): Map<string, JsonObject | undefined> => {
      const content = new Map<string, JsonObject | undefined>();
      for (const [mediaType, media] of Object.entries(isObject(owner['content']) ? owner['content'] : {})) {
        content.set(mediaType, isObject(media) && isObject(media['schema']) ? media['schema'] : undefined);
      }
      return content;
    };
    const body = resolveRef(doc, op['requestBody']);
    const responses = new Map<string, Map<string, JsonObject | undefined>>();
    for (const [status, value] of Object.entries(isObject(op['responses']) ? op['responses'] : {})) {
      const response = resolveRef(doc, value);
      if (response) responses.set(status, contentOf(response));
    }
    return {
      operationId: op['operationId'] as string,
      method: method.toUpperCase() as HttpMethod,
      template,
      parameters,
      requestBody: body ? { required: body['required'] === true, content: contentOf(body) } : undefined,
      responses,
      docsUrl: isObject(op['externalDocs']) && typeof op['externalDocs']['url'] === 'string' ? op['externalDocs']['url'] : 'https://docs.github.com/rest',
    };
  }

  operation(operationId: string): Operation | undefined {
    const entry = this.byId.get(operationId);
    return entry ? this.operationsOf(entry.route).get(entry.method) : undefined;
  }

  /** The operation for a method and an exact path template (`/repos/{owner}/{repo}/...`). */
  operationAt(method: string, template: string): Operation | undefined {
    const route = this.routes.find((r) => r.template === template);
    return route ? this.operationsOf(route).get(method.toUpperCase() as HttpMethod) : undefined;
  }

  /**
   * Finds the operation for a concrete request path. Segments are matched one by one;
   * only when nothing matches may a trailing ref or path parameter take the rest,
   * because a git ref (`heads/main`) or a file path legitimately contains slashes.
   */
  match(method: string, pathname: string): RouteMatch {
    const segments = pathname.replace(/\/+$/, '').split('/').slice(1).map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
    for (const greedy of [false, true]) {
      for (const route of this.routes) {
        const params = this.matchSegments(route, segments, greedy);
        if (!params) continue;
        const operations = this.operationsOf(route);
        const operation = operations.get(method.toUpperCase() as HttpMethod);
        if (!operation) return { kind: 'no-method', template: route.template, allowed: [...operations.keys()] };
        return { kind: 'ok', operation, pathParams: params };
      }
    }
    return { kind: 'no-route' };
  }

  private matchSegments(route: Route, segments: string[], greedy: boolean): Record<string, string> | undefined {
    const { segments: template } = route;
    if (greedy ? segments.length <= template.length : segments.length !== template.length) return undefined;
    const params: Record<string, string> = {};
    for (const [index, part] of template.entries()) {
      const actual = segments[index];
      if (actual === undefined || actual === '') return undefined;
      const param = /^\{([^}]+)\}$/.exec(part);
      if (!param) {
        if (part !== actual) return undefined;
        continue;
      }
      const name = param[1]!;
      const last = index === template.length - 1;
      if (greedy && last && !SLASHED_PARAMS.has(name)) return undefined;
      params[name] = greedy && last ? segments.slice(index).join('/') : actual;
    }
    return params;
  }

  /** GitHub's documented example response, realistic filler for the double (a fresh copy). */
  example(operationId: string, status: number): unknown {
    const entry = this.byId.get(operationId);
    const op = entry ? entry.route.item[entry.method.toLowerCase()] : undefined;
    const response = isObject(op) && isObject(op['responses']) ? resolveRef(this.doc, op['responses'][String(status)]) : undefined;
    const content = response && isObject(response['content']) ? response['content'] : {};
    const media = Object.entries(content).find(([type]) => type.includes('json'))?.[1];
    const examples = isObject(media) && isObject(media['examples']) ? Object.values(media['examples']) : [];
    const value = resolveRef(this.doc, examples[0])?.['value'];
    return value === undefined ? undefined : structuredClone(value);
  }

  /**
   * A standalone JSON Schema for `schema`: the node itself plus every component it
   * references (transitively), at the same `#/components/...` pointers, so the
   * description's own `$ref`s resolve without handing Ajv the whole 13 MB document.
   */
  private standalone(schema: JsonObject): JsonObject {
    const components: JsonObject = {};
    const seen = new Set<string>();
    const visit = (node: Json, mapOfSchemas: boolean): void => {
      if (Array.isArray(node)) {
        for (const item of node) visit(item, false);
        return;
      }
      if (!isObject(node)) return;
      if (!mapOfSchemas && !this.converted.has(node)) {
        this.converted.add(node);
        toJsonSchema(node);
      }
      const ref = node['$ref'];
      if (!mapOfSchemas && typeof ref === 'string' && ref.startsWith('#/components/') && !seen.has(ref)) {
        seen.add(ref);
        const path = parsePointer(ref);
        const target = at(this.doc, path);
        let holder = components;
        for (const segment of path.slice(1, -1)) {
          if (!isObject(holder[segment])) holder[segment] = {};
          holder = holder[segment] as JsonObject;
        }
        if (target !== undefined) holder[path.at(-1)!] = target;
        visit(target ?? null, false);
      }
      for (const [key, value] of Object.entries(node)) visit(value, !mapOfSchemas && SCHEMA_MAPS.has(key));
    };
    visit(schema, false);
    return { ...schema, components };
  }

  private validator(key: string, build: () => object): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(build());
      this.validators.set(key, validate);
    }
    return validate;
  }

  private static describe(validate: ValidateFunction, where: string): string[] {
    return (validate.errors ?? []).map((e) => {
      const extra = e.keyword === 'enum' ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})` : '';
      return `${where}${e.instancePath} ${e.message ?? 'is invalid'}${extra}`;
    });
  }

  /** Path and query parameters; query values arrive as strings and are read like GitHub does. */
  validateParameters(operation: Operation, pathParams: Record<string, string>, query: Record<string, string | string[]>): string[] {
    const errors: string[] = [];
    for (const location of ['path', 'query'] as const) {
      const declared = operation.parameters.filter((p) => p.in === location);
      const raw: Record<string, string | string[]> = location === 'path' ? pathParams : query;
      const values: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(raw)) {
        const param = declared.find((p) => p.name === name);
        if (!param && location === 'query') errors.push(`query parameter '${name}' is not declared for ${operation.operationId}`);
        values[name] = param ? coerce(value, param.types) : value;
      }
      const validate = this.validator(`${operation.operationId} ${location}`, () => this.standalone({
        type: 'object',
        properties: Object.fromEntries(declared.filter((p) => p.schema).map((p) => [p.name, p.schema!])),
        required: declared.filter((p) => p.required).map((p) => p.name),
      }));
      if (!validate(values)) errors.push(...OpenApiContract.describe(validate, location));
    }
    return errors;
  }

  /**
   * An upload of raw bytes (release assets). GitHub's description says octet-stream,
   * but the API takes the asset's own media type, so any content-type is accepted.
   */
  isBinaryUpload(operation: Operation): boolean {
    const types = [...(operation.requestBody?.content.keys() ?? [])];
    return types.length > 0 && types.every((t) => t === 'application/octet-stream' || t === '*/*');
  }

  /** The JSON request body against the operation's requestBody schema. */
  validateRequestBody(operation: Operation, contentType: string, body: unknown, present: boolean): string[] {
    const declared = operation.requestBody;
    if (!declared) return present ? [`${operation.operationId} takes no request body`] : [];
    if (!present) return declared.required ? [`${operation.operationId} requires a request body`] : [];
    if (this.isBinaryUpload(operation)) return [];
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    if (!declared.content.has(mediaType)) {
      return [`${operation.operationId} does not accept content-type '${mediaType}' (accepts ${[...declared.content.keys()].join(', ')})`];
    }
    const schema = declared.content.get(mediaType);
    if (!schema || !mediaType.includes('json')) return [];
    const validate = this.validator(`${operation.operationId} body ${mediaType}`, () => this.standalone(schema));
    return validate(body) ? [] : OpenApiContract.describe(validate, 'body');
  }

  /**
   * A response against the declared one for its status. Errors the operation does not
   * declare (a 403 or 500 can come from anywhere) must still be GitHub's basic-error.
   */
  validateResponse(operation: Operation, status: number, body: unknown, present: boolean): string[] {
    const declared = operation.responses.get(String(status)) ?? operation.responses.get('default');
    if (!declared) {
      if (status < 400) return [`status ${status} is not declared for ${operation.operationId} (declared: ${[...operation.responses.keys()].join(', ')})`];
      return this.validateComponent('basic-error', body).map((e) => `response ${status}: ${e}`);
    }
    const jsonType = [...declared.keys()].find((t) => t.includes('json'));
    if (jsonType === undefined) return present && declared.size === 0 ? [`status ${status} of ${operation.operationId} has no body, but the double sent one`] : [];
    const schema = declared.get(jsonType);
    if (!schema) return [];
    if (!present) return [`status ${status} of ${operation.operationId} needs a body`];
    const validate = this.validator(`${operation.operationId} response ${status}`, () => this.standalone(schema));
    return validate(body) ? [] : OpenApiContract.describe(validate, `response ${status}`);
  }

  /** Validates a value against a named component schema, e.g. `check-run`. */
  validateComponent(name: string, value: unknown): string[] {
    const validate = this.validator(`component ${name}`, () => this.standalone({ $ref: `#/components/schemas/${name}` }));
    return validate(value) ? [] : OpenApiContract.describe(validate, name);
  }
}

let cached: OpenApiContract | undefined;

/** The api.github.com description, loaded once per process. */
export function loadContract(): OpenApiContract {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    cached = new OpenApiContract(JSON.parse(readFileSync(file, 'utf8')) as JsonObject);
  }
  return cached;
}
