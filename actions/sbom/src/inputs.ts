import { boolean, list, number, oneOf, string } from '@pipeline/core';

/** Every input sbom/action.yml declares; the metadata test checks the two agree. */
export const inputSchema = {
  path: string({ default: '.' }),
  exclude: list(),
  fallback: oneOf(['trivy', 'none'], { default: 'trivy' }),
  image: string(),
  format: list({ default: ['cyclonedx'] }),
  output: string(),
  'min-score': number({ default: 0, min: 0, max: 100 }),
  'allow-licenses': list(),
  'deny-licenses': list(),
  'unknown-license': oneOf(['fail', 'warn', 'ignore'], { default: 'warn' }),
  'license-exceptions': list({ separator: 'newline' }),
  submission: oneOf(['auto', 'required', 'off'], { default: 'auto' }),
  'matrix-key': string(),
  artifact: boolean({ default: true }),
  'artifact-name': string(),
  'release-asset': boolean({ default: true }),
  'github-token': string({ secret: true }),
  summary: boolean({ default: true }),
  'dry-run': boolean({ default: false }),
};
