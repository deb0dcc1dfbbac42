import { SummaryBuilder, cell } from '@pipeline/core';
import type { IsolateResult } from './isolate.ts';
import type { TenantsConfig } from './tenants.ts';
import type { CheckResult, CheckStatus, VerifyResult } from './verify.ts';
import { BENCHMARK_REPOSITORY, CHECKS, benchmarkUrl } from './verify.ts';
import type { CheckDefinition } from './verify.ts';

const ICON: Record<CheckStatus, string> = { pass: '✅', fail: '❌', 'not-enforced': '⚠️' };

/** Job summary: what changed per tenant, then the tenant × check matrix with failures spelled out. */
export function buildSummary(config: TenantsConfig, isolate: IsolateResult | undefined, verify: VerifyResult | undefined, mode: string): SummaryBuilder {
  const summary = new SummaryBuilder();
  summary.heading(`tenant-isolate: ${config.tenants.length} tenant(s), mode ${mode}${isolate?.dryRun === true ? ' (dry run)' : ''}`, 2);
  if (isolate !== undefined) {
    const rows = isolate.tenants.map((t) => {
      const touched = t.objects.filter((o) => o.action !== 'unchanged');
      return [cell(t.name), cell(t.status), cell(touched.map((o) => `${o.action === 'create' ? '+' : '~'} ${o.ref.kind}/${o.ref.name}`).join(', ') || '—')];
    });
    summary.table(['Tenant', 'Result', 'Objects'], rows, { noun: 'tenants', priority: 3 });
    const deleted = isolate.pruned.filter((p) => p.deleted);
    if (isolate.pruned.length > 0) {
      summary.text(`Pruned${isolate.dryRun ? ' (dry run)' : ''}: ${deleted.map((p) => `${p.ref.kind}/${p.ref.namespace === undefined ? '' : `${p.ref.namespace}/`}${p.ref.name}`).join(', ') || 'nothing'}${isolate.pruned.length > deleted.length ? `; ${isolate.pruned.length - deleted.length} orphaned object(s) kept (prune or prune-namespaces is off)` : ''}.`, 4);
    }
  }
  if (verify !== undefined) {
    const checks: readonly CheckDefinition[] = Object.values(CHECKS);
    summary.heading(`Verification: ${verify.verdict} (${verify.reviews} access reviews, Kubernetes ${verify.serverVersion})`, 3);
    const byTenant = new Map<string, Map<string, CheckResult>>();
    for (const r of verify.results) {
      const row = byTenant.get(r.tenant) ?? new Map<string, CheckResult>();
      row.set(r.check.id, r);
      byTenant.set(r.tenant, row);
    }
    summary.table(
      ['Tenant', ...checks.map((c) => c.id)],
      config.tenants.map((t) => [cell(t.name), ...checks.map((c) => ICON[byTenant.get(t.name)?.get(c.id)?.status ?? 'fail'])]),
      { noun: 'tenants', priority: 2 },
    );
    summary.text(`${ICON.pass} pass · ${ICON.fail} fail · ${ICON['not-enforced']} ${verify.psaAvailable ? 'not enforced' : 'not enforced on this cluster version (Pod Security admission needs Kubernetes 1.23+): not counted as a pass'}`, 2);
    const benchmark = (c: CheckDefinition): string => (c.benchmark === undefined ? 'ours' : `${c.benchmark.id}, profile level ${c.benchmark.profileLevel}`);
    summary.table(['Check', 'Title', 'Benchmark', 'Proven by'], checks.map((c) => [cell(c.id), cell(c.title), cell(benchmark(c)), cell(c.method)]), { noun: 'checks', priority: 5 });
    const failures = verify.results.filter((r) => r.status === 'fail');
    if (failures.length > 0) {
      summary.table(['Tenant', 'Check', 'Problem'], failures.flatMap((r) => r.details.slice(0, 20).map((d) => [cell(r.tenant), cell(r.check.id), cell(d)])), { noun: 'problems', priority: 1 });
    }
  }
  return summary;
}

interface SarifOptions {
  toolVersion?: string;
}

/**
 * SARIF 2.1.0: one rule per check, one result per tenant and check that did not pass, located at
 * the tenant's entry in the tenants file (a logical location only, for inline tenants). The
 * matrix is folded per tenant, so 200 tenants stay far below the 25,000 results of a run.
 */
export function buildSarif(config: TenantsConfig, verify: VerifyResult, options: SarifOptions = {}): Record<string, unknown> {
  const checks: readonly CheckDefinition[] = Object.values(CHECKS);
  const lines = new Map(config.tenants.map((t) => [t.name, t.line]));
  const results = verify.results
    .filter((r) => r.status !== 'pass')
    .map((r) => {
      const line = lines.get(r.tenant);
      const location: Record<string, unknown> = { logicalLocations: [{ name: r.tenant, kind: 'namespace', fullyQualifiedName: `tenants/${r.tenant}` }] };
      if (config.file !== undefined) location['physicalLocation'] = { artifactLocation: { uri: config.file }, region: { startLine: line ?? 1 } };
      return {
        ruleId: r.check.id,
        ruleIndex: checks.findIndex((c) => c.id === r.check.id),
        level: r.status === 'fail' ? 'error' : 'note',
        kind: r.status === 'fail' ? 'fail' : 'review',
        message: { text: `Tenant ${r.tenant}: ${r.check.title}: ${r.details.slice(0, 10).join('; ')}${r.details.length > 10 ? `; … and ${r.details.length - 10} more` : ''}` },
        locations: [location],
        partialFingerprints: { tenantCheck: `${r.tenant}/${r.check.id}` },
      };
    });
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: {
        driver: {
          name: 'tenant-isolate',
          informationUri: `${BENCHMARK_REPOSITORY}/tree/master/benchmarks`,
          ...(options.toolVersion === undefined ? {} : { version: options.toolVersion }),
          rules: checks.map((c) => ({
            id: c.id,
            name: c.id.replace(/[^A-Za-z0-9]/g, ''),
            shortDescription: { text: c.title },
            fullDescription: { text: `${c.title} (proven by ${c.method}).` },
            ...(c.benchmark === undefined ? {} : { helpUri: benchmarkUrl(c.benchmark), properties: { benchmarkId: c.benchmark.id, profileLevel: c.benchmark.profileLevel } }),
            defaultConfiguration: { level: 'error' },
          })),
        },
      },
      results,
      properties: { verdict: verify.verdict, reviews: verify.reviews, serverVersion: verify.serverVersion },
    }],
  };
}
