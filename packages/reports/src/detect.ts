import type { ReportFormat } from './model.ts';

/** Every format `readReport` understands, in the order users usually meet them. */
export const REPORT_FORMATS: readonly ReportFormat[] = [
  'junit',
  'lcov',
  'cobertura',
  'istanbul-final',
  'istanbul-summary',
  'jacoco',
  'sarif',
  'checkstyle',
  'k6',
  'locust',
];

const FORMAT_SET: ReadonlySet<string> = new Set(REPORT_FORMATS);

export function isReportFormat(value: string): value is ReportFormat {
  return FORMAT_SET.has(value);
}

const XML_ROOTS: Readonly<Record<string, ReportFormat>> = {
  testsuites: 'junit',
  testsuite: 'junit',
  coverage: 'cobertura',
  report: 'jacoco',
  checkstyle: 'checkstyle',
};

/**
 * Recognises a report by its content: the XML root element, the first LCOV
 * record, the Locust CSV header, or the shape of a JSON document. `head` is the
 * decoded start of the file (it may be cut anywhere); `fileName` only breaks
 * ties the content cannot (an empty `coverage-final.json` is just `{}`).
 * Returns undefined when unsure, never a guess.
 */
export function detectFormat(head: string, fileName: string): ReportFormat | undefined {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const start = skipWhitespace(text, 0);
  const first = text[start];
  if (first === '<') return detectXml(text, start);
  if (first === '{' || first === '[') return detectJson(text.slice(start), baseName(fileName));
  return detectText(text.slice(start), baseName(fileName));
}

/** A short description of what the content looks like, for error messages. */
export function describeContent(head: string): string {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const start = skipWhitespace(text, 0);
  if (start >= text.length) return 'an empty file';
  if (text[start] === '<') {
    const root = xmlRoot(text, start);
    return root === undefined ? 'XML without a readable root element' : `XML with root element <${root.name}>`;
  }
  if (text[start] === '{' || text[start] === '[') return 'JSON of an unrecognised shape';
  const line = text.slice(start, start + 60).split('\n', 1)[0] ?? '';
  return `text starting "${line}"`;
}

function detectXml(text: string, start: number): ReportFormat | undefined {
  const root = xmlRoot(text, start);
  if (root === undefined) return undefined;
  const format = XML_ROOTS[root.name];
  // Clover also uses a <coverage> root; it is recognised by its own attributes.
  if (format === 'cobertura' && /\sclover\s*=/.test(root.attributes)) return undefined;
  return format;
}

/** Skips the prolog (declaration, comments, processing instructions, DOCTYPE) and reads the root tag. */
function xmlRoot(text: string, from: number): { name: string; attributes: string } | undefined {
  let i = from;
  for (;;) {
    i = skipWhitespace(text, i);
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) return undefined;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) return undefined;
      i = end + 3;
    } else if (text.startsWith('<!', i)) {
      const end = endOfDoctype(text, i + 2);
      if (end === -1) return undefined;
      i = end + 1;
    } else if (text[i] === '<') {
      let end = i + 1;
      while (end < text.length && !' \t\r\n/>'.includes(text.charAt(end))) end++;
      const qualified = text.slice(i + 1, end);
      const colon = qualified.indexOf(':');
      const close = text.indexOf('>', end);
      const attributes = text.slice(end, close === -1 ? text.length : close);
      return qualified.length === 0 ? undefined : { name: colon === -1 ? qualified : qualified.slice(colon + 1), attributes };
    } else {
      return undefined;
    }
  }
}

function endOfDoctype(text: string, from: number): number {
  let depth = 0;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '[') {
      depth++;
    } else if (c === ']') {
      depth--;
    } else if (c === '>' && depth <= 0) {
      return i;
    }
  }
  return -1;
}

function detectJson(text: string, name: string): ReportFormat | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return detectJsonText(text, name);
  }
  if (!isRecord(value)) return undefined;
  const schema = value.$schema;
  if ((typeof schema === 'string' && /sarif/i.test(schema)) || (value.version === '2.1.0' && Array.isArray(value.runs))) return 'sarif';
  if (isRecord(value.metrics) && 'http_req_duration' in value.metrics) return 'k6';
  if (isRecord(value.total) && isRecord(value.total.lines) && 'pct' in value.total.lines) return 'istanbul-summary';
  const entries = Object.values(value);
  if (entries.length > 0 && entries.every((entry) => isRecord(entry) && 'statementMap' in entry)) return 'istanbul-final';
  if (entries.length === 0 && name === 'coverage-final.json') return 'istanbul-final';
  return undefined;
}

/** The same checks on a head cut mid-document, where only the text is available. */
function detectJsonText(text: string, name: string): ReportFormat | undefined {
  if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(text) || (/"version"\s*:\s*"2\.1\.0"/.test(text) && /"runs"\s*:\s*\[/.test(text))) return 'sarif';
  if (/"metrics"\s*:\s*\{/.test(text) && /"http_req_duration"\s*:/.test(text)) return 'k6';
  if (/^\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{/.test(text) && /"statementMap"\s*:/.test(text)) return 'istanbul-final';
  if (/"total"\s*:\s*\{/.test(text) && /"lines"\s*:\s*\{[^}]*"pct"\s*:/.test(text)) return 'istanbul-summary';
  if (name === 'coverage-final.json') return 'istanbul-final';
  return undefined;
}

function detectText(text: string, name: string): ReportFormat | undefined {
  const firstLine = (text.split('\n', 1)[0] ?? '').trimEnd();
  if (firstLine.startsWith('TN:') || firstLine.startsWith('SF:')) return 'lcov';
  if (firstLine.replaceAll('"', '').startsWith('Type,Name,Request Count')) return 'locust';
  // LCOV with a banner or comment first: trust the name only when records follow.
  if ((name.endsWith('.lcov') || name.endsWith('.info')) && text.includes('\nSF:')) return 'lcov';
  return undefined;
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

function baseName(fileName: string): string {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  return fileName.slice(slash + 1).toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
