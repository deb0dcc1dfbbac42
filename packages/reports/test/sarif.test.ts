import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { stableHash } from '../src/fingerprint.ts';
import type { Finding, ParseContext } from '../src/model.ts';
import { parseSarif } from '../src/sarif.ts';

const ctx: ParseContext = { source: 'results/scan.sarif', workspace: '/home/runner/work/app' };

type Json = Record<string, unknown>;

function log(runs: Json[]): string {
  return JSON.stringify({ version: '2.1.0', runs });
}

function run(results: Json[], driver: Json = {}, extra: Json = {}): Json {
  return { tool: { driver: { name: 'Scanner', ...driver } }, results, ...extra };
}

function located(uri: string, region: Json = { startLine: 10 }, artifact: Json = {}): Json {
  return { locations: [{ physicalLocation: { artifactLocation: { uri, ...artifact }, region } }] };
}

async function findings(runs: Json[]): Promise<Finding[]> {
  return (await parseSarif(log(runs), ctx)).findings;
}

async function only(result: Json, driver: Json = {}, extra: Json = {}): Promise<Finding> {
  const [finding, ...rest] = await findings([run([result], driver, extra)]);
  expect(rest).toHaveLength(0);
  if (finding === undefined) throw new Error('no finding');
  return finding;
}

