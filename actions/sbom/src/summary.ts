import { SummaryBuilder, cell, escapeMarkdown } from '@pipeline/core';
import type { LicenseReport, NtiaScore } from '@pipeline/sbom';

export interface SummaryFacts {
  lockfiles: { file: string; kind: string; components: number }[];
  components: number;
  runtime: number;
  development: number;
  direct: number;
  ntia: NtiaScore;
  minScore: number;
  licenses: LicenseReport;
  files: string[];
  submission?: string;
  notes: string[];
}

/** The summary as blocks: the action writes it, the root action fits it into its shared budget. */
export function buildSummary(f: SummaryFacts): SummaryBuilder {
  const s = new SummaryBuilder();
  const failed = f.licenses.verdict === 'fail' || f.ntia.score < f.minScore;
  s.heading(`SBOM ${failed ? 'failed' : 'generated'}: ${f.components} components, NTIA score ${f.ntia.score}%, licenses ${f.licenses.verdict}`, 2);
  s.table(
    ['Lockfile', 'Type', 'Components'],
    f.lockfiles.map((l) => [cell(l.file), cell(l.kind), cell(l.components)]),
    { priority: 3, noun: 'lockfiles' },
  );
  s.text(`**${f.components}** unique components (${f.direct} direct, ${f.runtime} runtime, ${f.development} development).`);
  s.heading('NTIA minimum elements', 3);
  s.table(
    ['Element', 'Covered', 'Of'],
    f.ntia.elements.map((e) => [cell(e.element), cell(e.covered), cell(e.total)]),
    { priority: 2 },
  );
  if (f.ntia.missing.length > 0) s.text(`Missing: ${f.ntia.missing.map(escapeMarkdown).join('; ')}.`);
  if (f.minScore > 0) s.text(`Required score: ${f.minScore}% — ${f.ntia.score >= f.minScore ? 'met' : '**not met**'}.`);
  s.heading('Licenses', 3);
  const rows = [...f.licenses.byLicense.entries()].sort((a, b) => b[1] - a[1]).map(([license, n]) => [cell(license), cell(n)]);
  s.table(['License', 'Components'], rows, { priority: 6, noun: 'licenses' });
  if (f.licenses.findings.length > 0) {
    s.heading('License violations', 3);
    s.table(
      ['Package', 'Version', 'License', 'Problem', 'Lockfile'],
      f.licenses.findings.map((v) => [cell(v.component.name), cell(v.component.version), cell(v.license ?? 'unknown'), cell(`${v.severity === 'error' ? '❌' : '⚠️'} ${v.problem}`), cell(v.location ? `${v.location.file}${v.location.line ? `:${v.location.line}` : ''}` : '')]),
      { priority: 1, noun: 'violations' },
    );
  }
  if (f.licenses.excepted.length > 0) {
    s.table(['Excepted package', 'License', 'Reason'], f.licenses.excepted.map((e) => [cell(e.purl), cell(e.license ?? 'unknown'), cell(e.reason)]), { priority: 4, noun: 'exceptions' });
  }
  s.text(`Files: ${f.files.map((p) => `\`${escapeMarkdown(p)}\``).join(', ')}`);
  if (f.submission) s.text(`Dependency graph: ${escapeMarkdown(f.submission)}`);
  for (const note of f.notes) s.text(`> ${escapeMarkdown(note)}`);
  return s;
}
