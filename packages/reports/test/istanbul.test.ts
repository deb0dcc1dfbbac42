import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { lineColumnAt, parseIstanbulFinal, parseIstanbulSummary, parseJsonReport, readAllText } from '../src/istanbul.ts';
import { parseLcov } from '../src/lcov.ts';
import type { ParseContext } from '../src/model.ts';

/*
 * A real run, not hand-written: vitest 5.1.1 with @vitest/coverage-v8 (reporters
 * json, lcovonly, json-summary) over this module, tested by one test calling
 * clamp(5, 0, 10), clamp(-1, 0, 10) and describe(3):
 *
 *   export function clamp(value, low, high) {
 *     if (value < low) return low;
 *     if (value > high) {
 *       return high;
 *     }
 *     return value;
 *   }
 *
 *   export const describe = (n) => (n > 0 ? 'positive' : n < 0 ? 'negative' : 'zero');
 *
 *   export function unused(a) {
 *     const doubled = a * 2; const tripled = a * 3;
 *     return doubled + tripled;
 *   }
 *
 * The three outputs of that one run are below (coverage-final.json without its
 * bookkeeping "meta" key). istanbul's own lcov reporter wrote LCOV_INFO from the
 * same data, so it is the oracle for the per-line convention.
 */
const COVERAGE_FINAL = '{"/tmp/covgen/src/math.js":{"path":"/tmp/covgen/src/math.js","statementMap":{"0":{"start":{"line":2,"column":2},"end":{"line":2,"column":null}},"1":{"start":{"line":2,"column":19},"end":{"line":2,"column":null}},"2":{"start":{"line":3,"column":2},"end":{"line":5,"column":null}},"3":{"start":{"line":4,"column":4},"end":{"line":4,"column":null}},"4":{"start":{"line":6,"column":2},"end":{"line":6,"column":null}},"5":{"start":{"line":9,"column":24},"end":{"line":9,"column":81}},"6":{"start":{"line":9,"column":32},"end":{"line":9,"column":80}},"7":{"start":{"line":12,"column":18},"end":{"line":12,"column":23}},"8":{"start":{"line":12,"column":41},"end":{"line":12,"column":46}},"9":{"start":{"line":13,"column":2},"end":{"line":13,"column":null}}},"fnMap":{"0":{"name":"clamp","decl":{"start":{"line":1,"column":16},"end":{"line":1,"column":21}},"loc":{"start":{"line":1,"column":40},"end":{"line":7,"column":null}},"line":1},"1":{"name":"(anonymous_1)","decl":{"start":{"line":9,"column":24},"end":{"line":9,"column":25}},"loc":{"start":{"line":9,"column":32},"end":{"line":9,"column":80}},"line":9},"2":{"name":"unused","decl":{"start":{"line":11,"column":16},"end":{"line":11,"column":22}},"loc":{"start":{"line":11,"column":26},"end":{"line":14,"column":null}},"line":11}},"branchMap":{"0":{"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":null}},"type":"if","locations":[{"start":{"line":2,"column":2},"end":{"line":2,"column":null}},{"start":{},"end":{}}],"line":2},"1":{"loc":{"start":{"line":3,"column":2},"end":{"line":5,"column":null}},"type":"if","locations":[{"start":{"line":3,"column":2},"end":{"line":5,"column":null}},{"start":{},"end":{}}],"line":3},"2":{"loc":{"start":{"line":9,"column":32},"end":{"line":9,"column":80}},"type":"cond-expr","locations":[{"start":{"line":9,"column":40},"end":{"line":9,"column":50}},{"start":{"line":9,"column":53},"end":{"line":9,"column":80}}],"line":9},"3":{"loc":{"start":{"line":9,"column":53},"end":{"line":9,"column":80}},"type":"cond-expr","locations":[{"start":{"line":9,"column":61},"end":{"line":9,"column":71}},{"start":{"line":9,"column":74},"end":{"line":9,"column":80}}],"line":9}},"s":{"0":2,"1":1,"2":1,"3":0,"4":1,"5":1,"6":1,"7":0,"8":0,"9":0},"f":{"0":2,"1":1,"2":0},"b":{"0":[1,1],"1":[0,1],"2":[1,0],"3":[0,0]}}}';

