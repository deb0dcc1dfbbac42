// One measurement in a fresh process, so each figure has its own peak RSS.
// Usage (after bench/quality-gate.ts bundles it): node .cache/bench/measure/index.js <mode> <file>
import { createReadStream, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { SaxesParser } from 'saxes';

const [mode = '', file = ''] = process.argv.slice(2);
const require = createRequire(import.meta.url);

async function tokenise(path: string): Promise<number> {
  // The XML floor: the same streaming tokenizer, no handlers, no model.
  const parser = new SaxesParser();
  let elements = 0;
  parser.on('opentag', () => {
    elements++;
  });
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) parser.write(chunk as string);
  parser.close();
  return elements;
}

function lines(path: string): number {
  // The LCOV floor, its counterpart of "plain XML tokenising": read the file and cut every
  // record into its tag and comma-separated fields, with no interpretation of any of them.
  const text = readFileSync(path, 'utf8');
  let fields = 0;
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    const colon = text.indexOf(':', start);
    if (colon !== -1 && colon < end) {
      const tag = text.slice(start, colon);
      fields += text.slice(colon + 1, end).split(',').length + (tag.length > 0 ? 1 : 0);
    }
    start = end + 1;
  }
  return fields;
}

// Modules load before the clock starts: the figures compare parsing, not module loading.
const { readReport } = await import('@pipeline/reports');
const { parse: junit2json } = (await import('junit2json')) as { parse: (xml: string) => Promise<{ testsuite?: { testcase?: unknown[] }[] }> };
const lcovParse = require('lcov-parse') as (text: string, cb: (err: unknown, data: unknown[]) => void) => void;
const { sarifToMarkdown } = require('@security-alert/sarif-to-markdown') as {
  sarifToMarkdown: (o: object) => (log: unknown) => { body: string }[];
};

async function ours(path: string, format: 'junit' | 'lcov' | 'sarif'): Promise<number> {
  const report = await readReport(path, { workspace: dirname(path), format });
  if (report.kind === 'tests') return report.totals.total;
  if (report.kind === 'coverage') return report.files.length;
  if (report.kind === 'findings') return report.findings.length;
  return 0;
}

async function peer(path: string, format: 'junit' | 'lcov' | 'sarif'): Promise<number> {
  if (format === 'junit') {
    const result = await junit2json(readFileSync(path, 'utf8'));
    return (result.testsuite ?? []).reduce((n, s) => n + (s.testcase?.length ?? 0), 0);
  }
  if (format === 'lcov') {
    return new Promise((resolve, reject) => lcovParse(readFileSync(path, 'utf8'), (err, data) => (err ? reject(new Error(String(err))) : resolve(data.length))));
  }
  const out = sarifToMarkdown({ title: 'bench', owner: 'o', repo: 'r', branch: 'main', sourceRoot: '', githubHost: 'https://github.com', severities: ['error', 'warning', 'note', 'none'], details: true, simple: false })(JSON.parse(readFileSync(path, 'utf8')));
  // The peer renders each result as one list item.
  return out.reduce((n, r) => n + (r.body.match(/^- /gm)?.length ?? 0), 0);
}

// Our parsers load lazily on first use; load this format's before the clock starts, as the
// peers' modules are, by reading a one-record file of it.
if (mode.startsWith('ours-')) {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'bench-warm-'));
  const tiny: Record<string, string> = {
    junit: '<testsuites><testsuite name="s"><testcase name="t"/></testsuite></testsuites>',
    lcov: 'TN:\nSF:a.ts\nDA:1,1\nend_of_record\n',
    sarif: '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"t"}},"results":[]}]}',
  };
  const format = mode.slice(5) as 'junit' | 'lcov' | 'sarif';
  const path = join(dir, `warm.${format}`);
  writeFileSync(path, tiny[format] ?? '');
  await readReport(path, { workspace: dir, format });
}

const started = performance.now();
let count: number;
switch (mode) {
  case 'floor-xml':
    count = await tokenise(file);
    break;
  case 'floor-json':
    count = (JSON.parse(readFileSync(file, 'utf8')) as { runs: { results: unknown[] }[] }).runs[0]?.results.length ?? 0;
    break;
  case 'floor-lines':
    count = lines(file);
    break;
  case 'ours-junit':
  case 'ours-lcov':
  case 'ours-sarif':
    count = await ours(file, mode.slice(5) as 'junit' | 'lcov' | 'sarif');
    break;
  case 'peer-junit':
  case 'peer-lcov':
  case 'peer-sarif':
    count = await peer(file, mode.slice(5) as 'junit' | 'lcov' | 'sarif');
    break;
  default:
    throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, count })}\n`);
