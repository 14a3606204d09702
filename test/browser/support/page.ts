/**
 * Drives the live example page (examples/browser/) in real Chromium: one browser per device
 * profile, the page opened for one SDK, scenarios run by pressing their buttons.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { root } from '../../../examples/browser/serve.mjs';
import { CHROMIUM_MISSING, findChromium, IN_CI, launch, requireChromium, type DeviceProfile } from './chromium.js';

/** An RtcError as the page describes it (examples/browser/app.js `describeError`). */
export interface ErrorInfo {
  readonly notRtcError?: true;
  readonly name: string;
  readonly code: string;
  readonly category: string;
  readonly severity: 'fatal' | 'recoverable';
  readonly retryable: boolean;
  readonly strategy: string;
  readonly vendor: string;
  readonly vendorCode?: string | number;
  readonly vendorName?: string;
  readonly kind: 'error' | 'warning';
  readonly operation?: string;
  readonly message: string;
  readonly detail?: string;
  readonly action: string;
  readonly context: Record<string, string | number | boolean>;
  readonly zh: { message: string; action: string; locale: string };
  readonly cause: CauseInfo;
}

/** The original value kept as `cause`, read in the page. */
export interface CauseInfo {
  readonly type: string;
  readonly value?: unknown;
  readonly constructor?: string;
  readonly isError?: boolean;
  readonly name?: string;
  readonly code?: string | number;
  readonly message?: string;
  readonly own?: Record<string, unknown>;
}

export interface RecordedEvent {
  readonly event: 'error' | 'fatal' | 'recoverable' | 'recovered' | 'retry' | 'giveup';
  readonly error?: ErrorInfo;
  readonly attempt?: number;
  readonly delayMs?: number;
  readonly attempts?: number;
  readonly operation?: string;
  readonly recovered?: { code: string; vendorCode?: string | number; detail?: string; cause: CauseInfo };
}

export interface Outcome {
  readonly call: string;
  readonly status: 'resolved' | 'rejected' | 'threw' | 'returned' | 'onFailure';
  readonly error?: ErrorInfo;
  readonly value?: unknown;
}

export interface ListenerCount {
  readonly target: string;
  readonly before: number;
  readonly during: number;
  readonly after?: number;
}

/** What one scenario run recorded. */
export interface ScenarioRecord {
  readonly scenario: string;
  readonly events: readonly RecordedEvent[];
  readonly outcomes: readonly Outcome[];
  readonly listeners: readonly ListenerCount[];
  readonly notes: Record<string, unknown>;
  readonly ms: number;
}

const chromiumPath = findChromium();

/**
 * `describe` for a browser suite; every browser test file wraps its tests in it. Without Chromium:
 * under `CI=true` the suite fails (one test saying why); elsewhere it is skipped, and the global
 * setup (support/global-setup.ts) prints the one line saying how to get Chromium.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (chromiumPath) {
    describe(name, body);
    return;
  }
  if (IN_CI) {
    describe(name, () => {
      it('needs Chromium', () => {
        expect.fail(CHROMIUM_MISSING);
      });
    });
    return;
  }
  describe.skip(`${name} (skipped: Chromium not found)`, body);
}

/** The Chromium to launch, inside a {@link describeBrowser} body (where it is known to exist). */
export function chromium(): string {
  return chromiumPath ?? requireChromium();
}

/** An open example page for one SDK and device profile. */
export interface ExamplePage {
  readonly page: Page;
  /** Exceptions the page did not catch, with their stacks. */
  readonly pageErrors: string[];
  /** Presses a scenario's button and resolves to what it recorded. */
  run(id: string): Promise<ScenarioRecord>;
}

/**
 * Opens the example page for `sdk` in one browser per device profile (launched in parallel,
 * closed after the suite). Call inside `describeBrowser`.
 */
export function useExamplePage(
  sdk: 'agora-ng' | 'agora-web' | 'aliyun' | 'trtc' | 'trtc-v4',
  profiles: readonly DeviceProfile[],
): (profile: DeviceProfile) => ExamplePage {
  const browsers: Browser[] = [];
  const pages = new Map<DeviceProfile, ExamplePage>();
  beforeAll(async () => {
    const origin = inject('origin');
    await Promise.all(
      profiles.map(async (profile) => {
        const browser = await launch(chromium(), profile);
        browsers.push(browser);
        pages.set(profile, await openExample(browser, origin, sdk));
      }),
    );
  }, 60_000);
  afterAll(async () => {
    try {
      // What the page shows after the suite's runs, to look at: test-results/ (git-ignored).
      const dir = join(root, 'test-results');
      mkdirSync(dir, { recursive: true });
      await Promise.all(
        [...pages].map(([profile, p]) =>
          p.page.screenshot({ path: join(dir, `example-page-${sdk}-${profile}.png`), fullPage: true }),
        ),
      );
    } finally {
      await Promise.all(browsers.map((b) => b.close()));
    }
  });
  return (profile) => {
    const page = pages.get(profile);
    if (!page) throw new Error(`no page for the ${profile} profile`);
    return page;
  };
}

