import { appendFileSync, statSync } from 'node:fs';

/** GitHub refuses to show a step summary larger than this, and shows nothing at all then. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

type Block =
  | { kind: 'text'; markdown: string; priority: number }
  | { kind: 'table'; headers: string[]; rows: string[][]; priority: number; noun: string };

export interface TableOptions {
  /** Lower numbers are kept longest when the summary must shrink. Default 5. */
  priority?: number;
  /** What a row is, for the "N more … not shown" note. */
  noun?: string;
}

/** Escapes text for a Markdown table cell: pipes split cells and newlines end rows. */
export function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Escapes the characters Markdown and HTML would interpret in inline text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`);
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * Builds Markdown that always fits a byte budget. When it does not fit, rows of
 * the least important tables go first, then whole low-priority blocks, and each
 * cut is replaced by a note saying how much was left out.
 */
export class SummaryBuilder {
  private readonly blocks: Block[] = [];

  heading(text: string, level: 1 | 2 | 3 | 4 = 2, priority = 0): this {
    return this.text(`${'#'.repeat(level)} ${text}`, priority);
  }

  text(markdown: string, priority = 1): this {
    this.blocks.push({ kind: 'text', markdown, priority });
    return this;
  }

  table(headers: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): this {
    this.blocks.push({
      kind: 'table',
      headers: headers.map((h) => cell(h)),
      rows: rows.map((r) => r.map((c) => c)),
      priority: options.priority ?? 5,
      noun: options.noun ?? 'rows',
    });
    return this;
  }

  details(summary: string, markdown: string, priority = 6): this {
    return this.text(`<details><summary>${escapeMarkdown(summary)}</summary>\n\n${markdown}\n\n</details>`, priority);
  }

  mermaid(code: string, priority = 4): this {
    return this.text(`\`\`\`mermaid\n${code}\n\`\`\``, priority);
  }

  /** Renders within `limitBytes`; never returns more than that. */
  render(limitBytes = STEP_SUMMARY_LIMIT_BYTES): string {
    const blocks = this.blocks.map((b) => (b.kind === 'table' ? { ...b, rows: [...b.rows] } : { ...b }));
    const omitted = new Map<Block, number>();
    const dropped: Block[] = [];
    const total = (): number => bytes(renderBlocks(blocks, omitted));
    if (total() <= limitBytes) return renderBlocks(blocks, omitted);

    const order = [...blocks].sort((a, b) => b.priority - a.priority);
    for (const block of order) {
      const over = total() - limitBytes;
      if (over <= 0) break;
      if (block.kind === 'table' && block.rows.length > 0) {
        // Remove rows from the end until the overflow is gone (or the table is empty).
        let freed = 0;
        let cut = 0;
        while (block.rows.length > 0 && freed < over + 200) {
          const row = block.rows.pop();
          freed += bytes(renderRow(row ?? [])) + 1;
          cut += 1;
        }
        omitted.set(block, (omitted.get(block) ?? 0) + cut);
        if (total() <= limitBytes) break;
      } else if (block.priority > 0) {
        const index = blocks.indexOf(block);
        if (index >= 0) blocks.splice(index, 1);
        dropped.push(block);
      }
    }
    let out = renderBlocks(blocks, omitted);
    if (dropped.length > 0) out += `\n\n_${dropped.length} more section(s) not shown: the job summary is limited to 1 MiB._\n`;
    if (bytes(out) > limitBytes) out = truncateUtf8(out, limitBytes - 64) + '\n\n_Summary truncated at the 1 MiB limit._\n';
    return out;
  }

  /** Appends to the step summary file, counting what earlier writes in this step used. */
  write(path: string | undefined = process.env['GITHUB_STEP_SUMMARY']): string | undefined {
    if (!path) return undefined;
    let used = 0;
    try {
      used = statSync(path).size;
    } catch {
      used = 0;
    }
    const markdown = this.render(Math.max(0, STEP_SUMMARY_LIMIT_BYTES - used));
    appendFileSync(path, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    return markdown;
  }
}

function renderRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function renderBlocks(blocks: readonly Block[], omitted: ReadonlyMap<Block, number>): string {
  return blocks
    .map((b) => {
      if (b.kind === 'text') return b.markdown;
      const lines = [renderRow(b.headers), renderRow(b.headers.map(() => '---')), ...b.rows.map(renderRow)];
      const cut = omitted.get(b);
      if (cut) lines.push('', `_${cut} more ${b.noun} not shown._`);
      return lines.join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

/** Cuts a string to at most `max` UTF-8 bytes without splitting a character. */
export function truncateUtf8(text: string, max: number): string {
  if (bytes(text) <= max) return text;
  const buf = Buffer.from(text, 'utf8').subarray(0, Math.max(0, max));
  // A trailing partial sequence decodes to U+FFFD; drop it.
  return buf.toString('utf8').replace(/\uFFFD+$/, '');
}