const LCOV_INFO = [
  'TN:',
  'SF:src/math.js',
  'FN:1,clamp',
  'FN:9,(anonymous_1)',
  'FN:11,unused',
  'FNF:3',
  'FNH:2',
  'FNDA:2,clamp',
  'FNDA:1,(anonymous_1)',
  'FNDA:0,unused',
  'DA:2,2',
  'DA:3,1',
  'DA:4,0',
  'DA:6,1',
  'DA:9,1',
  'DA:12,0',
  'DA:13,0',
  'LF:7',
  'LH:4',
  'BRDA:2,0,0,1',
  'BRDA:2,0,1,1',
  'BRDA:3,1,0,0',
  'BRDA:3,1,1,1',
  'BRDA:9,2,0,1',
  'BRDA:9,2,1,0',
  'BRDA:9,3,0,0',
  'BRDA:9,3,1,0',
  'BRF:8',
  'BRH:4',
  'end_of_record',
].join('\n');

const COVERAGE_SUMMARY = '{"total": {"lines":{"total":7,"covered":4,"skipped":0,"pct":57.14},"statements":{"total":10,"covered":6,"skipped":0,"pct":60},"functions":{"total":3,"covered":2,"skipped":0,"pct":66.66},"branches":{"total":8,"covered":4,"skipped":0,"pct":50},"branchesTrue":{"total":0,"covered":0,"skipped":0,"pct":"Unknown"}},"/tmp/covgen/src/math.js": {"lines":{"total":7,"covered":4,"skipped":0,"pct":57.14},"functions":{"total":3,"covered":2,"skipped":0,"pct":66.66},"statements":{"total":10,"covered":6,"skipped":0,"pct":60},"branches":{"total":8,"covered":4,"skipped":0,"pct":50}}}';

const ctx: ParseContext = { source: 'coverage/coverage-final.json', workspace: '/tmp/covgen' };

async function failure(run: () => Promise<unknown>): Promise<ConfigurationError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseIstanbulFinal', () => {
  it('derives per-line hits exactly as istanbul\'s own lcov reporter does', async () => {
    const final = await parseIstanbulFinal(COVERAGE_FINAL, ctx);
    const lcov = await parseLcov(LCOV_INFO, { source: 'coverage/lcov.info', workspace: '/tmp/covgen' });
    expect(final).toMatchObject({ kind: 'coverage', format: 'istanbul-final', perLine: true });
    expect(final.files.map((file) => file.path)).toEqual(['src/math.js']);
    // Line 2 holds two statements hit 2 and 1 times: the line reports the maximum.
    expect([...(final.files[0]?.lines ?? [])]).toEqual([...(lcov.files[0]?.lines ?? [])]);
    expect(final.files[0]?.branches).toEqual(lcov.files[0]?.branches);
    expect(final.files[0]?.functions).toEqual(lcov.files[0]?.functions);
  });

  it('totals match the json-summary reporter of the same run', async () => {
    const final = await parseIstanbulFinal(COVERAGE_FINAL, ctx);
    const summary = await parseIstanbulSummary(COVERAGE_SUMMARY, { source: 'coverage/coverage-summary.json', workspace: '/tmp/covgen' });
    expect(final.totals).toEqual(summary.totals);
  });

  it('accepts streamed input and the old { data: ... } wrapper, and merges keys naming one file', async () => {
    const parsed = JSON.parse(COVERAGE_FINAL) as Record<string, unknown>;
    const wrapped = JSON.stringify({ '/tmp/covgen/src/math.js': { data: parsed['/tmp/covgen/src/math.js'] } });
    async function* stream(): AsyncGenerator<Buffer> {
      const bytes = Buffer.from(wrapped);
      for (let index = 0; index < bytes.length; index += 100) yield bytes.subarray(index, index + 100);
    }
    const fromStream = await parseIstanbulFinal(stream(), ctx);
    expect(fromStream.totals).toEqual((await parseIstanbulFinal(COVERAGE_FINAL, ctx)).totals);

    const twice = JSON.stringify({ 'src/a.js': { statementMap: { 0: { start: { line: 1 } } }, s: { 0: 1 } }, '/tmp/covgen/src/a.js': { path: '/tmp/covgen/src/a.js', statementMap: { 0: { start: { line: 1 } }, 1: { start: { line: 2 } } }, s: { 0: 2, 1: 0 } } });
    const merged = await parseIstanbulFinal(twice, ctx);
    expect(merged.files).toHaveLength(1);
    expect([...(merged.files[0]?.lines ?? [])]).toEqual([[1, 3], [2, 0]]);
  });

  it('skips counters without a statement location, as getLineCoverage does', async () => {
    const report = await parseIstanbulFinal(JSON.stringify({ 'a.js': { statementMap: { 0: { start: { line: 4 } } }, s: { 0: 1, 1: 5 }, f: {}, b: {} } }), ctx);
    expect([...(report.files[0]?.lines ?? [])]).toEqual([[4, 1]]);
    expect(report.totals).toEqual({ lines: { covered: 1, total: 1 }, branches: { covered: 0, total: 0 }, functions: { covered: 0, total: 0 } });
  });

  it('names the file and the line/column of invalid JSON', async () => {
    const error = await failure(() => parseIstanbulFinal('{\n  "a.js": {\n    "s": {,}\n  }\n}', ctx));
    expect(error.message).toMatch(/^coverage\/coverage-final\.json is not valid JSON at line 3, column 11/);
    expect(error).toMatchObject({ file: 'coverage/coverage-final.json', line: 3 });
  });

  it('places truncated JSON at the end of the file', async () => {
    const error = await failure(() => parseIstanbulFinal('{\n  "a.js": {\n    "s": {"0": 1', ctx));
    expect(error.line).toBe(3);
    expect(error.message).toContain('is not valid JSON at line 3');
  });

  it.each([
    ['[]', /the top level is an array/],
    ['{"a.js": 3}', /entry "a.js" is number 3/],
    ['{"a.js": {"s": {}}}', /"a.js".statementMap is missing, expected an object/],
    ['{"a.js": {"statementMap": {"0": {"start": {"line": "x"}}}, "s": {"0": 1}}}', /statementMap\["0"\].start.line is string "x"/],
    ['{"a.js": {"statementMap": {"0": {"start": {"line": 1}}}, "s": {"0": -1}}}', /s\["0"\] is number -1, expected a non-negative hit count/],
    ['{"a.js": {"statementMap": {}, "s": {}, "b": {"0": 1}}}', /b\["0"\] is number 1, expected an array/],
  ])('refuses %s', async (text, message) => {
    expect((await failure(() => parseIstanbulFinal(text, ctx))).message).toMatch(message);
  });
});

