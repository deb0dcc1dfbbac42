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
  // The same bytes as stableHash([tool, ruleId, file, identity]), without an array per finding.
  return hash('sha256', `${parts.tool}\u0000${parts.ruleId}\u0000${parts.file ?? ''}\u0000${parts.identity}`, 'hex').slice(0, 32);
}

/**
 * Makes repeated fingerprints unique within one report by suffixing the
 * occurrence number (`:2`, `:3`, ...) in document order, the way codeql-action
 * numbers `primaryLocationLineHash`. Two identical messages from the same rule in
 * the same file then stay two findings, and the first keeps the bare hash so a
 * single occurrence never changes identity when a duplicate appears after it.
 *
 * Fingerprints seen so far sit in an open-addressing table of typed arrays, keyed
 * by a 32-bit hash of the string and confirmed by comparing the strings. A Set of
 * tens of thousands of fresh strings costs far more: every insertion writes a
 * young string into an old table, and every rehash reads each string again.
 */
export class FingerprintDeduper {
  /** Every distinct fingerprint, in the order first seen; the table holds indexes into it. */
  private readonly distinct: string[] = [];
  /** Per table slot: the fingerprint's hash, and its index in `distinct` plus one (0 is an empty slot). */
  private hashes = new Int32Array(1024);
  private entries = new Int32Array(1024);
  /** Occurrences so far of the fingerprints seen more than once. */
  private readonly repeats = new Map<string, number>();

  unique(fingerprint: string): string {
    const hash = stringHash(fingerprint);
    const mask = this.entries.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.entries[slot] ?? 0;
      if (entry === 0) {
        this.entries[slot] = this.distinct.length + 1;
        this.hashes[slot] = hash;
        this.distinct.push(fingerprint);
        // At most half full, so probe runs stay short.
        if (this.distinct.length * 2 > mask) this.grow();
        return fingerprint;
      }
      if (this.hashes[slot] === hash && this.distinct[entry - 1] === fingerprint) break;
    }
    const count = (this.repeats.get(fingerprint) ?? 1) + 1;
    this.repeats.set(fingerprint, count);
    return `${fingerprint}:${count}`;
  }

  private grow(): void {
    const hashes = this.hashes;
    const entries = this.entries;
    const size = entries.length * 2;
    const mask = size - 1;
    this.hashes = new Int32Array(size);
    this.entries = new Int32Array(size);
    for (let old = 0; old < entries.length; old++) {
      const entry = entries[old] ?? 0;
      if (entry === 0) continue;
      const hash = hashes[old] ?? 0;
      let slot = hash & mask;
      while (this.entries[slot] !== 0) slot = (slot + 1) & mask;
      this.entries[slot] = entry;
      this.hashes[slot] = hash;
    }
  }
}

/** FNV-1a over UTF-16 code units: only places a fingerprint in the table, so it need not be strong. */
function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}
