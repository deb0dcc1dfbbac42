import { GITHUB_RELEASES_URL, TRIVY_CHECKSUMS, type ChecksumTable } from '@pipeline/trivy';

/** Where releases come from and which digests are trusted. */
export interface InstallSource {
  downloadBaseUrl: string;
  checksums: ChecksumTable;
}

export const TEST_RELEASES_VARIABLE = 'PIPELINE_TEST_TRIVY_RELEASES';

function loopback(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && (parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost' || parsed.hostname === '[::1]');
  } catch {
    return false;
  }
}

/**
 * Production installs from github.com against the suite's own table. Bundle tests serve
 * stand-in archives from a local server and register their digest here; that override
 * is honoured only for a loopback http URL, so it can never point a real run at
 * another host, and no digest ever comes from a release's own checksums file.
 */
export function installSource(env: NodeJS.ProcessEnv = process.env): InstallSource {
  const raw = env[TEST_RELEASES_VARIABLE];
  if (raw) {
    const parsed = JSON.parse(raw) as { baseUrl?: string; checksums?: ChecksumTable };
    if (parsed.baseUrl && loopback(parsed.baseUrl) && parsed.checksums) return { downloadBaseUrl: parsed.baseUrl, checksums: parsed.checksums };
  }
  return { downloadBaseUrl: GITHUB_RELEASES_URL, checksums: TRIVY_CHECKSUMS };
}
