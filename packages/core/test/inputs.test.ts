import { describe, expect, it } from 'vitest';
import { ConfigurationError, boolean, duration, list, number, oneOf, parseDuration, parseInputs, string } from '../src/index.ts';

const schema = {
  'github-token': string({ secret: true }),
  'fail-on': oneOf(['error', 'warn', 'ignore'], { default: 'error' }),
  'min-lines': number({ default: 5, integer: true, min: 0 }),
  'dry-run': boolean({ default: false }),
  reports: list({ required: true }),
  timeout: duration({ default: '5m', max: '1h' }),
};

describe('parseInputs', () => {
  it('reads INPUT_* variables the way the runner names them and camel-cases the keys', () => {
    const masked: string[] = [];
    const inputs = parseInputs(schema, {
      env: { 'INPUT_GITHUB-TOKEN': ' ghs_secret ', 'INPUT_FAIL-ON': 'WARN', 'INPUT_MIN-LINES': '7', 'INPUT_DRY-RUN': 'true', INPUT_REPORTS: 'a.xml\n# comment\n\nb.xml, c.xml', INPUT_TIMEOUT: '1m30s' },
      mask: (v) => masked.push(v),
    });
    expect(inputs).toEqual({ githubToken: 'ghs_secret', failOn: 'warn', minLines: 7, dryRun: true, reports: ['a.xml', 'b.xml', 'c.xml'], timeout: 90_000 });
    expect(masked).toEqual(['ghs_secret']);
  });

  it('applies defaults for empty inputs', () => {
    const inputs = parseInputs(schema, { env: { INPUT_REPORTS: 'x' } });
    expect(inputs.failOn).toBe('error');
    expect(inputs.minLines).toBe(5);
    expect(inputs.timeout).toBe(300_000);
    expect(inputs.githubToken).toBeUndefined();
  });

  it('reports every bad input at once, naming each input and what is valid', () => {
    let caught: unknown;
    try {
      parseInputs(schema, { env: { 'INPUT_FAIL-ON': 'sometimes', 'INPUT_MIN-LINES': '2.5', 'INPUT_DRY-RUN': 'yes', INPUT_TIMEOUT: '2h' } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    const message = (caught as Error).message;
    expect(message).toContain("Input 'fail-on' has an invalid value 'sometimes': expected one of 'error', 'warn', 'ignore'");
    expect(message).toContain("Input 'min-lines'");
    expect(message).toContain("Input 'dry-run' has an invalid value 'yes': expected 'true' or 'false'");
    expect(message).toContain("Input 'reports' is required");
    expect(message).toContain("Input 'timeout'");
  });

  it('never echoes a secret that fails validation', () => {
    const s = { token: string({ secret: true, pattern: /^ghs_/, expect: 'a GitHub token' }) };
    expect(() => parseInputs(s, { env: { INPUT_TOKEN: 'hunter2-secret' } })).toThrow(/invalid value '\*\*\*'/);
  });
});

describe('parseDuration', () => {
  it.each([
    ['30', 30_000],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
    ['1.5s', 1500],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'abc', '5 minutes', '5m junk', '-3s'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());
});
