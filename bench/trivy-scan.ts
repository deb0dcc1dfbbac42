// trivy-scan benchmark: converting a 100k-finding Trivy JSON report (parse, findings,
// policy with ignores and a baseline, SARIF within GitHub's limits) against the floor of
// reading the same file and JSON.parse, in time and peak RSS. Each figure is measured in
// this run, on this machine, in a fresh process.
// Usage: npm run bench -- trivy-scan [--scale 0.1]
// The file bundles itself with ncc and runs that bundle as its own worker
// (`worker <mode> <file>`), so no TypeScript transform inflates the measured process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluatePolicy, extractFindings, parseIgnoreFile, parseTrivyJson, toSarif } from '@pipeline/trivy';

const root = join(import.meta.dirname, '..');
const runs = 3;

interface Sample {
  ms: number;
  /** User + system CPU time: steadier than wall time on a shared machine. */
  cpuMs: number;
  maxRssMB: number;
  count: number;
}

function worker(mode: string, file: string): void {
  const started = performance.now();
  const text = readFileSync(file, 'utf8');
  let count: number;
  if (mode === 'floor') {
    const parsed = JSON.parse(text) as { Results?: { Vulnerabilities?: unknown[] }[] };
    count = (parsed.Results ?? []).reduce((n, r) => n + (r.Vulnerabilities?.length ?? 0), 0);
  } else {
    const report = parseTrivyJson(text, file);
    const { findings } = extractFindings(report);
    const ignores = parseIgnoreFile('CVE-2024-00001\nCVE-2024-00002 exp:2099-01-01\n', '.trivyignore');
    const baseline = new Set(findings.filter((_, i) => i % 2 === 0).map((f) => f.fingerprint));
    const policy = evaluatePolicy(findings, [], { failOn: 'HIGH', ignoreUnfixed: true, ignores, vex: [], baseline, newOnly: true, slaDays: { CRITICAL: 7, HIGH: 30 }, now: new Date() });
    const sarif = toSarif(policy.active, { category: 'bench' });
    count = policy.active.length + policy.suppressed.length;
    if (sarif.kept === 0) throw new Error('no SARIF results');
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, count })}\n`);
}

/** A report shaped like Trivy's: many targets of os/lang packages, each vulnerability with CVSS and references. */
function generate(dir: string, findings: number): string {
  const file = join(dir, `trivy-${findings}.json`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
  const perTarget = 500;
  const results = [];
  for (let t = 0; t * perTarget < findings; t++) {
    const vulns = [];
    for (let i = t * perTarget; i < Math.min(findings, (t + 1) * perTarget); i++) {
      const pkg = `pkg-${i % 3000}`;
      const version = `1.${i % 17}.${i % 5}`;
      vulns.push({
        VulnerabilityID: `CVE-2024-${String(i % 60_000).padStart(5, '0')}`,
        PkgID: `${pkg}@${version}`,
        PkgName: pkg,
        PkgIdentifier: { PURL: `pkg:npm/${pkg}@${version}`, UID: (i * 2654435761 >>> 0).toString(16) },
        InstalledVersion: version,
        ...(i % 4 === 0 ? {} : { FixedVersion: `1.${(i % 17) + 1}.0` }),
        Status: i % 4 === 0 ? 'affected' : 'fixed',
        SeveritySource: 'ghsa',
        PrimaryURL: `https://avd.aquasec.com/nvd/cve-2024-${i % 60_000}`,
        DataSource: { ID: 'ghsa', Name: 'GitHub Security Advisory npm', URL: 'https://github.com/advisories?query=type%3Areviewed+ecosystem%3Anpm' },
        Title: `${pkg}: a problem in parsing input number ${i}`,
        Description: `A flaw was found in ${pkg} before ${version} that allows a remote attacker to cause a denial of service through crafted input. `.repeat(2),
        Severity: severities[i % severities.length],
        CweIDs: ['CWE-400'],
        VendorSeverity: { ghsa: (i % 4) + 1, nvd: (i % 4) + 1 },
        CVSS: { ghsa: { V3Vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', V3Score: 5 + (i % 50) / 10 } },
        References: [`https://github.com/advisories/GHSA-${i}`, `https://nvd.nist.gov/vuln/detail/CVE-2024-${i % 60_000}`],
        PublishedDate: '2024-03-01T10:15:00Z',
        LastModifiedDate: '2024-05-01T10:15:00Z',
      });
    }
    results.push({ Target: `services/app-${t}/package-lock.json`, Class: 'lang-pkgs', Type: 'npm', Vulnerabilities: vulns });
  }
  writeFileSync(file, JSON.stringify({ SchemaVersion: 2, Trivy: { Version: '0.74.0' }, ArtifactName: '.', ArtifactType: 'filesystem', Results: results }, null, 2));
  return file;
}

function bundleSelf(): string {
  const out = join(root, '.cache', 'bench', 'trivy-scan');
  const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const r = spawnSync(process.execPath, [ncc, 'build', join('bench', 'trivy-scan.ts'), '-o', out, '--transpile-only', '--quiet', '--target', 'es2023'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bundling the benchmark worker failed: ${r.stderr}`);
  return join(out, 'index.js');
}

function measure(bundle: string, mode: string, file: string): Sample {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [bundle, 'worker', mode, file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
    samples.push(JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as Sample);
  }
  samples.sort((a, b) => a.ms - b.ms);
  const median = samples[Math.floor(samples.length / 2)]!;
  return { ...median, maxRssMB: Math.max(...samples.map((s) => s.maxRssMB)) };
}

function main(): void {
  const scaleArg = process.argv.indexOf('--scale');
  const scale = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1;
  const findings = Math.max(1000, Math.round(100_000 * scale));
  const file = generate(join(root, '.cache', 'bench'), findings);
  const bundle = bundleSelf();
  const sizeMB = statSync(file).size / 1024 / 1024;
  const floor = measure(bundle, 'floor', file);
  const ours = measure(bundle, 'convert', file);
  if (ours.count !== floor.count) throw new Error(`convert saw ${ours.count} findings, the floor ${floor.count}`);
  const fmt = (n: number, d = 1): string => n.toFixed(d);
  const pass = (ok: boolean): string => (ok ? 'meets' : 'MISSES');
  const time = ours.ms / floor.ms;
  const cpu = ours.cpuMs / floor.cpuMs;
  const rss = ours.maxRssMB / floor.maxRssMB;
  console.log(`trivy-scan convert + policy benchmark (${findings} findings, ${fmt(sizeMB)} MB, median of ${runs} runs, Node ${process.version})`);
  console.log(`floor (read + JSON.parse)  ${fmt(floor.ms, 0).padStart(6)} ms (CPU ${fmt(floor.cpuMs, 0)} ms)  peak RSS ${fmt(floor.maxRssMB, 0)} MB`);
  console.log(`convert + policy + SARIF   ${fmt(ours.ms, 0).padStart(6)} ms (CPU ${fmt(ours.cpuMs, 0)} ms)  peak RSS ${fmt(ours.maxRssMB, 0)} MB`);
  console.log(`time ${fmt(time, 2)}x the floor (${pass(time <= 3)} <= 3x; CPU ${fmt(cpu, 2)}x); peak RSS ${fmt(rss, 2)}x the floor (${pass(rss <= 3)} <= 3x)`);
}

if (process.argv[2] === 'worker') worker(process.argv[3] ?? '', process.argv[4] ?? '');
else main();
