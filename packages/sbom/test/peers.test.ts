// Peer agreement: our component PURLs against @cyclonedx/cyclonedx-npm and @cyclonedx/cdxgen,
// both run here offline on the same lockfiles (the fixture is read in place, never copied).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { peerBin } from '../../../test/support/peer-tools.ts';
import { generateSbom, readLockfile } from '../src/index.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(repo, '..', 'shared', 'fixtures');
const insomnia = join(fixtures, 'lockfiles', 'npm', 'Kong__insomnia');
const out = mkdtempSync(join(tmpdir(), 'sbom-peers-'));

/** Every PURL a CycloneDX document names: components, nested components and the subject's parts. */
function documentPurls(doc: { metadata?: { component?: unknown }; components?: unknown[] }): Set<string> {
  const found = new Set<string>();
  const walk = (list: unknown[] | undefined): void => {
    for (const raw of list ?? []) {
      const c = raw as { purl?: string; components?: unknown[] };
      // Qualifiers and subpaths carry no identity here (cdxgen adds none, cyclonedx-npm adds
      // `vcs_url`/`download_url` for non-registry packages); `%40` and `@` are the same scope.
      if (c.purl) found.add(decodeURIComponent(c.purl.replace(/[?#].*$/, '')));
      walk(c.components);
    }
  };
  walk(doc.metadata?.component ? [doc.metadata.component] : []);
  walk(doc.components);
  return found;
}

function runPeer(name: 'cyclonedx-npm' | 'cdxgen', dir: string): Set<string> {
  const file = join(out, `${name}-${Math.random().toString(36).slice(2)}.json`);
  const args =
    name === 'cyclonedx-npm'
      ? [peerBin('cyclonedx-npm'), '--package-lock-only', '--ignore-npm-errors', '--output-format', 'JSON', '--spec-version', '1.6', '--output-file', file]
      : [peerBin('cdxgen'), '-t', 'js', '--no-install-deps', '--no-recurse', '--spec-version', '1.6', '-o', file, '.'];
  const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 240_000, env: { ...process.env, CDXGEN_NO_BANNER: 'true', FETCH_LICENSE: 'false', CDXGEN_DEBUG_MODE: '' } });
  if (!existsSync(file)) throw new Error(`${name} wrote no SBOM (exit ${String(result.status)}): ${result.stderr.slice(-2000)}`);
  return documentPurls(JSON.parse(readFileSync(file, 'utf8')) as never);
}

async function ours(dir: string): Promise<{ purls: Set<string>; projects: Set<string> }> {
  const lock = await readLockfile(dir, join(dir, 'package-lock.json'));
  const sbom = await generateSbom([lock], { subject: { name: 'subject' }, author: 'test', tool: { name: 't', version: '1', url: 'https://example.com' }, formats: ['cyclonedx'] });
  const doc = JSON.parse(sbom.documents[0]?.json ?? '{}') as never;
  return { purls: documentPurls(doc), projects: new Set([lock.root, ...lock.workspaces].map((p) => decodeURIComponent(p.purl))) };
}

interface Difference {
  purl: string;
  side: 'only ours' | 'only peer';
  why: string;
}

/**
 * Explains each difference or leaves `why` empty. Known, deliberate ones: peers without a
 * version on the project's own packages (a root or workspace without `version`).
 */
function explain(ourSet: Set<string>, peerSet: Set<string>, projects: Set<string>): Difference[] {
  const diffs: Difference[] = [];
  const unversioned = (p: string): string => p.replace(/@[^@/]*$/, '');
  const projectNames = new Set([...projects].map(unversioned));
  for (const [side, from, other] of [['only ours', ourSet, peerSet], ['only peer', peerSet, ourSet]] as const) {
    for (const purl of from) {
      if (other.has(purl)) continue;
      let why = '';
      if (projectNames.has(unversioned(purl))) why = 'a project package (root or workspace) written with a different version or none';
      else if (purl === 'pkg:github/subject' || !purl.includes('@')) why = "the document's subject, which has no package-manager identity";
      diffs.push({ purl, side, why });
    }
  }
  return diffs;
}

function report(label: string, peer: string, ourSet: Set<string>, peerSet: Set<string>, diffs: Difference[]): number {
  const common = [...ourSet].filter((p) => peerSet.has(p)).length;
  const union = new Set([...ourSet, ...peerSet]).size;
  const agreement = common / union;
  console.log(`${label} vs ${peer}: ${common} of ${union} PURLs identical (${(agreement * 100).toFixed(2)}%), ours ${ourSet.size}, ${peer} ${peerSet.size}`);
  for (const d of diffs) console.log(`  ${d.side}: ${d.purl} — ${d.why || 'UNEXPLAINED'}`);
  return agreement;
}

const targets: [string, string, boolean][] = [
  ["this repository's package-lock.json", repo, true],
  ['Kong/insomnia package-lock.json (2,208 entries, 6 workspaces)', insomnia, existsSync(insomnia)],
];
if (!existsSync(insomnia)) console.log(`Skipping the insomnia peer comparison: ${insomnia} is absent (set PIPELINE_FIXTURES).`);

describe.each(targets)('peer agreement on %s', (label, dir, present) => {
  it.skipIf(!present).each(['cyclonedx-npm', 'cdxgen'] as const)('agrees with %s on at least 99% of PURLs, every difference explained', async (peer) => {
    const mine = await ours(dir);
    const theirs = runPeer(peer, dir);
    const diffs = explain(mine.purls, theirs, mine.projects);
    const agreement = report(label, peer, mine.purls, theirs, diffs);
    expect(diffs.filter((d) => d.why === '')).toEqual([]);
    expect(agreement).toBeGreaterThanOrEqual(0.99);
  }, 300_000);
});
