import { describe, expect, it } from 'vitest';
import { normalizeReportPath } from '../src/normalize-path.ts';

const posix = { source: 'r.xml', workspace: '/home/runner/work/app/app' };
const windows = { source: 'r.xml', workspace: 'D:\\a\\app\\app' };

describe('normalizeReportPath', () => {
  it.each([
    ['/home/runner/work/app/app/src/index.ts', 'src/index.ts'],
    ['/home/runner/work/app/app', ''],
    ['./src/index.ts', 'src/index.ts'],
    ['src//lib/../index.ts', 'src/index.ts'],
    ['src\\win\\file.cs', 'src/win/file.cs'],
    ['  src/padded.py \n', 'src/padded.py'],
    ['/home/runner/work/app/app-other/x.ts', '/home/runner/work/app/app-other/x.ts'],
    ['/usr/lib/python3/site.py', '/usr/lib/python3/site.py'],
    ['../sibling/x.ts', '../sibling/x.ts'],
    ['file:///home/runner/work/app/app/src/with%20space%20%C3%A9.ts', 'src/with space é.ts'],
    ['FILE://localhost/home/runner/work/app/app/a.ts', 'a.ts'],
    ['file:///opt/other/a%ZZ.ts', '/opt/other/a%ZZ.ts'],
    ['https://example.com/a//b.ts', 'https://example.com/a//b.ts'],
    // Paths already in normal form are returned as they are; anything else is normalised.
    ['src/plain/index.ts', 'src/plain/index.ts'],
    ['src/a.b/.c/x.ts', 'src/a.b/.c/x.ts'],
    ['src/x/', 'src/x'],
    ['.hidden/x.ts', '.hidden/x.ts'],
    ['./.hidden/x.ts', '.hidden/x.ts'],
    ['src/./x.ts', 'src/x.ts'],
    ['\u00a0src/nbsp.ts\u00a0', 'src/nbsp.ts'],
    ['\ufeffsrc/bom.ts', 'src/bom.ts'],
    ['名前/ファイル.ts', '名前/ファイル.ts'],
    ['/home/runner/work/app/app/名前.ts', '名前.ts'],
    ['C:/x/y.ts', 'C:/x/y.ts'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizeReportPath(raw, posix)).toBe(expected);
  });

  it('handles Windows workspaces, drive letters in any case and file URIs with drives', () => {
    expect(normalizeReportPath('D:\\a\\app\\app\\src\\Program.cs', windows)).toBe('src/Program.cs');
    expect(normalizeReportPath('d:/a/app/app/src/Program.cs', windows)).toBe('src/Program.cs');
    expect(normalizeReportPath('file:///D:/a/app/app/src/Program.cs', windows)).toBe('src/Program.cs');
    expect(normalizeReportPath('C:\\Users\\dev\\x.cs', windows)).toBe('C:/Users/dev/x.cs');
  });

  it('keeps UNC paths recognisable', () => {
    expect(normalizeReportPath('\\\\server\\share\\x.cs', windows)).toBe('//server/share/x.cs');
    expect(normalizeReportPath('file://server/share/x.cs', windows)).toBe('//server/share/x.cs');
  });

  it('never relativises against an empty workspace, and strips only the root slash for "/"', () => {
    expect(normalizeReportPath('/src/a.ts', { source: 'r', workspace: '' })).toBe('/src/a.ts');
    expect(normalizeReportPath('/src/a.ts', { source: 'r', workspace: '/' })).toBe('src/a.ts');
  });

  it('follows a context whose workspace changes', () => {
    const ctx = { source: 'r', workspace: '/one' };
    expect(normalizeReportPath('/one/a.ts', ctx)).toBe('a.ts');
    ctx.workspace = '/two';
    expect(normalizeReportPath('/one/a.ts', ctx)).toBe('/one/a.ts');
    expect(normalizeReportPath('/two/a.ts', ctx)).toBe('a.ts');
  });
});
