import { ConfigurationError } from '@pipeline/core';

/**
 * Maps offsets in a lockfile to 1-based lines. The newline table is built once, so a
 * lockfile of thousands of entries costs one pass plus a binary search per lookup.
 */
export class LineIndex {
  private starts: number[] | undefined;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  lineAt(offset: number): number {
    const starts = (this.starts ??= newlineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Line of the first occurrence of `needle` (from `from`), or undefined. */
  find(needle: string, from = 0): number | undefined {
    const at = this.text.indexOf(needle, from);
    return at < 0 ? undefined : this.lineAt(at);
  }
}

function newlineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** JSON.parse with the line of a syntax error in the ConfigurationError. */
export function parseJson(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const lineMatch = /line (\d+)/.exec(message)?.[1];
    const line = lineMatch ? Number(lineMatch) : position ? new LineIndex(text).lineAt(Number(position)) : undefined;
    throw new ConfigurationError(`${file}${line ? `:${line}` : ''} is not a valid ${what}: ${message}. Regenerate it with the package manager.`, { file, ...(line ? { line } : {}), cause: error });
  }
}

export function corrupt(file: string, what: string, detail: string, line?: number): ConfigurationError {
  return new ConfigurationError(`${file}${line ? `:${line}` : ''} is not a valid ${what}: ${detail}. Regenerate it with the package manager.`, { file, ...(line ? { line } : {}) });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Decodes an SRI string (`sha512-<base64>`) into a hex hash. */
export function sriToHashes(integrity: string | undefined): { alg: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'; content: string }[] {
  if (!integrity) return [];
  const algs = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' } as const;
  const out: { alg: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'; content: string }[] = [];
  for (const part of integrity.trim().split(/\s+/)) {
    const dash = part.indexOf('-');
    const alg = algs[part.slice(0, dash) as keyof typeof algs] as (typeof algs)[keyof typeof algs] | undefined;
    if (!alg) continue;
    const hex = Buffer.from(part.slice(dash + 1).replace(/\?.*$/, ''), 'base64').toString('hex');
    if (hex.length > 0) out.push({ alg, content: hex });
  }
  return out;
}
