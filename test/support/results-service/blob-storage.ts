/**
 * The part of Azure Blob Storage's REST API that @azure/storage-blob uses for the Actions
 * cache and artifacts, behind signed (SAS) URLs: Put Blob, Put Block, Put Block List, Get
 * Blob Properties and Get Blob with a range. Requests are held to what those operations
 * document (learn.microsoft.com/rest/api/storageservices): required headers, block ids,
 * the block list document, ranges and If-Match; answers carry the x-ms-* headers the SDK
 * reads, and errors are Azure's XML error document with `x-ms-error-code`.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The blob service version the double answers with when a request names none. */
const SERVICE_VERSION = '2026-02-06';
const BLOB_HOST = /^([a-z0-9]{3,24})\.blob\.core\.windows\.net$/;

export interface StoredBlob {
  /** `<container>/<blob name>` */
  path: string;
  /** What readers get; undefined until Put Blob or Put Block List committed something. */
  data: Buffer | undefined;
  contentType: string;
  etag: string;
  lastModified: Date;
  createdAt: Date | undefined;
  /** Staged by Put Block, not yet committed. */
  uncommitted: Map<string, Buffer>;
  /** The blocks of the committed block list, for a later list that names them as Committed. */
  committedBlocks: Map<string, Buffer>;
}

export type BlobOperation = 'put-blob' | 'put-block' | 'put-block-list' | 'get-properties' | 'get-blob';

export interface BlobCall {
  operation: BlobOperation | 'unsupported';
  method: string;
  path: string;
  status: number;
  /** How the request reached the double: an absolute URI (HTTP proxy), a CONNECT tunnel, or straight. */
  via: 'proxy' | 'tunnel' | 'direct';
  range?: string;
  errorCode?: string;
  /** The request's x-ms-*, content-*, range and conditional headers, as sent. */
  headers: Record<string, string>;
}

interface Grant {
  path: string;
  permissions: string;
  expires: Date;
  /** The signed fields as issued: Azure signs them, so a URL that changes any of them fails authentication. */
  signed: Record<'sv' | 'sr' | 'sp' | 'se', string>;
}

export interface BlobViolation {
  kind: 'blob-unauthorized' | 'blob-contract';
  message: string;
}

class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function etag(): string {
  return `"0x8DC${randomBytes(6).toString('hex').toUpperCase()}"`;
}

/** A blob store keyed by signed URLs; `sign` mints the URLs the Twirp answers hand out. */
export class BlobStorage {
  readonly blobs = new Map<string, StoredBlob>();
  readonly calls: BlobCall[] = [];
  private readonly grants = new Map<string, Grant>();
  private readonly parser = new XMLParser({ preserveOrder: true, ignoreAttributes: true, parseTagValue: false });

  constructor(
    readonly account: string,
    private readonly report: (violation: BlobViolation) => void,
  ) {}

  /**
   * A service SAS for one blob: `sp` as Azure spells permissions (r read, c create,
   * w write), `se` the expiry, `sig` a secret only this store knows.
   */
  sign(path: string, permissions: string, ttlMs = 3_600_000): string {
    const sig = randomBytes(32).toString('base64');
    const expires = new Date(Date.now() + ttlMs);
    const signed = { sv: '2025-07-05', sr: 'b', sp: permissions, se: expires.toISOString().replace(/\.\d+Z$/, 'Z') };
    this.grants.set(sig, { path, permissions, expires, signed });
    const query = new URLSearchParams({ ...signed, sig });
    return `http://${this.account}.blob.core.windows.net/${path.split('/').map(encodeURIComponent).join('/')}?${query.toString()}`;
  }

  /** Creates the (empty) blob a signed upload URL points at, so a later finalize can find it. */
  reserve(path: string): StoredBlob {
    const blob: StoredBlob = { path, data: undefined, contentType: 'application/octet-stream', etag: etag(), lastModified: new Date(), createdAt: undefined, uncommitted: new Map(), committedBlocks: new Map() };
    this.blobs.set(path, blob);
    return blob;
  }

  /** Whether this request is for a blob host (`<account>.blob.core.windows.net`). */
  static isBlobHost(host: string): boolean {
    return BLOB_HOST.test(host.replace(/:\d+$/, ''));
  }

