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
  // The line-format floor: read the file and find every line break.
  const text = readFileSync(path, 'utf8');
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
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
  return out.reduce((n, r) => n + (r.body.match(/\n\| /g)?.length ?? 0), 0);
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
