import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { parseLcov } from '../src/lcov.ts';
import type { CoverageReport, FileCoverage, ParseContext } from '../src/model.ts';

const ctx: ParseContext = { source: 'coverage/lcov.info', workspace: '/home/runner/work/app' };

async function* chunked(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let index = 0; index < bytes.length; index += size) yield bytes.subarray(index, index + size);
}

async function failure(text: string): Promise<ConfigurationError> {
  try {
    await parseLcov(text, ctx);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

function file(report: CoverageReport, path: string): FileCoverage {
  const found = report.files.find((candidate) => candidate.path === path);
  if (found === undefined) throw new Error(`no ${path} in ${report.files.map((f) => f.path).join(', ')}`);
  return found;
}

const ISTANBUL_STYLE = [
  'TN:',
  'SF:/home/runner/work/app/src/math.ts',
  'FN:1,add',
  'FN:5,(anonymous_1)',
  'FNF:2',
  'FNH:1',
  'FNDA:3,add',
  'FNDA:0,(anonymous_1)',
  'DA:1,1',
  'DA:2,3',
  'DA:5,0',
  'DA:6,0',
  'LF:4',
  'LH:2',
  'BRDA:2,0,0,3',
  'BRDA:2,0,1,0',
  'BRDA:6,1,0,-',
  'BRF:3',
  'BRH:1',
  'end_of_record',
  'TN:',
  'SF:./src/util.ts',
  'DA:1,7',
  'LF:1',
  'LH:1',
  'end_of_record',
  '',
].join('\n');

describe('parseLcov', () => {
  it('reads lines, functions and branches and makes paths repository-relative', async () => {
    const report = await parseLcov(ISTANBUL_STYLE, ctx);
    expect(report).toMatchObject({ kind: 'coverage', format: 'lcov', source: 'coverage/lcov.info', perLine: true });
    expect(report.files.map((f) => f.path)).toEqual(['src/math.ts', 'src/util.ts']);
    const math = file(report, 'src/math.ts');
    expect([...math.lines]).toEqual([[1, 1], [2, 3], [5, 0], [6, 0]]);
    expect(math.functions).toEqual({ covered: 1, total: 2 });
    // "-" is a branch whose block never ran: counted, not taken.
    expect(math.branches).toEqual({ covered: 1, total: 3 });
    expect(file(report, 'src/util.ts').branches).toBeUndefined();
    expect(report.totals).toEqual({ lines: { covered: 3, total: 5 }, branches: { covered: 1, total: 3 }, functions: { covered: 1, total: 2 } });
  });

  it('gives the same result however the stream is cut, including inside a multi-byte path', async () => {
    const text = ISTANBUL_STYLE.replace('src/util.ts', 'src/üñï/名前.ts');
    const whole = await parseLcov(text, ctx);
    expect(whole.files[1]?.path).toBe('src/üñï/名前.ts');
    for (const size of [1, 2, 3, 5, 7, 16, 64]) {
      expect(await parseLcov(chunked(text, size), ctx)).toEqual(whole);
    }
  });

  it('merges repeated SF records of one file by summing hits', async () => {
    const report = await parseLcov([
      'SF:src/a.ts', 'FN:1,f', 'FNDA:0,f', 'DA:1,0', 'DA:2,1', 'BRDA:2,0,0,0', 'BRDA:2,0,1,1', 'end_of_record',
      'SF:src/b.ts', 'DA:1,1', 'end_of_record',
      'SF:/home/runner/work/app/src/a.ts', 'FN:1,f', 'FNDA:2,f', 'DA:1,4', 'DA:2,1', 'DA:3,0', 'BRDA:2,0,0,5', 'BRDA:2,0,1,0', 'end_of_record',
    ].join('\n'), ctx);
    expect(report.files.map((f) => f.path)).toEqual(['src/a.ts', 'src/b.ts']);
    const a = file(report, 'src/a.ts');
    expect([...a.lines]).toEqual([[1, 4], [2, 2], [3, 0]]);
    expect(a.functions).toEqual({ covered: 1, total: 1 });
    expect(a.branches).toEqual({ covered: 2, total: 2 });
    expect(report.totals.lines).toEqual({ covered: 3, total: 4 });
  });

  it('sums a line listed twice in one record and keeps covered counts right', async () => {
    const report = await parseLcov('SF:a.c\nDA:3,0\nDA:1,0\nDA:3,2\nDA:1,0\nend_of_record\n', ctx);
    expect([...file(report, 'a.c').lines]).toEqual([[3, 2], [1, 0]]);
    expect(report.totals.lines).toEqual({ covered: 1, total: 2 });
  });

  it('builds a file\'s line Map once, on first read, and keeps it as an ordinary property', async () => {
    const report = await parseLcov('SF:a.c\nDA:1,1\nDA:2,0\nend_of_record\n', ctx);
    const a = file(report, 'a.c');
    expect(Object.keys(a)).toContain('lines');
    const first = a.lines;
    expect(a.lines).toBe(first);
    first.set(3, 9);
    expect([...a.lines]).toEqual([[1, 1], [2, 0], [3, 9]]);
    expect({ ...a }.lines).toBe(first);
    expect(Object.getOwnPropertyDescriptor(a, 'lines')?.value).toBe(first);
  });

  it('uses stated LF/LH, BRF/BRH and FNF/FNH only when detailed records are missing', async () => {
    const report = await parseLcov('SF:gen.c\nFNF:4\nFNH:3\nBRF:10\nBRH:6\nLF:20\nLH:15\nend_of_record\nSF:d.c\nDA:1,1\nLF:99\nLH:99\nend_of_record\n', ctx);
    const generated = file(report, 'gen.c');
    expect(generated.lines.size).toBe(0);
    expect(generated.functions).toEqual({ covered: 3, total: 4 });
    expect(generated.branches).toEqual({ covered: 6, total: 10 });
    // d.c has DA records, so its LF/LH (which disagree) are ignored.
    expect(report.totals.lines).toEqual({ covered: 16, total: 21 });
  });

  it('reads lcov 2 records: FNL/FNA functions with aliases, exception and expression branches', async () => {
    const report = await parseLcov([
      'VER:2.2',
      'SF:calc.cpp',
      'FNL:0,3,4',
      'FNA:0,1,_ZN4Calc3addEdd',
      'FNA:0,0,Calc::add(double, double)',
      'FNL:1,7,12',
      'FNA:1,0,_ZN4Calc6divideEdd',
      'DA:3,1,Xy12',
      'DA:7,0',
      'BRDA:8,e0,0,1',
      'BRDA:8,0,(b == 0) == True,1',
      'BRDA:8,0,(b == 0) == False,0',
      'MCDC:8,2,t,1,0,b == 0',
      'end_of_record',
    ].join('\n'), ctx);
    const calc = file(report, 'calc.cpp');
    // Two aliases of function 0 are one function.
    expect(calc.functions).toEqual({ covered: 1, total: 2 });
    expect(calc.branches).toEqual({ covered: 2, total: 3 });
    expect([...calc.lines]).toEqual([[3, 1], [7, 0]]);
  });

  it('accepts CRLF line ends, blank lines, trailing blanks and function names with commas', async () => {
    const report = await parseLcov('TN:\r\nSF:src\\win\\a.ts\r\n\r\nFN:2,4,std::pair<int, int> make()\r\nFNDA:1,std::pair<int, int> make()\r\nDA:2,1 \r\nend_of_record \r\n', ctx);
    const a = file(report, 'src/win/a.ts');
    expect(a.functions).toEqual({ covered: 1, total: 1 });
    expect([...a.lines]).toEqual([[2, 1]]);
  });

  it('counts a negative (overflowed) hit count as not hit and accepts exponent notation', async () => {
    const report = await parseLcov('SF:a.c\nDA:1,-1\nDA:2,1.5e+3\nend_of_record\n', ctx);
    expect([...file(report, 'a.c').lines]).toEqual([[1, 0], [2, 1500]]);
  });

  describe('a truncated file (no end_of_record at the end)', () => {
    it('keeps the last record when the file ends on a complete line', async () => {
      const report = await parseLcov('SF:a.c\nDA:1,1\nend_of_record\nSF:b.c\nDA:1,0\nDA:12,3\n', ctx);
      expect([...file(report, 'b.c').lines]).toEqual([[1, 0], [12, 3]]);
    });

    it('drops the unterminated final line, which may be cut mid-number', async () => {
      const report = await parseLcov('SF:a.c\nDA:1,1\nend_of_record\nSF:b.c\nDA:1,0\nDA:12', ctx);
      expect([...file(report, 'b.c').lines]).toEqual([[1, 0]]);
    });

    it('still reads an unterminated end_of_record as the last line', async () => {
      const report = await parseLcov('SF:a.c\nDA:1,1\nend_of_record', ctx);
      expect(report.totals.lines).toEqual({ covered: 1, total: 1 });
    });
  });

  describe('user mistakes', () => {
    it('names the file and line of a record outside SF ... end_of_record', async () => {
      const error = await failure('TN:\nDA:1,1\n');
      expect(error.message).toMatch(/^coverage\/lcov\.info:2: DA record outside an SF/);
      expect(error).toMatchObject({ file: 'coverage/lcov.info', line: 2 });
    });

    it('rejects content that is not LCOV with the offending line', async () => {
      const error = await failure('<?xml version="1.0"?>\n<coverage/>\n');
      expect(error.line).toBe(1);
      expect(error.message).toContain('is not an LCOV record');
    });

    it.each([
      ['DA:x,1', /malformed DA record/],
      ['DA:1', /malformed DA record/],
      ['DA:1,many', /hit count "many" is not a number/],
      ['BRDA:1,0', /malformed BRDA record/],
      ['FNDA:1', /malformed FNDA record/],
      ['LF:x', /malformed LF record/],
    ])('reports the malformed record %s', async (record, message) => {
      const error = await failure(`SF:a.c\n${record}\nend_of_record\n`);
      expect(error.message).toMatch(message);
      expect(error.line).toBe(2);
    });

    it('refuses a file with no SF record at all', async () => {
      expect((await failure('TN:\n')).message).toContain('has no SF (source file) records');
      expect((await failure('')).message).toContain('has no SF (source file) records');
    });
  });

  it('reads a large tracefile streamed in chunks and totals it exactly', async () => {
    const files = 200;
    const linesPerFile = 500;
    const parts: string[] = [];
    for (let f = 0; f < files; f += 1) {
      parts.push(`SF:src/f${f}.ts`);
      for (let line = 1; line <= linesPerFile; line += 1) parts.push(`DA:${line},${line % 3}`);
      parts.push('end_of_record');
    }
    const report = await parseLcov(chunked(`${parts.join('\n')}\n`, 65_536), ctx);
    expect(report.files).toHaveLength(files);
    const coveredPerFile = Array.from({ length: linesPerFile }, (_, index) => index + 1).filter((line) => line % 3 !== 0).length;
    expect(report.totals.lines).toEqual({ covered: files * coveredPerFile, total: files * linesPerFile });
  });
});
