import { describe, expect, it } from 'vitest';
import type { KubeClient } from '@pipeline/kube';
import { createRoute, parseRouteId, ROUTE_METHODS } from '../src/routes.ts';

describe('route ids recorded on the Service', () => {
  it('reads each method, with and without a route name', () => {
    expect(parseRouteId('service')).toEqual({ method: 'service' });
    expect(parseRouteId('gateway-api/shop-route')).toEqual({ method: 'gateway-api', name: 'shop-route' });
    expect(parseRouteId('ingress-nginx/shop')).toEqual({ method: 'ingress-nginx', name: 'shop' });
    expect(parseRouteId('gateway-api/')).toEqual({ method: 'gateway-api' });
  });

  it('ignores what it does not know instead of guessing', () => {
    expect(parseRouteId(undefined)).toBeUndefined();
    expect(parseRouteId('')).toBeUndefined();
    expect(parseRouteId('istio/shop')).toBeUndefined();
  });

  it('round-trips the id of every route method', () => {
    // The service method never touches the client; the weighted ones only build their id here.
    const unused = {} as KubeClient;
    for (const method of ROUTE_METHODS) {
      const route = createRoute(unused, { namespace: 'prod', service: 'shop' }, { method, name: 'edge' });
      expect(route.method).toBe(method);
      expect(route.weighted).toBe(method !== 'service');
      expect(parseRouteId(route.id)).toEqual(method === 'service' ? { method } : { method, name: 'edge' });
    }
    expect(createRoute(unused, { namespace: 'prod', service: 'shop' }, { method: 'gateway-api' }).id).toBe('gateway-api/shop');
  });

  it('makes the service method a no-op: the stable selector alone carries traffic', async () => {
    const route = createRoute({} as KubeClient, { namespace: 'prod', service: 'shop' }, { method: 'service' });
    await expect(route.check()).resolves.toBeUndefined();
    await expect(route.shift('green', 50)).resolves.toBeUndefined();
    await expect(route.weights()).resolves.toBeUndefined();
  });
});
