import { describe, expect, it } from 'vitest';
import { SummaryBuilder, cell, truncateUtf8 } from '../src/index.ts';

describe('SummaryBuilder', () => {
  it('renders headings, tables and mermaid blocks', () => {
    const md = new SummaryBuilder().heading('Gate').table(['Condition', 'Result'], [['a', '✅'], [cell('x|y'), '❌']]).mermaid('pie\n "a" : 1').render();
    expect(md).toContain('## Gate');
    expect(md).toContain('| Condition | Result |\n| --- | --- |\n| a | ✅ |\n| x\\|y | ❌ |');
    expect(md).toContain('```mermaid\npie');
  });

  it('stays within the byte limit by cutting the least important table first and saying so', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`row-${i}`, 'x'.repeat(100)]);
    const builder = new SummaryBuilder()
      .heading('Verdict')
      .table(['Condition', 'Value'], [['tests.failed == 0', 'pass']], { priority: 1 })
      .table(['Name', 'Detail'], rows, { priority: 9, noun: 'failed tests' });
    const md = builder.render(64 * 1024);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(64 * 1024);
    expect(md).toContain('tests.failed == 0');
    const shown = md.split('\n').filter((l) => l.startsWith('| row-')).length;
    expect(shown).toBeGreaterThan(100);
    expect(md).toContain(`_${5000 - shown} more failed tests not shown._`);
  });

  it('truncates on a character boundary', () => {
    expect(truncateUtf8('ééé', 3)).toBe('é');
  });
});
