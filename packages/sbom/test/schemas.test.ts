// Real SBOMs from ../shared/fixtures/sbom (read in place) through the official schemas.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { describe, expect, it } from 'vitest';
import { generateSbom, readLockfile, validateCycloneDx, validateSpdx } from '../src/index.ts';
import { libraryValidator, validateWithLibrary } from '../src/library-validation.ts';

const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures');
const sboms = join(fixtures, 'sbom');
const present = existsSync(sboms);
if (!present) console.log(`Skipping SBOM schema conformance: ${sboms} is absent (set PIPELINE_FIXTURES to the shared fixtures folder).`);
const text = (path: string): string => readFileSync(join(sboms, path), 'utf8');

const CYCLONEDX = [
  'bom-examples/cbom-protocol.bom.json',
  'bom-examples/dropwizard-1.3.15.bom.json',
  'bom-examples/hbom-pcie-sata.bom.json',
  'bom-examples/juice-shop-v11.1.2.bom.json',
  'bom-examples/laravel-7.12.0.bom.1.2.json',
  'bom-examples/laravel-7.12.0.bom.1.3.json',
  'bom-examples/laravel-7.12.0.bom.1.4.json',
  'bom-examples/vex.json',
  'trivy/pom-cyclonedx.json.golden',
];
const SPDX = ['trivy/conda-spdx.json.golden', 'trivy/julia-spdx.json.golden'];

