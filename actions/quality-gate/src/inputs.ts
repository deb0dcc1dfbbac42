import { boolean, list, number, oneOf, string } from '@pipeline/core';

/** Every input quality-gate/action.yml declares; the metadata test checks the two agree. */
export const inputSchema = {
  reports: list({ required: true }),
  policy: string(),
  'if-no-files': oneOf(['error', 'warn', 'ignore'], { default: 'error' }),
  'github-token': string({ secret: true }),
  'check-name': string({ default: 'quality-gate' }),
  comment: oneOf(['auto', 'always', 'off'], { default: 'auto' }),
  summary: boolean({ default: true }),
  baseline: oneOf(['auto', 'off'], { default: 'auto' }),
  'baseline-path': string(),
  'base-ref': string(),
  'new-code-min-lines': number({ default: 5, integer: true, min: 0 }),
  'max-annotations': number({ default: 500, integer: true, min: 0, max: 10_000 }),
  'max-report-size': number({ default: 512, min: 1, max: 8192 }),
  'results-path': string(),
  fail: boolean({ default: true }),
  'working-directory': string({ default: '.' }),
};
