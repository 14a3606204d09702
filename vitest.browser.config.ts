import { defineConfig } from 'vitest/config';

/**
 * The browser suite (`npm run test:browser`): real SDKs in headless Chromium, driven from Node by
 * playwright-core. Files run in parallel (each launches its own browsers); tests inside a file run
 * in order, since a page runs one scenario at a time.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    globalSetup: ['test/browser/support/global-setup.ts'],
    testTimeout: 45_000,
    hookTimeout: 90_000,
    maxWorkers: 2,
  },
});