/** Opens the example page for `sdk` in a new context of `browser` and waits until it is ready. */
export async function openExample(browser: Browser, origin: string, sdk: string, lang = 'en'): Promise<ExamplePage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? String(error)));
  await page.goto(`${origin}/examples/browser/?sdk=${sdk}&lang=${lang}`);
  await page.evaluate(() => (window as unknown as { rtcDemo: { ready: Promise<unknown> } }).rtcDemo.ready);
  return {
    page,
    pageErrors,
    run: (id) =>
      page.evaluate(
        (scenario) =>
          (window as unknown as { rtcDemo: { run(id: string): Promise<ScenarioRecord> } }).rtcDemo.run(scenario),
        id,
      ),
  };
}

/** The outcome of `call` in a record (exactly one). */
export function outcomeOf(record: ScenarioRecord, call: string): Outcome {
  const found = record.outcomes.filter((o) => o.call === call);
  expect(found, `outcomes of ${call} in ${record.scenario}`).toHaveLength(1);
  return found[0] as Outcome;
}

/** The error a failed call ended with. */
export function failureOf(record: ScenarioRecord, call: string, status: Outcome['status']): ErrorInfo {
  const outcome = outcomeOf(record, call);
  expect(outcome.status, `${call} in ${record.scenario}`).toBe(status);
  expect(outcome.error?.notRtcError, 'the failure is an RtcError').toBeUndefined();
  return outcome.error as ErrorInfo;
}

/** The events of one type in a record. */
export function eventsOf(record: ScenarioRecord, event: RecordedEvent['event']): RecordedEvent[] {
  return record.events.filter((e) => e.event === event);
}

/**
 * The SDK's listener counts are the same before `wrapClient` and after `dispose()`, for the client
 * and every attached object; on the client, wrapping did add listeners (so the check means something).
 */
export function expectListenersRestored(record: ScenarioRecord): void {
  expect(record.listeners.length).toBeGreaterThan(0);
  for (const l of record.listeners) {
    expect(l.after, `${l.target} listeners after dispose (${record.scenario})`).toBe(l.before);
    if (l.target === 'client') expect(l.during).toBeGreaterThan(l.before);
  }
}

/** The failure was reported exactly once, as `error` and `fatal`, and is the error the call ended with. */
export function expectReportedOnceAsFatal(record: ScenarioRecord, error: ErrorInfo): void {
  expect(eventsOf(record, 'error').map((e) => e.error)).toEqual([error]);
  expect(eventsOf(record, 'fatal').map((e) => e.error)).toEqual([error]);
  expect(eventsOf(record, 'recoverable')).toEqual([]);
  expect(eventsOf(record, 'retry')).toEqual([]);
}

/** No uncaught exception came from our package or the example page's own code. */
export function expectNoOwnPageErrors(page: ExamplePage): void {
  const ours = page.pageErrors.filter((stack) => /\/dist\/|\/examples\/browser\//.test(stack));
  expect(ours).toEqual([]);
}

/**
 * Runs a scenario with every request to another origin than the page's left hanging (never
 * answered, never failed): the network cut the way a dead Wi-Fi cuts it, where the SDK's own
 * requests wait instead of failing at once. WebSockets are not touched.
 */
export async function runWithNetworkHanging(p: ExamplePage, id: string): Promise<ScenarioRecord> {
  const origin = new URL(p.page.url()).origin;
  const held: { abort(): Promise<void> }[] = [];
  const outside = (url: URL): boolean => url.origin !== origin;
  const hang = (route: { abort(): Promise<void> }): void => {
    held.push(route);
  };
  await p.page.route(outside, hang);
  try {
    return await p.run(id);
  } finally {
    await p.page.unroute(outside, hang);
    await Promise.all(held.map((route) => route.abort().catch(() => undefined)));
  }
}
