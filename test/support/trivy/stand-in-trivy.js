#!/usr/bin/env node
// A stand-in for the `trivy` executable, packed into the release archives the test
// server serves. It answers the calls trivy-scan and sbom make with Trivy's real reports
// (../shared/fixtures/trivy-json, and Trivy's CycloneDX goldens in ../shared/fixtures/sbom/trivy)
// and Trivy's real error messages, and records its argv.
//   STANDIN_TRIVY_LOG        file that gets one JSON line per call: {argv}
//   STANDIN_TRIVY_FIXTURES   directory of Trivy JSON reports
//   STANDIN_TRIVY_REPORTS    JSON map of scan target -> report file name in that directory;
//                            a name prefixed 'truncated:' is written cut in half, 'fail:' makes the scan fail
//   STANDIN_TRIVY_THROTTLED  comma-separated registries that answer TOOMANYREQUESTS
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const argv = process.argv.slice(2);
if (process.env.STANDIN_TRIVY_LOG) appendFileSync(process.env.STANDIN_TRIVY_LOG, `${JSON.stringify({ argv })}\n`);

const flag = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const has = (name) => argv.includes(name);
const stamp = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const fatal = (message) => {
  process.stderr.write(`${stamp()}\tFATAL\tFatal error\t${message}\n`);
  process.exitCode = 1;
};

function main() {
  if (argv[0] === '--version' || argv[0] === 'version') {
    process.stdout.write('Version: 0.74.0\n');
    return;
  }
  const cacheDir = flag('--cache-dir') ?? join(process.env.HOME ?? '/tmp', '.cache', 'trivy');
  if (has('--download-db-only')) {
    const repository = flag('--db-repository') ?? 'mirror.gcr.io/aquasec/trivy-db:2';
    const registry = repository.split('/')[0];
    const throttled = (process.env.STANDIN_TRIVY_THROTTLED ?? '').split(',').filter(Boolean);
    process.stderr.write(`${stamp()}\tINFO\t[vulndb] Downloading vulnerability DB...\n${stamp()}\tINFO\t[vulndb] Downloading artifact...\trepo="${repository}"\n`);
    if (throttled.includes(registry)) {
      const path = repository.slice(registry.length).replace(/:(\d+)$/, '/manifests/$1');
      fatal(`init error: DB error: failed to download vulnerability DB: database download error: OCI repository error: 1 error occurred:\n\t* GET https://${registry}/v2${path}: TOOMANYREQUESTS: retry-after: 1.00925ms, allowed: 44000/minute\n`);
      return;
    }
    mkdirSync(join(cacheDir, 'db'), { recursive: true });
    writeFileSync(join(cacheDir, 'db', 'trivy.db'), 'stand-in database\n');
    writeFileSync(join(cacheDir, 'db', 'metadata.json'), JSON.stringify({ Version: 2, NextUpdate: new Date(Date.now() + 6 * 3600_000).toISOString(), DownloadedAt: new Date().toISOString(), Repository: repository }));
    return;
  }
  if (argv[0] === 'convert') {
    const report = JSON.parse(readFileSync(argv.at(-1), 'utf8'));
    const components = (report.Results ?? []).flatMap((r) => (r.Packages ?? []).map((p) => ({ type: 'library', name: p.Name, version: p.Version, purl: p.Identifier?.PURL })));
    writeFileSync(flag('--output'), JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, metadata: { component: { name: report.ArtifactName } }, components }));
    return;
  }
  const target = argv.at(-1);
  // Like Trivy, an SBOM format (`--format cyclonedx` as the sbom action asks for) turns the
  // scanners off unless --scanners names them, and says so on stderr.
  const sbomFormat = ['cyclonedx', 'spdx', 'spdx-json'].includes(flag('--format') ?? '');
  if (sbomFormat && flag('--scanners') === undefined && !has('--quiet')) {
    process.stderr.write(`${stamp()}\tINFO\t"--format ${flag('--format')}" disables security scanning. Specify "--scanners vuln" explicitly if you want to include vulnerabilities in the "${flag('--format')}" report.\n`);
  }
  // Like Trivy, the database is only opened when the vulnerability scanner runs.
  const vuln = argv[0] !== 'config' && (flag('--scanners') ?? (sbomFormat ? '' : 'vuln')).split(',').includes('vuln');
  if (vuln && has('--skip-db-update') && !existsSync(join(cacheDir, 'db', 'trivy.db'))) {
    fatal('init error: DB error: --skip-db-update cannot be specified on the first run');
    return;
  }
  const reports = JSON.parse(process.env.STANDIN_TRIVY_REPORTS ?? '{}');
  const name = reports[target];
  if (name === undefined) {
    fatal(`run error: ${argv[0]} scan error: scan error: unable to initialize a scan service: unable to initialize an image artifact: unable to find the specified image "${target}"`);
    return;
  }
  if (name.startsWith('fail:')) {
    fatal(name.slice('fail:'.length));
    return;
  }
  const file = name.replace(/^truncated:/, '');
  const text = readFileSync(join(process.env.STANDIN_TRIVY_FIXTURES ?? '.', file), 'utf8');
  writeFileSync(flag('--output'), name.startsWith('truncated:') ? text.slice(0, Math.floor(text.length / 2)) : text);
}

main();
