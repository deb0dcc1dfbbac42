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

function marker(id: string, image: string): string {
  return `<!-- pipeline:trivy-scan:${id}@${image} -->`;
}

export function issueTitle(id: string, image: string): string {
  return `${id} in ${image}`;
}

function issueBody(finding: TrivyFinding, image: RunningImage, runUrl: string | undefined): string {
  return [
    marker(finding.id, image.ref),
    `**${finding.id}** (${finding.severity}, score ${finding.score.toFixed(1)}) is in \`${image.ref}\`, which is running now.`,
    '',
    `- Package: ${finding.pkgName ?? ''} ${finding.installedVersion ?? ''}`,
    `- Fixed in: ${finding.fixedVersion ?? 'no fix yet'}`,
    `- Title: ${finding.title}`,
    ...(finding.url ? [`- Details: ${finding.url}`] : []),
    '',
    '**Running in:**',
    ...image.workloads.slice(0, 50).map((w) => `- \`${w}\``),
    ...(runUrl ? ['', `Found by [this scan](${runUrl}). The issue is closed automatically when a scan no longer finds it.`] : []),
  ].join('\n');
}

export interface IssueSync {
  opened: number[];
  updated: number[];
  reopened: number[];
  closed: number[];
}

interface ListedIssue {
  number: number;
  title: string;
  state?: string;
  body?: string | null;
  pull_request?: unknown;
}

/**
 * One issue per CRITICAL finding and image, keyed by a hidden marker (and titled by CVE and
 * image): opened when first seen, kept current (or reopened) while it is seen, closed when
 * a scan no longer finds it.
 */
export async function syncCriticalIssues(
  client: GitHubClient,
  input: { owner: string; repo: string; findings: readonly { finding: TrivyFinding; image: RunningImage }[]; runUrl?: string },
  logger: Logger,
): Promise<IssueSync> {
  const { owner, repo } = input;
  const existing: ListedIssue[] = await client.paginate(client.rest.issues.listForRepo, { owner, repo, labels: ISSUE_LABEL, state: 'all', per_page: 100 });
  const byMarker = new Map<string, ListedIssue>();
  for (const issue of existing) {
    if (issue.pull_request) continue;
    const m = /<!-- pipeline:trivy-scan:(.+?) -->/.exec(issue.body ?? '');
    if (m?.[1]) byMarker.set(m[1], issue);
  }
  const result: IssueSync = { opened: [], updated: [], reopened: [], closed: [] };
  const seen = new Set<string>();
  for (const { finding, image } of input.findings) {
    const key = `${finding.id}@${image.ref}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const body = issueBody(finding, image, input.runUrl);
    const issue = byMarker.get(key);
    if (!issue) {
      const created = await client.rest.issues.create({ owner, repo, title: issueTitle(finding.id, image.ref), body, labels: [ISSUE_LABEL, 'security'] });
      result.opened.push(created.data.number);
    } else if (issue.state === 'closed') {
      await client.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'open', body });
      result.reopened.push(issue.number);
    } else if (issue.body !== body) {
      await client.rest.issues.update({ owner, repo, issue_number: issue.number, body });
      result.updated.push(issue.number);
    }
  }
  for (const [key, issue] of byMarker) {
    if (seen.has(key) || issue.state === 'closed') continue;
    await client.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
    result.closed.push(issue.number);
  }
  logger.info(`Issues for CRITICAL findings: ${result.opened.length} opened, ${result.reopened.length} reopened, ${result.updated.length} updated, ${result.closed.length} closed.`);
  return result;
}
