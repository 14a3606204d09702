/**
 * Builds the package if needed, bundles the page's two non-browser modules, and serves the
 * repository on 127.0.0.1 for the whole browser suite.
 */
import type { TestProject } from 'vitest/node';
import { prepare, serve } from '../../../examples/browser/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await prepare({ log: (m) => console.log(`[browser suite] ${m}`) });
  const server = await serve();
  project.provide('origin', server.origin);
  return () => server.close();
}
