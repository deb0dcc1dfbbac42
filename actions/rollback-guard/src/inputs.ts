import { boolean, duration, list, number, oneOf, string } from '@pipeline/core';
import { analysisSchema } from '@pipeline/bluegreen';

/**
 * Every input rollback-guard/action.yml declares; the metadata test checks the two agree. The
 * analysis inputs are shared with bluegreen-deploy's `analysis`, so one configuration serves both.
 */
export const inputSchema = {
  ...analysisSchema,
  baseline: oneOf(['previous-color', 'fixed'], { default: 'previous-color' }),
  'on-breach': oneOf(['rollback', 'report'], { default: 'rollback' }),
  kubeconfig: string({ secret: true }),
  context: string(),
  namespace: string({ required: true }),
  service: string({ required: true }),
  'github-token': string({ secret: true }),
  'deployment-id': number({ integer: true, min: 1 }),
  environment: string(),
  'incident-issue': boolean({ default: true }),
  'incident-labels': list({ default: ['incident', 'rollback'] }),
  'notify-webhook': string({ secret: true }),
  'notify-on': oneOf(['breach', 'not-pass', 'always'], { default: 'not-pass' }),
  summary: boolean({ default: true }),
  'analysis-path': string(),
  'dry-run': boolean({ default: false }),
  timeout: duration({ default: '5m', min: '1s', max: '2h' }),
};
