/**
 * The official SPDX 2.3 JSON schema, from spdx/spdx-spec at commit b536507a3b29
 * (`schemas/spdx-schema-2-3.json`, published by the SPDX project under CC-BY-3.0 with the
 * rest of the specification). No npm package ships it, so it is vendored here. Only the
 * `description` texts were left out: they carry no validation semantics. Every type,
 * enum, `required`, `minItems` and `additionalProperties` is as published.
 */
const str = { type: 'string' } as const;
const strings = { type: 'array', items: str } as const;
const closed = (properties: Record<string, unknown>, required: string[]): Record<string, unknown> => ({ type: 'object', properties, required, additionalProperties: false });

const CHECKSUM_ALGORITHMS = ['SHA1', 'BLAKE3', 'SHA3-384', 'SHA256', 'SHA384', 'BLAKE2b-512', 'BLAKE2b-256', 'SHA3-512', 'MD2', 'ADLER32', 'MD4', 'SHA3-256', 'BLAKE2b-384', 'SHA512', 'MD6', 'MD5', 'SHA224'];
const checksum = closed({ algorithm: { type: 'string', enum: CHECKSUM_ALGORITHMS }, checksumValue: str }, ['algorithm', 'checksumValue']);
const annotations = { type: 'array', items: closed({ annotationDate: str, annotationType: { type: 'string', enum: ['OTHER', 'REVIEW'] }, annotator: str, comment: str }, ['annotationDate', 'annotationType', 'annotator', 'comment']) };
const pointer = closed({ reference: str, offset: { type: 'integer' }, lineNumber: { type: 'integer' } }, ['reference']);

const RELATIONSHIP_TYPES = [
  'VARIANT_OF', 'COPY_OF', 'PATCH_FOR', 'TEST_DEPENDENCY_OF', 'CONTAINED_BY', 'DATA_FILE_OF', 'OPTIONAL_COMPONENT_OF', 'ANCESTOR_OF', 'GENERATES', 'CONTAINS',
  'OPTIONAL_DEPENDENCY_OF', 'FILE_ADDED', 'REQUIREMENT_DESCRIPTION_FOR', 'DEV_DEPENDENCY_OF', 'DEPENDENCY_OF', 'BUILD_DEPENDENCY_OF', 'DESCRIBES', 'PREREQUISITE_FOR',
  'HAS_PREREQUISITE', 'PROVIDED_DEPENDENCY_OF', 'DYNAMIC_LINK', 'DESCRIBED_BY', 'METAFILE_OF', 'DEPENDENCY_MANIFEST_OF', 'PATCH_APPLIED', 'RUNTIME_DEPENDENCY_OF',
  'TEST_OF', 'TEST_TOOL_OF', 'DEPENDS_ON', 'SPECIFICATION_FOR', 'FILE_MODIFIED', 'DISTRIBUTION_ARTIFACT', 'AMENDS', 'DOCUMENTATION_OF', 'GENERATED_FROM', 'STATIC_LINK',
  'OTHER', 'BUILD_TOOL_OF', 'TEST_CASE_OF', 'PACKAGE_OF', 'DESCENDANT_OF', 'FILE_DELETED', 'EXPANDED_FROM_ARCHIVE', 'DEV_TOOL_OF', 'EXAMPLE_OF',
];

