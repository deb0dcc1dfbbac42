import { boolean, duration, oneOf, string } from '@pipeline/core';

/** Every input tenant-isolate/action.yml declares; the metadata test checks the two agree. */
export const inputSchema = {
  tenants: string({ required: true }),
  kubeconfig: string({ secret: true }),
  context: string(),
  mode: oneOf(['apply', 'plan', 'render'], { default: 'apply' }),
  'render-dir': string({ default: 'tenants-rendered' }),
  prune: boolean({ default: false }),
  'prune-namespaces': boolean({ default: false }),
  verify: boolean({ default: true }),
  summary: boolean({ default: true }),
  'dry-run': boolean({ default: false }),
  'sarif-path': string(),
  'deployer-kubeconfig-for': string({ pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, expect: 'the name of a tenant in the tenants file' }),
  'deployer-token-expiration': duration({ default: '1h', min: '10m', max: '24h' }),
};