describe('parseIstanbulSummary', () => {
  it('reads totals only and marks the report as having no per-line data', async () => {
    const report = await parseIstanbulSummary(COVERAGE_SUMMARY, ctx);
    expect(report).toEqual({
      kind: 'coverage',
      format: 'istanbul-summary',
      source: 'coverage/coverage-final.json',
      files: [],
      totals: { lines: { covered: 4, total: 7 }, branches: { covered: 4, total: 8 }, functions: { covered: 2, total: 3 } },
      perLine: false,
    });
  });

  it('refuses JSON without a total entry or with a malformed metric', async () => {
    expect((await failure(() => parseIstanbulSummary('{"src/a.js": {}}', ctx))).message).toContain('has no "total" object');
    expect((await failure(() => parseIstanbulSummary('{"total": {"lines": {"total": 3}}}', ctx))).message).toMatch(/total\.lines is .*expected \{ "total": n, "covered": n \}/);
    expect((await failure(() => parseIstanbulSummary('{"total": {"branches": {"total": 1, "covered": 1}}}', ctx))).message).toContain('total.lines is missing');
  });
});

describe('JSON helpers', () => {
  it('decodes UTF-8 split across chunks and drops a byte-order mark', async () => {
    const bytes = Buffer.from('\uFEFF{"name":"名前"}', 'utf8');
    async function* oneByteAtATime(): AsyncGenerator<Buffer> {
      for (const byte of bytes) yield Buffer.from([byte]);
    }
    expect(await readAllText(oneByteAtATime())).toBe('{"name":"名前"}');
    expect(await readAllText('\uFEFFx')).toBe('x');
  });

  it('converts offsets to 1-based line and column', () => {
    expect(lineColumnAt('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
  });

  it('reports an empty file as ending at line 1', () => {
    try {
      parseJsonReport('', ctx, 'something');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).line).toBe(1);
    }
  });
});

describe('invalid JSON positions', () => {
  function lineOf(text: string): { line: number | undefined; message: string } {
    try {
      parseJsonReport(text, ctx, 'something');
    } catch (error) {
      if (error instanceof ConfigurationError) return { line: error.line, message: error.message };
      throw error;
    }
    throw new Error('expected a ConfigurationError');
  }

  it.each([
    ['an unexpected token deep in a long file', `{\n${'  "key": 1,\n'.repeat(30)}  "bad": }\n}`, 32],
    ['an unexpected token near the start', '{\n"a": }\n', 2],
    ['an unexpected token in a short text', '[1,\n2,\nx]', 3],
    ['a missing property name', '{\n\n  ,}', 3],
    ['text after the document', '{}\n{}', 2],
  ])('finds the line of %s', (_, text, line) => {
    const result = lineOf(text);
    expect(result.line).toBe(line);
    expect(result.message).toContain(`at line ${line}, column`);
  });
});
