import type { TestApp } from './test-app';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the app serves, read from the router itself, so that a new route cannot be forgotten. */
export function routesOf(t: TestApp): { method: string; path: string }[] {
  const express = t.app.getHttpAdapter().getInstance() as unknown as { router: { stack: Layer[] } };
  return express.router.stack
    .filter((layer) => layer.route)
    .flatMap((layer) => Object.keys(layer.route?.methods ?? {}).map((method) => ({ method: method.toUpperCase(), path: layer.route?.path ?? '' })));
}
