import { boolean, duration, list, string } from '@pipeline/core';
import type { Inputs } from '@pipeline/core';

/** Every input delivery-report/action.yml declares; the metadata test checks the two agree. */
export const inputSchema = {
  'github-token': string({ required: true, secret: true }),
  repository: string({ pattern: /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, expect: "'owner/name', such as acme/shop" }),
  environments: list({ default: ['production'] }),
  services: list(),
  window: duration({ default: '30d', min: '1d', max: '366d' }),
  // A URL may carry credentials (https://user:password@host), so the whole value is masked.
  'pushgateway-url': string({ secret: true, pattern: /^https?:\/\/[^\s/]+/, expect: 'an http(s) URL such as http://pushgateway:9091' }),
  'pushgateway-job': string({ default: 'pipeline_delivery' }),
  summary: boolean({ default: true }),
};

export type DeliveryInputs = Inputs<typeof inputSchema>;
