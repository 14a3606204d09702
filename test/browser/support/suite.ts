/**
 * The setup every SDK's browser suite shares: its example page opened under the three device
 * profiles, the two capture scenarios with the SDK call each makes, the check that capture works
 * with fake devices, and the closing check that nothing of ours threw uncaught.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, type DeviceProfile } from './chromium.js';
import {
  chromium,
  expectListenersRestored,
  expectNoOwnPageErrors,
  openExample,
  outcomeOf,
  useExamplePage,
  type ExamplePage,
} from './page.js';

type Sdk = Parameters<typeof useExamplePage>[0];

/** The device profiles every SDK suite runs under. */
export const SUITE_PROFILES: readonly DeviceProfile[] = ['fake-devices', 'permission-denied', 'no-devices'];

/** An example-page capture scenario and the SDK call it makes. */
export type Capture = readonly [scenario: 'microphone' | 'camera', call: string];

/** The example page's two capture scenarios, named by the SDK call each makes. */
export function captures(microphoneCall: string, cameraCall: string): readonly Capture[] {
  return [
    ['microphone', microphoneCall],
    ['camera', cameraCall],
  ];
}

/** {@link useExamplePage} under {@link SUITE_PROFILES}. Call inside `describeBrowser`. */
export function useSuitePages(sdk: Sdk): (profile: DeviceProfile) => ExamplePage {
  return useExamplePage(sdk, SUITE_PROFILES);
}

/**
 * Registers the test that each capture resolves with fake devices, reports nothing and leaves the
 * SDK's listeners as it found them: the failures under the other profiles come from the profile.
 */
export function itCapturesWithFakeDevices(
  page: (profile: DeviceProfile) => ExamplePage,
  calls: readonly Capture[],
): void {
  it('the capture scenarios succeed with fake devices (the failures come from the profile)', async () => {
    for (const [scenario, call] of calls) {
      const r = await page('fake-devices').run(scenario);
      expect(outcomeOf(r, call).status).toBe('resolved');
      expect(r.events).toEqual([]);
      expectListenersRestored(r);
    }
  });
}

/** Registers the closing test: no uncaught exception came from rtc-errors or the page, under any profile. */
export function itLeavesNoOwnPageErrors(page: (profile: DeviceProfile) => ExamplePage): void {
  it('no uncaught exception came from rtc-errors or the example page', () => {
    for (const profile of SUITE_PROFILES) expectNoOwnPageErrors(page(profile));
  });
}

/**
 * Opens the example page for `sdk` over plain http on a host that is not localhost (`insecure.test`
 * mapped to 127.0.0.1), with fake devices: a page that is not a secure context. Call inside
 * `describeBrowser`.
 */
export function useInsecureExamplePage(sdk: Sdk): () => ExamplePage {
  let browser: Browser | undefined;
  let page: ExamplePage | undefined;
  beforeAll(async () => {
    browser = await launch(chromium(), 'fake-devices', ['--host-resolver-rules=MAP insecure.test 127.0.0.1']);
    page = await openExample(browser, inject('origin').replace('127.0.0.1', 'insecure.test'), sdk);
  }, 60_000);
  afterAll(async () => browser?.close());
  return () => {
    if (!page) throw new Error('the insecure example page is not open');
    return page;
  };
}
