/**
 * Builds the package if needed, bundles the page's two non-browser modules, and serves the
 * repository on 127.0.0.1 for the whole browser suite. Without Chromium it prints the one line
 * saying how to get it and does nothing else (the suites are skipped; under CI=true they fail).
 */
import type { TestProject } from 'vitest/node';
import { prepare, serve } from '../../../examples/browser/serve.mjs';
import { CHROMIUM_MISSING, findChromium, IN_CI } from './chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (findChromium() === undefined) {
    console.warn(`[browser suite] ${IN_CI ? 'FAILS (CI=true)' : 'skipped'}: ${CHROMIUM_MISSING}`);
    project.provide('origin', '');
    return async () => undefined;
  }
  await prepare({ log: (m) => console.log(`[browser suite] ${m}`) });
  const server = await serve();
  project.provide('origin', server.origin);
  return () => server.close();
}
