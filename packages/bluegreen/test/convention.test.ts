import { describe, expect, it } from 'vitest';
import { isConfigurationError } from '@pipeline/core';
import { expandTemplateList } from '../src/analysis.ts';
import { blueGreenState } from '../src/convention.ts';
import type { Service } from '../src/convention.ts';

function svc(selector: Record<string, string>, annotations: Record<string, string> = {}): Service {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'shop', annotations, resourceVersion: '7' }, spec: { selector } };
}

describe('the blue/green convention on the stable Service', () => {
  it('reads the active colour from the selector and the rest from annotations', () => {
    const state = blueGreenState(svc({ app: 'web', tier: 'front', color: 'green' }, {
      'pipeline.dev/active-color': 'green', 'pipeline.dev/previous-revision': 'abc123', 'pipeline.dev/previous-replicas': '3', 'pipeline.dev/deployment-id': '42',
    }));
    expect(state).toEqual({
      namespace: 'shop', service: 'web', colourLabel: 'color', labels: { app: 'web', tier: 'front' }, active: 'green', previous: 'blue',
      activeRevision: undefined, previousRevision: 'abc123', previousReplicas: 3, deploymentId: 42, resourceVersion: '7',
      deploymentName: 'web', progress: undefined, scaleDownAt: undefined, routeId: undefined,
    });
  });

  it('follows the selector when the annotation is stale (traffic goes where the selector says)', () => {
    const state = blueGreenState(svc({ app: 'web', colour: 'blue' }, { 'pipeline.dev/active-color': 'green' }));
    expect(state).toMatchObject({ colourLabel: 'colour', active: 'blue', previous: 'green' });
  });

  it('refuses a Service without a colour in its selector, saying what it needs', () => {
    let error: unknown;
    try {
      blueGreenState(svc({ app: 'web', color: 'purple' }));
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toBe('Service shop/web has no colour in its selector ({"app":"web","color":"purple"}); a blue/green Service selects \'color: blue\' or \'color: green\' (or \'colour\'), as bluegreen-deploy sets it.');
  });
});

describe('the metrics input', () => {
  it('takes template names, comma- or newline-separated, as a list', () => {
    expect(expandTemplateList('http-5xx-rate, latency-p95')).toBe('- http-5xx-rate\n- latency-p95');
    expect(expandTemplateList('error-rate\ncpu')).toBe('- error-rate\n- cpu');
  });

  it('passes YAML and paths through untouched', () => {
    expect(expandTemplateList('metrics.yml')).toBe('metrics.yml');
    expect(expandTemplateList('- name: x\n  query: up')).toBe('- name: x\n  query: up');
    expect(expandTemplateList('http-5xx-rate, my-own')).toBe('http-5xx-rate, my-own');
  });
});
