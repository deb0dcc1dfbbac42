// The root action's one input set: in step with action.yml, and split into exactly what each
// action would have parsed from the same settings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { inputVariable, parseInputs } from '@pipeline/core';
import { inputSchema as qualityGateSchema } from '@pipeline/quality-gate-action/inputs';
import { inputSchema as sbomSchema } from '@pipeline/sbom-action/inputs';
import { inputSchema as trivySchema } from '@pipeline/trivy-scan-action/inputs';
import { inputSchema } from '../src/inputs.ts';
import { planStages } from '../src/stages.ts';

const root = join(import.meta.dirname, '..', '..', '..');

interface Metadata {
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}
const metadata = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')) as Metadata;

function env(inputs: Record<string, string>): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value]));
}

const gate = (inputs: Record<string, string> = {}): ReturnType<typeof planStages> => planStages(parseInputs(inputSchema, { env: env(inputs) }));

describe('action.yml', () => {
  it('declares exactly the inputs the schema reads, each described', () => {
    expect(Object.keys(metadata.inputs).sort()).toEqual(Object.keys(inputSchema).sort());
    for (const [name, spec] of Object.entries(metadata.inputs)) expect(spec.description, name).toBeTruthy();
    for (const [name, spec] of Object.entries(metadata.outputs)) expect(spec.description, name).toBeTruthy();
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/ci-gate/index.js' });
  });

  it('has defaults that parse to the schema\'s own defaults, so the runner and the code agree', () => {
    const declared = Object.fromEntries(Object.entries(metadata.inputs).flatMap(([name, spec]) => (spec.default === undefined || spec.default.includes('${{') ? [] : [[name, String(spec.default)]])));
    expect(parseInputs(inputSchema, { env: env(declared) })).toEqual(parseInputs(inputSchema, { env: {} }));
  });

  it('shares a name between actions only where the actions share it, and keeps their names otherwise', () => {
    const fromActions = new Set([...Object.keys(qualityGateSchema), ...Object.keys(trivySchema), ...Object.keys(sbomSchema)]);
    const own = Object.keys(inputSchema).filter((name) => !fromActions.has(name));
    // `stages` is the gate's own; `sbom-format` is sbom's `format`, which clashes with trivy-scan's.
    expect(own.sort()).toEqual(['sbom-format', 'stages']);
  });
});

describe('planStages', () => {
  it('gives each action what it would have parsed itself from the same settings', () => {
    const shared = { 'github-token': 'ghs_x', comment: 'always', baseline: 'off', 'dry-run': 'true' };
    const settings = {
      ...shared,
      reports: 'junit.xml\nlcov.info',
      policy: '- tests.failed == 0',
      'check-name': 'gate',
      'scan-type': 'config',
      target: 'deploy',
      'fail-on': 'critical',
      'sla-days': 'critical: 7',
      path: 'services',
      'min-score': '60',
      'deny-licenses': 'GPL-3.0-only',
    };
    const plan = gate({ ...settings, 'sbom-format': 'cyclonedx,spdx' });
    expect(plan.skip).toEqual({});
    expect(plan.qualityGate).toEqual(parseInputs(qualityGateSchema, { env: env(settings) }));
    expect(plan.trivyScan).toEqual(parseInputs(trivySchema, { env: env(settings) }));
    expect(plan.sbom).toEqual(parseInputs(sbomSchema, { env: env({ ...settings, format: 'cyclonedx,spdx' }) }));
  });

  it('skips quality-gate without reports, scans the workspace and reads its lockfiles by default', () => {
    const plan = gate();
    expect(plan.skip).toEqual({ 'quality-gate': "no 'reports' given" });
    expect([plan.trivyScan.scanType, plan.trivyScan.target]).toEqual(['fs', '.']);
    expect([plan.sbom.image, plan.sbom.path, plan.sbom.format]).toEqual([undefined, '.', ['cyclonedx']]);
    // trivy-scan's own SBOM output would duplicate the sbom stage's.
    expect(plan.trivyScan.format).toEqual([]);
  });

  it('scans and describes the image when one is named, unless scan-type says otherwise', () => {
    const image = 'ghcr.io/org/app:1.2.3';
    const plan = gate({ image });
    expect([plan.trivyScan.scanType, plan.trivyScan.target, plan.sbom.image]).toEqual(['image', image, image]);
    expect(plan.renamed['trivy-scan']).toEqual({ target: 'image' });
    const fs = gate({ image, 'scan-type': 'fs' });
    expect([fs.trivyScan.scanType, fs.trivyScan.target, fs.sbom.image]).toEqual(['fs', '.', image]);
  });

  it('runs only the stages named, in the gate\'s order', () => {
    expect(gate({ stages: 'sbom, quality-gate', reports: 'x.xml' }).skip).toEqual({ 'trivy-scan': "not in 'stages'" });
    expect(gate({ stages: 'SBOM' }).skip).toEqual({ 'quality-gate': "not in 'stages'", 'trivy-scan': "not in 'stages'" });
  });

  it.each([
    ['an unknown stage', { stages: 'quality-gate, lint' }, /Input 'stages' names an unknown stage 'lint': use any of quality-gate, trivy-scan, sbom/],
    ['a malformed image', { image: 'Ghcr.io/Org/App:latest!' }, /^Input 'image': 'Ghcr.io\/Org\/App:latest!' is not a valid image reference/],
    ['an image scan without an image', { 'scan-type': 'image' }, /Input 'scan-type' is 'image' but no image is named: set 'image'/],
    ['a bad shared input', { comment: 'sometimes' }, /Input 'comment' has an invalid value 'sometimes'/],
  ])('refuses %s before any stage runs', (_, inputs: Record<string, string>, pattern) => {
    expect(() => gate(inputs)).toThrow(pattern);
  });
});