  handle(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer, via: BlobCall['via']): void {
    const path = decodeURIComponent(url.pathname.replace(/^\//, ''));
    const comp = url.searchParams.get('comp');
    const operation: BlobCall['operation'] =
      req.method === 'PUT' ? (comp === 'block' ? 'put-block' : comp === 'blocklist' ? 'put-block-list' : comp === null ? 'put-blob' : 'unsupported') : req.method === 'HEAD' && comp === null ? 'get-properties' : req.method === 'GET' && comp === null ? 'get-blob' : 'unsupported';
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => /^(x-ms-|content-|range$|if-)/.test(name)).map(([name, value]) => [name, String(value)]));
    const call: BlobCall = { operation, method: req.method ?? '', path, status: 0, via, headers };
    const range = header(req, 'x-ms-range') ?? header(req, 'range');
    if (range !== undefined) call.range = range;
    this.calls.push(call);
    const base: Record<string, string> = {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': header(req, 'x-ms-version') ?? SERVICE_VERSION,
      date: new Date().toUTCString(),
      server: 'Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0',
    };
    const clientRequestId = header(req, 'x-ms-client-request-id');
    if (clientRequestId !== undefined) base['x-ms-client-request-id'] = clientRequestId;
    try {
      if (BLOB_HOST.exec((url.host || header(req, 'host') || '').replace(/:\d+$/, ''))?.[1] !== this.account) throw new BlobError(400, 'InvalidUri', `This double serves the storage account '${this.account}' only.`);
      if (operation === 'unsupported') throw new BlobError(400, 'UnsupportedHttpVerb', `The double does not implement ${req.method} ${comp ? `comp=${comp}` : ''} on blobs.`);
      this.authorize(url, path, operation);
      const answer = this.operate(operation, req, path, url, body);
      call.status = answer.status;
      res.writeHead(answer.status, { ...base, 'content-length': String(answer.body?.length ?? 0), ...answer.headers });
      res.end(req.method === 'HEAD' ? undefined : answer.body);
    } catch (error) {
      const failure = error instanceof BlobError ? error : new BlobError(500, 'InternalError', error instanceof Error ? error.message : String(error));
      call.status = failure.status;
      call.errorCode = failure.code;
      const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${failure.code}</Code><Message>${escapeXml(failure.message)}\nRequestId:${base['x-ms-request-id']}\nTime:${new Date().toISOString()}</Message></Error>`;
      const payload = req.method === 'HEAD' ? Buffer.alloc(0) : Buffer.from(xml);
      res.writeHead(failure.status, { ...base, 'x-ms-error-code': failure.code, 'content-type': 'application/xml', 'content-length': String(payload.length) });
      res.end(payload.length > 0 ? payload : undefined);
    }
  }

  private authorize(url: URL, path: string, operation: BlobOperation): void {
    const sig = url.searchParams.get('sig');
    const grant = sig === null ? undefined : this.grants.get(sig);
    const tampered = grant === undefined ? false : Object.entries(grant.signed).some(([k, v]) => url.searchParams.get(k) !== v);
    if (!grant || grant.path !== path || tampered) {
      this.report({ kind: 'blob-unauthorized', message: `${operation} ${path}: ${tampered ? 'a signed field (sv, sr, sp, se) differs from what was signed' : 'the URL carries no signature this double issued for that blob'}` });
      throw new BlobError(403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.');
    }
    if (grant.expires.getTime() < Date.now()) {
      this.report({ kind: 'blob-unauthorized', message: `${operation} ${path}: the signed URL expired at ${grant.expires.toISOString()}` });
      throw new BlobError(403, 'AuthenticationFailed', `Signed expiry time [${grant.expires.toUTCString()}] must be after signed start time.`);
    }
    const needs = operation.startsWith('put') ? ['c', 'w'] : ['r'];
    if (!needs.some((p) => grant.permissions.includes(p))) {
      this.report({ kind: 'blob-unauthorized', message: `${operation} ${path}: the signed URL grants '${grant.permissions}', not ${needs.join(' or ')}` });
      throw new BlobError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.');
    }
  }

  private operate(operation: BlobOperation, req: IncomingMessage, path: string, url: URL, body: Buffer): { status: number; headers: Record<string, string>; body?: Buffer } {
    if (operation.startsWith('put')) {
      const length = header(req, 'content-length');
      if (length === undefined) throw new BlobError(411, 'MissingContentLengthHeader', 'Content-Length HTTP header is missing.');
      if (Number(length) !== body.length) throw new BlobError(400, 'InvalidHeaderValue', `Content-Length ${length} does not match the ${body.length} bytes received.`);
    }
    const blob = this.blobs.get(path) ?? (operation.startsWith('put') ? this.reserve(path) : undefined);
    if (!blob) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
    const stamp = (): Record<string, string> => ({ etag: blob.etag, 'last-modified': blob.lastModified.toUTCString() });
    const md5 = (data: Buffer): string => createHash('md5').update(data).digest('base64');
    switch (operation) {
      case 'put-blob': {
        if (header(req, 'x-ms-blob-type') !== 'BlockBlob') throw new BlobError(400, 'MissingRequiredHeader', 'An HTTP header that is mandatory for this request is not specified: x-ms-blob-type (BlockBlob).');
        this.commit(blob, body, header(req, 'x-ms-blob-content-type') ?? header(req, 'content-type'));
        blob.committedBlocks.clear();
        return { status: 201, headers: { ...stamp(), 'content-md5': md5(body), 'x-ms-request-server-encrypted': 'true' } };
      }
      case 'put-block': {
        const id = url.searchParams.get('blockid') ?? '';
        const raw = Buffer.from(id, 'base64');
        if (id === '' || raw.toString('base64') !== id || raw.length > 64) throw new BlobError(400, 'InvalidQueryParameterValue', `blockid '${id}' must be Base64, at most 64 bytes before encoding.`);
        // Every block id of a blob has one length, committed blocks included.
        const other = [...blob.uncommitted.keys(), ...blob.committedBlocks.keys()][0];
        if (other !== undefined && other.length !== id.length) throw new BlobError(400, 'InvalidBlobOrBlock', 'The specified blob or block content is invalid: every block id of a blob must have the same length.');
        blob.uncommitted.set(id, body);
        return { status: 201, headers: { 'content-md5': md5(body), 'x-ms-request-server-encrypted': 'true' } };
      }
      case 'put-block-list': {
        const ids = this.blockList(body.toString('utf8'));
        const blocks = ids.map(({ kind, id }) => {
          const data = kind === 'Committed' ? blob.committedBlocks.get(id) : kind === 'Uncommitted' ? blob.uncommitted.get(id) : (blob.uncommitted.get(id) ?? blob.committedBlocks.get(id));
          if (data === undefined) throw new BlobError(400, 'InvalidBlockList', `The specified block list is invalid: block '${id}' (${kind}) was not staged.`);
          return [id, data] as const;
        });
        const data = Buffer.concat(blocks.map(([, d]) => d));
        this.commit(blob, data, header(req, 'x-ms-blob-content-type'));
        blob.committedBlocks = new Map(blocks);
        // Committing discards every uncommitted block, listed or not.
        blob.uncommitted.clear();
        return { status: 201, headers: { ...stamp(), 'x-ms-request-server-encrypted': 'true' } };
      }
      case 'get-properties':
      case 'get-blob': {
        if (blob.data === undefined) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
        const ifMatch = header(req, 'if-match');
        if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== blob.etag) throw new BlobError(412, 'ConditionNotMet', 'The condition specified using HTTP conditional header(s) is not met.');
        const properties = {
          ...stamp(),
          'content-type': blob.contentType,
          'accept-ranges': 'bytes',
          'x-ms-blob-type': 'BlockBlob',
          'x-ms-creation-time': (blob.createdAt ?? blob.lastModified).toUTCString(),
          'x-ms-lease-status': 'unlocked',
          'x-ms-lease-state': 'available',
          'x-ms-server-encrypted': 'true',
        };
        // HEAD: the headers of a GET of the whole blob, Content-Length included, and no body.
        if (operation === 'get-properties') return { status: 200, headers: { ...properties, 'content-length': String(blob.data.length), 'x-ms-access-tier': 'Hot', 'x-ms-access-tier-inferred': 'true' } };
        const range = header(req, 'x-ms-range') ?? header(req, 'range');
        if (range === undefined) return { status: 200, headers: properties, body: blob.data };
        const m = /^bytes=(\d+)-(\d*)$/.exec(range);
        if (!m) throw new BlobError(400, 'InvalidRange', `The range '${range}' is not of the form bytes=start-[end].`);
        const start = Number(m[1]);
        const end = m[2] === '' ? blob.data.length - 1 : Math.min(Number(m[2]), blob.data.length - 1);
        if (start >= blob.data.length || end < start) throw new BlobError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
        return { status: 206, headers: { ...properties, 'content-range': `bytes ${start}-${end}/${blob.data.length}` }, body: blob.data.subarray(start, end + 1) };
      }
    }
  }

  private commit(blob: StoredBlob, data: Buffer, contentType: string | undefined): void {
    blob.data = data;
    blob.contentType = contentType ?? 'application/octet-stream';
    blob.etag = etag();
    blob.lastModified = new Date();
    blob.createdAt ??= blob.lastModified;
  }

  /** Put Block List's body: `<BlockList>` of `<Committed>`, `<Uncommitted>` and `<Latest>` ids, in document order. */
  private blockList(xml: string): { kind: BlockKind; id: string }[] {
    if (XMLValidator.validate(xml) !== true) throw new BlobError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
    type Node = Record<string, Node[] | string>;
    const roots = (this.parser.parse(xml) as Node[]).filter((node) => !('?xml' in node));
    const list = roots.length === 1 ? roots[0]?.['BlockList'] : undefined;
    if (!Array.isArray(list)) throw new BlobError(400, 'InvalidXmlDocument', 'The block list must be one <BlockList> element.');
    return list.map((node) => {
      const [kind, children] = Object.entries(node)[0] ?? [];
      const text = Array.isArray(children) && children.length === 1 ? children[0]?.['#text'] : undefined;
      if (!isBlockKind(kind) || typeof text !== 'string') throw new BlobError(400, 'InvalidXmlNodeValue', `Unexpected content in <BlockList>: ${JSON.stringify(node)}.`);
      return { kind, id: text };
    });
  }
}

type BlockKind = 'Committed' | 'Uncommitted' | 'Latest';

function isBlockKind(value: string | undefined): value is BlockKind {
  return value === 'Committed' || value === 'Uncommitted' || value === 'Latest';
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
