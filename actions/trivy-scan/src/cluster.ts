import type { Logger } from '@pipeline/core';
import type { GitHubClient } from '@pipeline/github';
import type { TrivyFinding } from '@pipeline/trivy';

/** One image running in the cluster, with the containers that run it. */
export interface RunningImage {
  /** What to scan: `repository@sha256:…` when the kubelet reported a digest, else the reference the pod asked for. */
  ref: string;
  digest: string | undefined;
  /** `namespace/pod/container` for every container running this image. */
  workloads: string[];
}

interface PodList {
  items?: {
    metadata?: { name?: string; namespace?: string };
    spec?: { containers?: { name?: string; image?: string }[]; initContainers?: { name?: string; image?: string }[] };
    status?: { containerStatuses?: { name?: string; image?: string; imageID?: string }[] };
  }[];
}

/** The slice of a Kubernetes client this needs: GET of a path. */
export type KubeGet = (path: string) => Promise<unknown>;

const DIGEST = /sha256:[a-f0-9]{64}/;

/**
 * The images pods actually run in the given namespaces, one entry per digest (the same image
 * under several tags is scanned once). The digest comes from the kubelet's `imageID`, which
 * names what was pulled, not what the spec asked for.
 */
export async function listRunningImages(get: KubeGet, namespaces: readonly string[]): Promise<RunningImage[]> {
  const byKey = new Map<string, RunningImage>();
  for (const namespace of namespaces) {
    const list = (await get(`/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`)) as PodList;
    for (const pod of list.items ?? []) {
      const podName = pod.metadata?.name ?? '';
      const statuses = new Map((pod.status?.containerStatuses ?? []).map((s) => [s.name ?? '', s]));
      for (const container of pod.spec?.containers ?? []) {
        const status = statuses.get(container.name ?? '');
        const image = container.image ?? status?.image ?? '';
        if (image === '') continue;
        const digest = DIGEST.exec(status?.imageID ?? '')?.[0] ?? DIGEST.exec(image)?.[0];
        const repository = image.split('@')[0]?.replace(/:[^/:]+$/, '') ?? image;
        const key = digest ?? image;
        const entry = byKey.get(key) ?? { ref: digest ? `${repository}@${digest}` : image, digest, workloads: [] };
        entry.workloads.push(`${namespace}/${podName}/${container.name ?? ''}`);
        byKey.set(key, entry);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.ref.localeCompare(b.ref));
}

export const ISSUE_LABEL = 'trivy-scan';

/**
 * Which scan an issue belongs to. Several scans share one repository's issues (the
 * security-rescan workflow runs once per environment); each may only close its own.
 * The environment names it when given; otherwise the kube context and the namespaces
 * (sorted, so their order in the input does not matter) do.
 */
export function issueScope(input: { environment?: string | undefined; context: string; namespaces: readonly string[] }): string {
  const environment = input.environment?.trim();
  if (environment) return environment;
  return `${input.context}/${[...input.namespaces].sort().join(',')}`;
}

// `trivy-scan-issue`, not `trivy-scan:`: releases before scopes parse every `trivy-scan:` marker
// as theirs and would close these issues; they do not recognise this one.
const SCOPED_MARKER = /<!-- pipeline:trivy-scan-issue scope=(\S+) finding=(\S+) -->/;
// Releases before scopes wrote `<!-- pipeline:trivy-scan:CVE@image -->`, owned by no scope.
const LEGACY_MARKER = /<!-- pipeline:trivy-scan:(\S+?) -->/;

/** The hidden line that ties an issue to its scope, vulnerability and image. */
export function issueMarker(scope: string, id: string, image: string): string {
  return `<!-- pipeline:trivy-scan-issue scope=${encodeURIComponent(scope)} finding=${encodeURIComponent(`${id}@${image}`)} -->`;
}

/** What an issue body's marker says: the scope and `CVE@image`, or a legacy marker without scope. */
export function parseIssueMarker(body: string): { scope: string | undefined; finding: string } | undefined {
  const scoped = SCOPED_MARKER.exec(body);
  if (scoped?.[1] && scoped[2]) {
    try {
      return { scope: decodeURIComponent(scoped[1]), finding: decodeURIComponent(scoped[2]) };
    } catch {
      return undefined;
    }
  }
  const legacy = LEGACY_MARKER.exec(body);
  return legacy?.[1] ? { scope: undefined, finding: legacy[1] } : undefined;
}

/** Keyed by CVE and image; the scope tells apart the same image running in two environments. */
export function issueTitle(id: string, image: string, scope: string): string {
  return `${id} in ${image} (${scope})`;
}

function issueBody(finding: TrivyFinding, image: RunningImage, scope: string, runUrl: string | undefined): string {
  return [
    issueMarker(scope, finding.id, image.ref),
    `**${finding.id}** (${finding.severity}, score ${finding.score.toFixed(1)}) is in \`${image.ref}\`, which is running now in **${scope}**.`,
    '',
    `- Package: ${finding.pkgName ?? ''} ${finding.installedVersion ?? ''}`,
    `- Fixed in: ${finding.fixedVersion ?? 'no fix yet'}`,
    `- Title: ${finding.title}`,
    ...(finding.url ? [`- Details: ${finding.url}`] : []),
    '',
    '**Running in:**',
    ...image.workloads.slice(0, 50).map((w) => `- \`${w}\``),
    ...(runUrl ? ['', `Found by [this scan](${runUrl}). The issue is closed automatically when a scan of ${scope} no longer finds it.`] : []),
  ].join('\n');
}

export interface IssueSync {
  opened: number[];
  updated: number[];
  reopened: number[];
  closed: number[];
  /** Issues with a marker from before scopes that this run took over (the finding is still seen here). */
  adopted: number[];
}

interface ListedIssue {
  number: number;
  title: string;
  state?: string;
  body?: string | null;
  pull_request?: unknown;
}

/**
 * One issue per CRITICAL finding and image within a scope, keyed by a hidden marker (and
 * titled by CVE, image and scope): opened when first seen, kept current (or reopened)
 * while it is seen, closed when a scan of the same scope no longer finds it. Issues of
 * other scopes are never touched. An issue written before scopes existed is taken over
 * by the first scope that still sees its finding, and never closed by a scoped run.
 */
export async function syncCriticalIssues(
  client: GitHubClient,
  input: { owner: string; repo: string; scope: string; findings: readonly { finding: TrivyFinding; image: RunningImage }[]; runUrl?: string },
  logger: Logger,
): Promise<IssueSync> {
  const { owner, repo, scope } = input;
  const existing: ListedIssue[] = await client.paginate(client.rest.issues.listForRepo, { owner, repo, labels: ISSUE_LABEL, state: 'all', per_page: 100 });
  const ours = new Map<string, ListedIssue>();
  const legacy = new Map<string, ListedIssue>();
  for (const issue of existing) {
    if (issue.pull_request) continue;
    const parsed = parseIssueMarker(issue.body ?? '');
    if (!parsed) continue;
    if (parsed.scope === scope) ours.set(parsed.finding, issue);
    // The newest legacy issue of a finding wins; the list is newest first.
    else if (parsed.scope === undefined && !legacy.has(parsed.finding)) legacy.set(parsed.finding, issue);
  }
  const result: IssueSync = { opened: [], updated: [], reopened: [], closed: [], adopted: [] };
  const seen = new Set<string>();
  for (const { finding, image } of input.findings) {
    const key = `${finding.id}@${image.ref}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const body = issueBody(finding, image, scope, input.runUrl);
    const title = issueTitle(finding.id, image.ref, scope);
    const issue = ours.get(key);
    const old = issue ? undefined : legacy.get(key);
    if (old) {
      await client.rest.issues.update({ owner, repo, issue_number: old.number, title, body, ...(old.state === 'closed' ? { state: 'open' as const } : {}) });
      legacy.delete(key);
      result.adopted.push(old.number);
    } else if (!issue) {
      const created = await client.rest.issues.create({ owner, repo, title, body, labels: [ISSUE_LABEL, 'security'] });
      result.opened.push(created.data.number);
    } else if (issue.state === 'closed') {
      await client.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'open', body });
      result.reopened.push(issue.number);
    } else if (issue.body !== body) {
      // The title is set once: a maintainer may have edited it.
      await client.rest.issues.update({ owner, repo, issue_number: issue.number, body });
      result.updated.push(issue.number);
    }
  }
  for (const [key, issue] of ours) {
    if (seen.has(key) || issue.state === 'closed') continue;
    await client.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
    result.closed.push(issue.number);
  }
  logger.info(
    `Issues for CRITICAL findings in ${scope}: ${result.opened.length} opened, ${result.reopened.length} reopened, ${result.updated.length} updated, ${result.closed.length} closed` +
      (result.adopted.length > 0 ? `, ${result.adopted.length} taken over from an earlier release (${result.adopted.map((n) => `#${n}`).join(', ')}).` : '.'),
  );
  const leftOpen = [...legacy.values()].filter((issue) => issue.state !== 'closed');
  if (leftOpen.length > 0) {
    logger.info(
      `${leftOpen.length} open issue(s) from a release before scopes are not seen by this scan and are left open (no scoped run may close them): ${leftOpen.map((i) => `#${i.number}`).join(', ')}. Close them by hand once every environment has been scanned with this release.`,
    );
  }
  return result;
}
