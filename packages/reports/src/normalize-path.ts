import { posix } from 'node:path';
import type { ParseContext } from './model.ts';

/**
 * Turns a path as a producer wrote it into the repository-relative POSIX form
 * the model promises: `file://` URIs are unwrapped and percent-decoded,
 * backslashes become slashes, `.`/`..` segments collapse, and an absolute path
 * under `ctx.workspace` becomes relative to it. Absolute paths elsewhere (a
 * report produced on another machine) are kept, in POSIX form, so nothing is
 * silently re-rooted onto the wrong file. Pure string work: no file system.
 */
export function normalizeReportPath(raw: string, ctx: ParseContext): string {
  let path: string;
  if (isPlain(raw)) {
    // Already what normalisation would give: skip the regex and posix.normalize (called once per case or record).
    if (raw.charCodeAt(0) !== 0x2f) return raw;
    path = raw;
  } else {
    path = raw.trim();
    if (path.length === 0) return path;
    if (path.length > 7 && path.slice(0, 7).toLowerCase() === 'file://') path = fileUriToPath(path);
    // Other URIs (a SARIF artifact on the web, say) are not paths: collapsing '//' would corrupt them.
    else if (/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(path)) return path;
    path = toPosix(path);
  }

  const workspace = workspaceRootOf(ctx);
  if (workspace !== undefined && isAbsolutePosix(path)) {
    const relative = underRoot(path, workspace);
    if (relative !== undefined) return relative;
  }
  return path.startsWith('./') ? path.slice(2) : path;
}

/**
 * True when normalising would leave `path` as it is: no blank or non-ASCII ends, no
 * backslash, no scheme or drive colon, no `.`/`..` segment or leading dot, no
 * doubled or trailing slash. Anything else takes the full route.
 */
function isPlain(path: string): boolean {
  const length = path.length;
  if (length === 0) return false;
  const first = path.charCodeAt(0);
  const last = path.charCodeAt(length - 1);
  // trim() also strips non-ASCII blanks (U+00A0, U+FEFF, ...): such ends take the full route too.
  if (first <= 0x20 || first >= 0x7f || last <= 0x20 || last >= 0x7f || first === 0x2e || last === 0x2f) return false;
  return !path.includes('/.') && !path.includes('//') && !path.includes('\\') && !path.includes(':');
}

/** The workspace root in the form paths are compared with, worked out once per context. */
const roots = new WeakMap<ParseContext, { workspace: string; root: string | undefined }>();

function workspaceRootOf(ctx: ParseContext): string | undefined {
  const cached = roots.get(ctx);
  if (cached !== undefined && cached.workspace === ctx.workspace) return cached.root;
  const root = workspaceRoot(ctx.workspace);
  roots.set(ctx, { workspace: ctx.workspace, root });
  return root;
}

/** True for `/x`, `C:/x` and `//server/share` once backslashes are converted. */
export function isAbsolutePosix(path: string): boolean {
  return path.startsWith('/') || isDrivePath(path);
}

function isDrivePath(path: string): boolean {
  const c = path.charCodeAt(0) | 0x20;
  return path.length >= 3 && c >= 0x61 && c <= 0x7a && path[1] === ':' && path[2] === '/';
}

function fileUriToPath(uri: string): string {
  // file:///abs, file://localhost/abs, file:///C:/x, file://server/share
  let rest = uri.slice(7);
  if (rest.toLowerCase().startsWith('localhost/')) rest = rest.slice(9);
  else if (!rest.startsWith('/')) rest = `//${rest}`;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    decoded = rest;
  }
  // file:///C:/x decodes to /C:/x; the drive letter is the root.
  if (decoded.length >= 4 && decoded[0] === '/' && isDrivePath(decoded.slice(1))) decoded = decoded.slice(1);
  return decoded;
}

function toPosix(path: string): string {
  const slashed = path.includes('\\') ? path.replaceAll('\\', '/') : path;
  const unc = slashed.startsWith('//');
  let normal = posix.normalize(slashed);
  if (normal === '.') return '';
  if (unc && !normal.startsWith('//')) normal = `/${normal}`;
  if (normal.length > 1 && normal.endsWith('/')) normal = normal.slice(0, -1);
  return normal;
}

function workspaceRoot(workspace: string): string | undefined {
  if (workspace.trim().length === 0) return undefined;
  const root = toPosix(workspace);
  // With '/' as the root every absolute path is inside; '' makes underRoot strip just the slash.
  return root === '/' ? '' : root;
}

function underRoot(path: string, root: string): string | undefined {
  // Windows drive letters compare case-insensitively; the rest is compared as written.
  const p = isDrivePath(path) ? path.charAt(0).toLowerCase() + path.slice(1) : path;
  const r = isDrivePath(root) ? root.charAt(0).toLowerCase() + root.slice(1) : root;
  if (p === r) return '';
  if (p.startsWith(r) && p[r.length] === '/') return p.slice(r.length + 1);
  return undefined;
}