describe.skipIf(!present)('real SBOMs against the official schemas', () => {
  it.each(CYCLONEDX)('%s is valid CycloneDX for its specVersion', async (path) => {
    expect(await validateCycloneDx(text(path), libraryValidator)).toEqual({ valid: true, errors: [] });
  });

  it('checks 1.6 without the library, and says so instead of guessing for other versions', async () => {
    const v16 = text('bom-examples/cbom-protocol.bom.json');
    const v14 = text('bom-examples/laravel-7.12.0.bom.1.4.json');
    expect(await validateCycloneDx(v16)).toEqual({ valid: true, errors: [] });
    const unchecked = await validateCycloneDx(v14);
    expect(unchecked.valid).toBe(false);
    expect(unchecked.errors).toEqual([expect.stringMatching(/^CycloneDX 1\.4 was not checked: only 1\.6/)]);
  });

  it.each(SPDX)('%s is valid SPDX 2.3', (path) => {
    expect(validateSpdx(text(path))).toEqual({ valid: true, errors: [] });
  });

  it('rejects broken CycloneDX with the schema message, as the library validator does', async () => {
    const doc = JSON.parse(text('bom-examples/cbom-protocol.bom.json')) as { components: { type: string }[] };
    const first = doc.components[0];
    if (first) first.type = 'spaceship';
    const broken = JSON.stringify(doc);
    const ours = await validateCycloneDx(broken);
    expect(ours.valid).toBe(false);
    expect(ours.errors.join('\n')).toMatch(/\/components\/0\/type must be equal to one of the allowed values/);
    const library = await validateWithLibrary(broken, Spec.Version.v1dot6);
    expect(library.valid).toBe(false);
    expect(library.errors).toEqual(ours.errors);
    expect(await validateWithLibrary(text('bom-examples/cbom-protocol.bom.json'), Spec.Version.v1dot6)).toEqual({ valid: true, errors: [] });
  });

  it('finds duplicate items exactly as the library validator does, in linear time', async () => {
    const doc = JSON.parse(text('bom-examples/cbom-protocol.bom.json')) as { components: Record<string, unknown>[] };
    // The same object with its keys in another order is still a duplicate.
    const first = doc.components[0] ?? {};
    doc.components.push(Object.fromEntries(Object.entries(first).reverse()));
    const broken = JSON.stringify(doc);
    const ours = await validateCycloneDx(broken);
    expect(ours.valid).toBe(false);
    expect(ours.errors).toEqual((await validateWithLibrary(broken, Spec.Version.v1dot6)).errors);
    expect(ours.errors.join('\n')).toMatch(/\/components must NOT have duplicate items \(items ## 0 and \d+ are identical\)/);
  });

  it('reports a repeated ref in a list of strings as the library does (ajv walks those from the end)', async () => {
    const doc = JSON.parse(text('bom-examples/cbom-protocol.bom.json')) as Record<string, unknown>;
    doc['compositions'] = [{ aggregate: 'complete', dependencies: ['a', 'b', 'a', 'c', 'b'] }];
    const broken = JSON.stringify(doc);
    const ours = await validateCycloneDx(broken);
    expect(ours.valid).toBe(false);
    expect(ours.errors).toEqual((await validateWithLibrary(broken, Spec.Version.v1dot6)).errors);
    expect(ours.errors).toEqual(['/compositions/0/dependencies must NOT have duplicate items (items ## 4 and 1 are identical)']);
  });

  it('reports the same first problem as the library when a document has several', async () => {
    const doc = JSON.parse(text('bom-examples/cbom-protocol.bom.json')) as { components: Record<string, unknown>[] };
    const first = doc.components[0] ?? {};
    doc.components.push({ ...first }, { ...first, type: 'spaceship' });
    const broken = JSON.stringify(doc);
    const ours = await validateCycloneDx(broken);
    expect(ours.valid).toBe(false);
    expect(ours.errors).toEqual((await validateWithLibrary(broken, Spec.Version.v1dot6)).errors);
  });

  it('rejects a CycloneDX 1.4 document with a property the schema does not define', async () => {
    const doc = JSON.parse(text('bom-examples/laravel-7.12.0.bom.1.4.json')) as Record<string, unknown>;
    doc['madeUp'] = true;
    const verdict = await validateCycloneDx(JSON.stringify(doc), libraryValidator);
    expect(verdict.valid).toBe(false);
    expect(verdict.errors.join('\n')).toMatch(/must NOT have additional properties/);
  });

  it('rejects broken SPDX with the schema message', () => {
    const doc = JSON.parse(text('trivy/conda-spdx.json.golden')) as { packages: Record<string, unknown>[]; creationInfo?: unknown };
    delete doc.creationInfo;
    const first = doc.packages[0];
    if (first) delete first['downloadLocation'];
    const verdict = validateSpdx(JSON.stringify(doc));
    expect(verdict.valid).toBe(false);
    expect(verdict.errors).toEqual(expect.arrayContaining(["/ must have required property 'creationInfo'", "/packages/0 must have required property 'downloadLocation'"]));
  });
});

describe('our own documents', () => {
  it('are valid CycloneDX 1.6 (checked by the library validator too) and SPDX 2.3', async () => {
    const root = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'lockfiles');
    const lock = await readLockfile(root, join(root, 'npm-v3', 'package-lock.json'));
    const tool = { name: 't', version: '1', url: 'https://example.com/t' };
    const sbom = await generateSbom([lock], { subject: { name: 'owner/repo', version: 'abc' }, author: 'owner', tool, formats: ['cyclonedx', 'spdx'] });
    const cdx = sbom.documents.find((d) => d.format === 'cyclonedx')?.json ?? '';
    expect(await validateWithLibrary(cdx, Spec.Version.v1dot6)).toEqual({ valid: true, errors: [] });
    type Parsed = { specVersion: string; components: { purl: string; scope: string }[]; metadata: { component: { components: { name: string }[] } } };
    const parsed = JSON.parse(cdx) as Parsed;
    expect(parsed.specVersion).toBe('1.6');
    expect(parsed.metadata.component.components.map((c) => c.name).sort()).toEqual(['@sample/app', 'sample-npm-v3']);
    expect(parsed.components.find((c) => c.purl === 'pkg:npm/is-number@7.0.0')?.scope).toBe('optional');
    const spdx = JSON.parse(sbom.documents.find((d) => d.format === 'spdx')?.json ?? '{}') as { relationships: { relationshipType: string }[] };
    expect(spdx.relationships.map((r) => r.relationshipType)).toEqual(expect.arrayContaining(['DESCRIBES', 'CONTAINS', 'DEPENDS_ON', 'DEV_DEPENDENCY_OF']));
  });
});
