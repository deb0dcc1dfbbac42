import { hash } from 'node:crypto';

/**
 * Stable identity of a finding across commits.
 *
 * The line number is deliberately left out: code that moves because lines were
 * added above it must keep its identity, or every edit would report "new" findings.
 * Parts are joined with NUL so that ('a b', 'c') and ('a', 'b c') never collide.
 */
export function stableHash(parts: readonly string[]): string {
  // One-shot hash (Node 20.12+): no Hash object per finding, which matters at 50k results.
  return hash('sha256', parts.join('\u0000'), 'hex').slice(0, 32);
}

export interface FingerprintParts {
  tool: string;
  ruleId: string;
  file: string | undefined;
  /** What the producer says identifies the finding (a partial fingerprint), or the message when it says nothing. */
  identity: string;
}

export function findingFingerprint(parts: FingerprintParts): string {
  return stableHash([parts.tool, parts.ruleId, parts.file ?? '', parts.identity]);
}

/**
 * Makes repeated fingerprints unique within one report by suffixing the
 * occurrence number (`:2`, `:3`, ...) in document order, the way codeql-action
 * numbers `primaryLocationLineHash`. Two identical messages from the same rule in
 * the same file then stay two findings, and the first keeps the bare hash so a
 * single occurrence never changes identity when a duplicate appears after it.
 */
export class FingerprintDeduper {
  private readonly seen = new Map<string, number>();

  unique(fingerprint: string): string {
    const count = (this.seen.get(fingerprint) ?? 0) + 1;
    this.seen.set(fingerprint, count);
    return count === 1 ? fingerprint : `${fingerprint}:${count}`;
  }
}