async function failure(text: string): Promise<ConfigurationError> {
  try {
    await parseSarif(text, ctx);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseSarif', () => {
  it('maps a result to a finding with tool, rule, level, message and region', async () => {
    const finding = await only({
      ruleId: 'no-eval',
      level: 'error',
      message: { text: 'eval is evil' },
      ...located('src/app.js', { startLine: 3, startColumn: 5, endLine: 4, endColumn: 9 }),
    });
    expect(finding).toMatchObject({ tool: 'Scanner', ruleId: 'no-eval', level: 'error', message: 'eval is evil', file: 'src/app.js', line: 3, column: 5, endLine: 4, endColumn: 9 });
    expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  describe('level', () => {
    const rules = [{ id: 'R1', defaultConfiguration: { level: 'error' } }, { id: 'R2' }];
    it.each([
      ['the result level', { ruleId: 'R1', level: 'note' }, 'note'],
      ["the rule's default configuration", { ruleId: 'R1' }, 'error'],
      ['warning when neither says', { ruleId: 'R2' }, 'warning'],
      ['warning for a rule the driver does not list', { ruleId: 'R9' }, 'warning'],
      ['note for level none', { ruleId: 'R1', level: 'none' }, 'note'],
      ['note for a result that is not a failure', { ruleId: 'R1', kind: 'review' }, 'note'],
    ])('comes from %s', async (_, result, level) => {
      expect((await only({ message: { text: 'm' }, ...result }, { rules })).level).toBe(level);
    });
  });

  describe('message', () => {
    const rules = [{ id: 'TUT1', messageStrings: { default: { text: "Variable '{0}' is unused in {1}; write {{ok}}." }, plain: { markdown: '**bold**' } } }];
    it('fills a message id from the rule message strings and its arguments', async () => {
      const finding = await only({ ruleId: 'TUT1', message: { id: 'default', arguments: ['x', 'f()'] } }, { rules });
      expect(finding.message).toBe("Variable 'x' is unused in f(); write {ok}.");
    });

    it('falls back to markdown, then the message id, then the rule id', async () => {
      expect((await only({ ruleId: 'TUT1', message: { id: 'plain' } }, { rules })).message).toBe('**bold**');
      expect((await only({ ruleId: 'TUT1', message: { id: 'missing' } }, { rules })).message).toBe('missing');
      expect((await only({ ruleId: 'TUT1' }, { rules })).message).toBe('TUT1');
    });
  });

  describe('rule lookup', () => {
    it('follows ruleIndex, and rule.toolComponent into an extension (CodeQL query packs)', async () => {
      const extensions = [{ name: 'codeql/javascript-queries', rules: [{ id: 'js/xss', properties: { 'security-severity': '6.1' }, defaultConfiguration: { level: 'error' } }] }];
      const result = { rule: { id: 'js/xss', index: 0, toolComponent: { index: 0 } }, message: { text: 'XSS' } };
      const finding = (await findings([{ tool: { driver: { name: 'CodeQL', rules: [] }, extensions }, results: [result] }]))[0];
      expect(finding).toMatchObject({ ruleId: 'js/xss', level: 'error', securitySeverity: 6.1 });
    });

    it('finds a rule by id when there is no index, including hierarchical ids', async () => {
      const rules = [{ id: 'CA2101', defaultConfiguration: { level: 'error' } }];
      expect((await only({ ruleId: 'CA2101/sub', message: { text: 'm' } }, { rules })).level).toBe('error');
    });
  });

  describe('location', () => {
    it('resolves uriBaseId through originalUriBaseIds when it ends in a file:// URI', async () => {
      const originalUriBaseIds = { ROOT: { uri: 'file:///home/runner/work/app/' }, SRC: { uri: 'packages/web/', uriBaseId: 'ROOT' } };
      const finding = await only({ ruleId: 'r', message: { text: 'm' }, ...located('lib/a%20b.ts', { startLine: 2 }, { uriBaseId: 'SRC' }) }, {}, { originalUriBaseIds });
      expect(finding.file).toBe('packages/web/lib/a b.ts');
    });

    it('takes a URI relative to an undefined base (%SRCROOT%) as repository-relative', async () => {
      const finding = await only({ ruleId: 'r', message: { text: 'm' }, ...located('src/x%2By.c', { startLine: 2 }, { uriBaseId: '%SRCROOT%' }) });
      expect(finding.file).toBe('src/x+y.c');
    });

    it('makes absolute file:// URIs inside the workspace relative, and keeps others absolute', async () => {
      expect((await only({ ruleId: 'r', message: { text: 'm' }, ...located('file:///home/runner/work/app/src/a.ts') })).file).toBe('src/a.ts');
      expect((await only({ ruleId: 'r', message: { text: 'm' }, ...located('file:///C:/code/io/kb.c') })).file).toBe('C:/code/io/kb.c');
    });

    it('reads the URI from run.artifacts when the location only has an index', async () => {
      const artifacts = [{ location: { uri: 'src/from-artifact.ts' } }];
      const finding = await only({ ruleId: 'r', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { index: 0 }, region: { startLine: 1 } } }] }, {}, { artifacts });
      expect(finding.file).toBe('src/from-artifact.ts');
    });

    it('leaves file unset for non-file URIs and results without a location', async () => {
      const web = await only({ ruleId: 'r', message: { text: 'm' }, ...located('https://example.com/a.js') });
      expect(web.file).toBeUndefined();
      expect(web.line).toBe(10);
      const none = await only({ ruleId: 'r', message: { text: 'm' } });
      expect(none.file).toBeUndefined();
      expect(none.line).toBeUndefined();
    });
  });

  describe('fingerprint', () => {
    const base = { ruleId: 'r', message: { text: 'same message' } };

    it('does not change when the finding moves to another line', async () => {
      const before = await only({ ...base, ...located('a.ts', { startLine: 10 }) });
      const after = await only({ ...base, ...located('a.ts', { startLine: 42 }) });
      expect(after.fingerprint).toBe(before.fingerprint);
      expect(before.fingerprint).toBe(stableHash(['Scanner', 'r', 'a.ts', 'message:same message']));
    });

    it('differs by tool, rule, file and message', async () => {
      const reference = (await only({ ...base, ...located('a.ts') })).fingerprint;
      expect((await only({ ...base, ...located('a.ts') }, { name: 'Other' })).fingerprint).not.toBe(reference);
      expect((await only({ ...base, ruleId: 'r2', ...located('a.ts') })).fingerprint).not.toBe(reference);
      expect((await only({ ...base, ...located('b.ts') })).fingerprint).not.toBe(reference);
      expect((await only({ ...base, message: { text: 'other' }, ...located('a.ts') })).fingerprint).not.toBe(reference);
    });

    it('prefers primaryLocationLineHash, which then identifies the finding even if the message changes', async () => {
      const partialFingerprints = { primaryLocationLineHash: '39fa2ee980eb94b0:1', primaryLocationStartColumnFingerprint: '4' };
      const first = await only({ ...base, partialFingerprints, ...located('a.ts') });
      const reworded = await only({ ...base, message: { text: 'reworded' }, partialFingerprints: { primaryLocationLineHash: '39fa2ee980eb94b0:1' }, ...located('a.ts', { startLine: 99 }) });
      expect(reworded.fingerprint).toBe(first.fingerprint);
      // Two rules flagging the same line share a line hash but are two findings.
      const otherRule = await only({ ...base, ruleId: 'r2', partialFingerprints, ...located('a.ts') });
      expect(otherRule.fingerprint).not.toBe(first.fingerprint);
    });

    it('joins other partial fingerprints in a stable order, then falls back to fingerprints', async () => {
      const ab = await only({ ...base, partialFingerprints: { commitSha: 'abc', author: 'me' }, ...located('a.ts') });
      const ba = await only({ ...base, message: { text: 'x' }, partialFingerprints: { author: 'me', commitSha: 'abc' }, ...located('a.ts') });
      expect(ba.fingerprint).toBe(ab.fingerprint);
      const full = await only({ ...base, partialFingerprints: {}, fingerprints: { 'stable/v1': 'f00' }, ...located('a.ts') });
      expect(full.fingerprint).toBe(stableHash(['Scanner', 'r', 'a.ts', 'full:stable/v1=f00']));
    });

    it('numbers repeated fingerprints so every finding stays distinct', async () => {
      const results = [10, 20, 30].map((line) => ({ ...base, ...located('a.ts', { startLine: line }) }));
      const prints = (await findings([run(results)])).map((finding) => finding.fingerprint);
      expect(prints[1]).toBe(`${prints[0]}:2`);
      expect(prints[2]).toBe(`${prints[0]}:3`);
    });
  });

  describe('security severity', () => {
    it('comes from the result, else the rule, and must be a number from 0 to 10', async () => {
      const rules = [{ id: 'CVE-1', properties: { 'security-severity': '9.8' } }, { id: 'CVE-2', properties: { 'security-severity': 'high' } }];
      expect((await only({ ruleId: 'CVE-1', message: { text: 'm' } }, { rules })).securitySeverity).toBe(9.8);
      expect((await only({ ruleId: 'CVE-1', message: { text: 'm' }, properties: { 'security-severity': 4 } }, { rules })).securitySeverity).toBe(4);
      expect((await only({ ruleId: 'CVE-2', message: { text: 'm' } }, { rules })).securitySeverity).toBeUndefined();
    });
  });

  it('leaves out passes, not-applicable results, accepted suppressions and absent baseline results', async () => {
    const message = { text: 'm' };
    const results = [
      { ruleId: 'kept', message },
      { ruleId: 'pass', kind: 'pass', message },
      { ruleId: 'na', kind: 'notApplicable', message },
      { ruleId: 'in-source', message, suppressions: [{ kind: 'inSource' }] },
      { ruleId: 'accepted', message, suppressions: [{ kind: 'external', status: 'accepted' }] },
      { ruleId: 'under-review', message, suppressions: [{ kind: 'external', status: 'underReview' }] },
      { ruleId: 'rejected', message, suppressions: [{ kind: 'external', status: 'rejected' }] },
      { ruleId: 'fixed', message, baselineState: 'absent' },
      { ruleId: 'new', message, baselineState: 'new' },
    ];
    expect((await findings([run(results)])).map((finding) => finding.ruleId)).toEqual(['kept', 'under-review', 'rejected', 'new']);
  });

  it('reads every run with its own tool name', async () => {
    const result = { ruleId: 'r', message: { text: 'm' } };
    const all = await findings([run([result], { name: 'ESLint' }), run([]), { tool: { driver: { name: '' } }, results: [result] }, run([result], { name: 'Trivy' })]);
    expect(all.map((finding) => finding.tool)).toEqual(['ESLint', 'unknown tool', 'Trivy']);
  });

  it('accepts runs: null and runs without results', async () => {
    expect((await parseSarif('{"version":"2.1.0","runs":null}', ctx)).findings).toEqual([]);
    expect(await findings([{ tool: { driver: { name: 'x' } } }, { tool: { driver: { name: 'y' } }, results: null }])).toEqual([]);
  });

  describe('invalid SARIF', () => {
    it.each([
      ['{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":42}]}', 'runs[0].results is number 42, expected an array of results'],
      ['{"version":"2.1.0","runs":{}}', 'runs is an object, expected an array of runs'],
      ['{"version":"2.1.0","runs":[7]}', 'runs[0] is number 7, expected a run object'],
      ['{"version":"2.1.0","runs":[{"results":[{}]}]}', 'runs[0].tool.driver is missing'],
      ['{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":["oops"]}]}', 'runs[0].results[0] is string "oops", expected a result object'],
      ['{"version":"1.0.0","runs":[]}', 'version is string "1.0.0"; only SARIF 2.1.0 is supported'],
      ['[]', 'the top level is an array'],
    ])('refuses %s', async (text, message) => {
      const error = await failure(text);
      expect(error.message).toContain(message);
      expect(error.message.startsWith('results/scan.sarif is not valid SARIF 2.1.0:')).toBe(true);
      expect(error.file).toBe('results/scan.sarif');
    });

    it('names the line of broken JSON', async () => {
      const error = await failure('{\n  "version": "2.1.0",\n  "runs": [\n    {"tool": }\n  ]\n}');
      expect(error.line).toBe(4);
      expect(error.message).toMatch(/^results\/scan\.sarif is not valid JSON at line 4/);
    });
  });

  describe('reading the document', () => {
    it('does not depend on member order: results may come before the tool and the base URIs', async () => {
      const text = `{"runs":[{"results":[{"ruleId":"r","message":{"text":"m"},${JSON.stringify(located('a.ts', { startLine: 1 }, { uriBaseId: 'SRC' })).slice(1, -1)}}],`
        + '"originalUriBaseIds":{"SRC":{"uri":"file:///home/runner/work/app/web/"}},"tool":{"driver":{"name":"Late","rules":[{"id":"r","defaultConfiguration":{"level":"error"}}]}}}],"version":"2.1.0"}';
      expect((await parseSarif(text, ctx)).findings).toMatchObject([{ tool: 'Late', level: 'error', file: 'web/a.ts' }]);
    });

    it('decodes escaped member names, strings with escaped quotes and brackets, and a byte-order mark', async () => {
      const text = '\uFEFF{"version":"2.1.0","r\\u0075ns":[{"tool":{"driver":{"name":"x"}},"results":[{"ruleId":"r","message":{"text":"a \\"quoted\\" ] } [ { \\\\"}}]}]}';
      expect((await parseSarif(text, ctx)).findings.map((finding) => finding.message)).toEqual(['a "quoted" ] } [ { \\']);
    });

    it('reads the same findings from any chunking of the stream', async () => {
      const text = log([run([{ ruleId: 'r', message: { text: 'naïve → 名前' }, ...located('src/é.ts') }, { ruleId: 's', message: { text: 'two' } }])]);
      async function* chunks(size: number): AsyncGenerator<Buffer> {
        const bytes = Buffer.from(text);
        for (let index = 0; index < bytes.length; index += size) yield bytes.subarray(index, index + size);
      }
      const whole = await parseSarif(text, ctx);
      for (const size of [1, 7, 64]) expect(await parseSarif(chunks(size), ctx)).toEqual(whole);
    });

    it('finds the line of a bad token inside a result, which only a full parse notices', async () => {
      const text = `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[\n{"ruleId":"a","message":{"text":"ok"}},\n{"ruleId":"b","level":tru}\n]}]}`;
      const error = await failure(text);
      expect(error.line).toBe(3);
      expect(error.message).toMatch(/is not valid JSON at line 3/);
    });

    describe('large logs, read a batch at a time at boundaries guessed from the first two results', () => {
      // Enough results for many batches; each finding is checked against what its result says.
      const many = (count: number, extra: (index: number) => Json = () => ({})): Json[] => Array.from({ length: count }, (_, index) => ({
        ruleId: `R${index % 7}`,
        message: { text: `problem ${index} with a \\ backslash, a "quote" and },{"ruleId": inside` },
        ...located(`src/f${index % 90}.ts`, { startLine: index + 1, startColumn: 2 }),
        partialFingerprints: { primaryLocationLineHash: `h${index}` },
        ...extra(index),
      }));
      const expected = (tool: string, results: Json[]): Partial<Finding>[] => results.map((result, index) => ({
        tool,
        ruleId: `R${index % 7}`,
        message: `problem ${index} with a \\ backslash, a "quote" and },{"ruleId": inside`,
        file: `src/f${index % 90}.ts`,
        line: index + 1,
        fingerprint: stableHash([tool, `R${index % 7}`, `src/f${index % 90}.ts`, `primaryLocationLineHash:h${index}`]),
      }));

      it.each([['compact', undefined], ['pretty-printed', 2], ['tab-indented', '\t']])('reads every result of a %s log', async (_, indent) => {
        const results = many(3000);
        const text = JSON.stringify({ version: '2.1.0', runs: [run(results)] }, null, indent);
        expect(text.length).toBeGreaterThan(500_000);
        expect((await parseSarif(text, ctx)).findings).toMatchObject(expected('Scanner', results));
      });

      it('recovers when the guessed separator also occurs inside results (nested objects that start with the same member)', async () => {
        const results = many(3000);
        // Every result and every related location starts with "message", so `},{"message":` occurs at both depths.
        const nested = results.map(({ message, ...rest }, index) => ({ message, ...rest, relatedLocations: [{ message: { text: 'a' }, id: index }, { message: { text: 'b' }, id: -index }] }));
        const text = JSON.stringify({ version: '2.1.0', runs: [run(nested)] });
        expect(text.includes('},{"message":{"text":"b"}')).toBe(true);
        expect((await parseSarif(text, ctx)).findings).toMatchObject(expected('Scanner', results));
      });

      it('keeps runs apart when several large runs are formatted alike, and reads a tool named after its results', async () => {
        const first = many(2000);
        const second = many(2000);
        const text = `{"version":"2.1.0","runs":[${JSON.stringify(run(first, { name: 'One' }))},{"results":${JSON.stringify(second)},"tool":{"driver":{"name":"Two"}}}]}`;
        expect((await parseSarif(text, ctx)).findings).toMatchObject([...expected('One', first), ...expected('Two', second)]);
      });

      it('still refuses a large log that breaks off inside a result, or has a bad token deep inside', async () => {
        const text = JSON.stringify({ version: '2.1.0', runs: [run(many(3000))] });
        expect((await failure(text.slice(0, 400_000))).message).toMatch(/is not valid JSON/);
        const bad = text.replace('"problem 2500 ', '"problem 2500 "x ');
        expect((await failure(bad)).message).toMatch(/is not valid JSON at line 1/);
      });
    });

    it('refuses content after the document and an unclosed string', async () => {
      expect((await failure('{"version":"2.1.0","runs":[]} {}')).message).toMatch(/is not valid JSON at line 1/);
      expect((await failure('{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x')).message).toMatch(/is not valid JSON/);
    });
  });

  it('parses a large log in one piece and keeps every result', async () => {
    const rules = Array.from({ length: 50 }, (_, index) => ({ id: `R${index}`, defaultConfiguration: { level: index % 2 === 0 ? 'error' : 'note' } }));
    const results = Array.from({ length: 20_000 }, (_, index) => ({
      ruleId: `R${index % 50}`,
      ruleIndex: index % 50,
      message: { text: `problem ${index % 1000}` },
      ...located(`src/file${index % 300}.ts`, { startLine: (index % 500) + 1, startColumn: 1 }, { uriBaseId: '%SRCROOT%' }),
    }));
    const all = await findings([run(results, { rules })]);
    expect(all).toHaveLength(20_000);
    expect(new Set(all.map((finding) => finding.fingerprint)).size).toBe(20_000);
    expect(all.filter((finding) => finding.level === 'error')).toHaveLength(10_000);
  });
});
