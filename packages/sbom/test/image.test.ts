// Trivy's CycloneDX output (a real golden file from aquasecurity/trivy, read in place) as the
// source of an image SBOM: rebuilt, validated and scored like a native one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSbom, readTrivyCycloneDx } from '../src/index.ts';

const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures');
const golden = join(fixtures, 'sbom', 'trivy', 'pom-cyclonedx.json.golden');
const present = existsSync(golden);
if (!present) console.log(`Skipping the Trivy image conversion test: ${golden} is absent (set PIPELINE_FIXTURES).`);

describe.skipIf(!present)("Trivy's CycloneDX as an image source", () => {
  it('keeps the PURLs and follows the graph through PURL-less nodes', async () => {
    const source = readTrivyCycloneDx(readFileSync(golden, 'utf8'), 'registry.example.com/app:1.0');
    expect(source.components.map((c) => c.purl).sort()).toEqual(['pkg:maven/com.example/log4shell@1.0-SNAPSHOT', 'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.1']);
    expect(source.root.dependencies).toEqual(['pkg:maven/com.example/log4shell@1.0-SNAPSHOT']);
    expect(source.components.find((c) => c.name === 'com.example/log4shell')).toMatchObject({ direct: true, dependencies: ['pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.1'] });
    const sbom = await generateSbom([source], { subject: { name: 'registry.example.com/app:1.0' }, author: 'acme', tool: { name: 't', version: '1', url: 'https://x' }, formats: ['cyclonedx', 'spdx'] });
    expect(sbom.documents.map((d) => d.format)).toEqual(['cyclonedx', 'spdx']);
    expect(sbom.ntia.elements.find((e) => e.element === 'unique identifier')).toMatchObject({ covered: source.components.length, total: source.components.length });
  });
});