export const SPDX_2_3_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'http://spdx.org/rdf/terms/2.3',
  title: 'SPDX 2.3',
  type: 'object',
  properties: {
    SPDXID: str,
    annotations,
    comment: str,
    creationInfo: closed({ comment: str, created: str, creators: { minItems: 1, type: 'array', items: str }, licenseListVersion: str }, ['created', 'creators']),
    dataLicense: str,
    externalDocumentRefs: { type: 'array', items: closed({ checksum, externalDocumentId: str, spdxDocument: str }, ['checksum', 'externalDocumentId', 'spdxDocument']) },
    hasExtractedLicensingInfos: {
      type: 'array',
      items: closed(
        {
          comment: str,
          crossRefs: { type: 'array', items: closed({ isLive: { type: 'boolean' }, isValid: { type: 'boolean' }, isWayBackLink: { type: 'boolean' }, match: str, order: { type: 'integer' }, timestamp: str, url: str }, ['url']) },
          extractedText: str,
          licenseId: str,
          name: str,
          seeAlsos: strings,
        },
        ['extractedText', 'licenseId'],
      ),
    },
    name: str,
    revieweds: { type: 'array', items: closed({ comment: str, reviewDate: str, reviewer: str }, ['reviewDate']) },
    spdxVersion: str,
    documentNamespace: str,
    documentDescribes: strings,
    packages: {
      type: 'array',
      items: closed(
        {
          SPDXID: str,
          annotations,
          attributionTexts: strings,
          builtDate: str,
          checksums: { type: 'array', items: checksum },
          comment: str,
          copyrightText: str,
          description: str,
          downloadLocation: str,
          externalRefs: { type: 'array', items: closed({ comment: str, referenceCategory: { type: 'string', enum: ['OTHER', 'PERSISTENT-ID', 'SECURITY', 'PACKAGE-MANAGER'] }, referenceLocator: str, referenceType: str }, ['referenceCategory', 'referenceLocator', 'referenceType']) },
          filesAnalyzed: { type: 'boolean' },
          hasFiles: strings,
          homepage: str,
          licenseComments: str,
          licenseConcluded: str,
          licenseDeclared: str,
          licenseInfoFromFiles: strings,
          name: str,
          originator: str,
          packageFileName: str,
          packageVerificationCode: closed({ packageVerificationCodeExcludedFiles: strings, packageVerificationCodeValue: str }, ['packageVerificationCodeValue']),
          primaryPackagePurpose: { type: 'string', enum: ['OTHER', 'INSTALL', 'ARCHIVE', 'FIRMWARE', 'APPLICATION', 'FRAMEWORK', 'LIBRARY', 'CONTAINER', 'SOURCE', 'DEVICE', 'OPERATING_SYSTEM', 'FILE'] },
          releaseDate: str,
          sourceInfo: str,
          summary: str,
          supplier: str,
          validUntilDate: str,
          versionInfo: str,
        },
        ['SPDXID', 'downloadLocation', 'name'],
      ),
    },
    files: {
      type: 'array',
      items: closed(
        {
          SPDXID: str,
          annotations,
          artifactOfs: { type: 'array', items: { type: 'object' } },
          attributionTexts: strings,
          checksums: { minItems: 1, type: 'array', items: checksum },
          comment: str,
          copyrightText: str,
          fileContributors: strings,
          fileDependencies: strings,
          fileName: str,
          fileTypes: { type: 'array', items: { type: 'string', enum: ['OTHER', 'DOCUMENTATION', 'IMAGE', 'VIDEO', 'ARCHIVE', 'SPDX', 'APPLICATION', 'SOURCE', 'BINARY', 'TEXT', 'AUDIO'] } },
          licenseComments: str,
          licenseConcluded: str,
          licenseInfoInFiles: strings,
          noticeText: str,
        },
        ['SPDXID', 'checksums', 'fileName'],
      ),
    },
    snippets: {
      type: 'array',
      items: closed(
        {
          SPDXID: str,
          annotations,
          attributionTexts: strings,
          comment: str,
          copyrightText: str,
          licenseComments: str,
          licenseConcluded: str,
          licenseInfoInSnippets: strings,
          name: str,
          ranges: { minItems: 1, type: 'array', items: closed({ endPointer: pointer, startPointer: pointer }, ['endPointer', 'startPointer']) },
          snippetFromFile: str,
        },
        ['SPDXID', 'ranges', 'snippetFromFile'],
      ),
    },
    relationships: { type: 'array', items: closed({ spdxElementId: str, comment: str, relatedSpdxElement: str, relationshipType: { type: 'string', enum: RELATIONSHIP_TYPES } }, ['spdxElementId', 'relatedSpdxElement', 'relationshipType']) },
  },
  required: ['SPDXID', 'creationInfo', 'dataLicense', 'name', 'spdxVersion'],
  additionalProperties: false,
} as const;
