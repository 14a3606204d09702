/**
 * The live example page itself: the event table, the language switch, the SDK selector, and a
 * screenshot in test-results/ (git-ignored) to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { root } from '../../examples/browser/serve.mjs';
import { launch } from './support/chromium.js';
import {
  chromium,
  describeBrowser,
  failureOf,
  openExample,
  type ExamplePage,
  type ScenarioRecord,
} from './support/page.js';

const shots = join(root, 'test-results');

describeBrowser('the example page', () => {
  let browser: Browser;
  let demo: ExamplePage;
  let publish: ScenarioRecord;
  let joined: ScenarioRecord;

  beforeAll(async () => {
    browser = await launch(chromium(), 'fake-devices');
    demo = await openExample(browser, inject('origin'), 'agora-ng');
    // pressed the way a user would: clicking the buttons
    await demo.page.click('button[data-scenario="publish-before-join"]');
    await demo.page.click('button[data-scenario="join-offline"]');
    [publish, joined] = await demo.page.evaluate(() => {
      const results = (window as unknown as { rtcDemo: { results: Record<string, Promise<ScenarioRecord>> } }).rtcDemo
        .results;
      return Promise.all([results['publish-before-join'], results['join-offline']]) as Promise<
        [ScenarioRecord, ScenarioRecord]
      >;
    });
    mkdirSync(shots, { recursive: true });
  }, 60_000);
  afterAll(() => browser?.close());

  const rows = (event: string) =>
    demo.page.$$eval(`#events tbody tr[data-event="${event}"]`, (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );

  it('shows each reported event in the table: event, severity, unified code, vendor code, message, action, retry', async () => {
    const e = failureOf(publish, 'publish', 'rejected');
    const [fatal] = await rows('fatal');
    expect(fatal?.slice(1, 7)).toEqual(['fatal', 'fatal', e.code, 'INVALID_OPERATION', e.message, e.action]);
    expect(fatal?.[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3}$/);

    const retries = await rows('retry');
    const recorded = joined.events.filter((x) => x.event === 'retry');
    expect(retries).toHaveLength(recorded.length);
    retries.forEach((cells, i) => {
      const error = recorded[i]?.error;
      expect(cells.slice(1, 5)).toEqual(['retry', 'recoverable', error?.code, error?.vendorCode]);
      expect(error?.category).toBe('network');
      expect(cells[7]).toBe(`attempt ${recorded[i]?.attempt}, next in ${recorded[i]?.delayMs} ms`);
    });
    const giveups = await rows('giveup');
    expect(giveups).toHaveLength(1);
    expect(giveups[0]?.[7]).toBe('3 attempts');
    // the calls' outcomes are rows too
    expect(await rows('join: rejected')).toHaveLength(1);
    await demo.page.screenshot({ path: join(shots, 'example-page-agora-ng-en.png'), fullPage: true });
  });

  it('switches every row and heading to Chinese (localize with the agora-ng and unified packs)', async () => {
    const e = failureOf(publish, 'publish', 'rejected');
    await demo.page.click('button[data-lang="zh"]');
    expect(await demo.page.textContent('#events thead')).toContain('统一错误码');
    const [fatal] = await rows('fatal');
    expect(e.zh.locale).toBe('zh');
    expect(e.zh.message).not.toBe(e.message);
    expect(e.zh.message).toMatch(/[\u4e00-\u9fff]/);
    expect(fatal?.slice(5, 7)).toEqual([e.zh.message, e.zh.action]);
    const giveup = failureOf(joined, 'join', 'rejected');
    expect((await rows('giveup'))[0]?.slice(5, 8)).toEqual([giveup.zh.message, giveup.zh.action, '共 3 次']);
    expect(await demo.page.getAttribute('button[data-lang="zh"]', 'aria-pressed')).toBe('true');
    await demo.page.screenshot({ path: join(shots, 'example-page-agora-ng-zh.png'), fullPage: true });
    await demo.page.click('button[data-lang="en"]');
    expect((await rows('fatal'))[0]?.[5]).toBe(e.message);
  });

  it('the SDK selector reloads the page with another SDK and its scenarios', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('origin')}/examples/browser/?sdk=agora-ng`);
    await page.evaluate(() => (window as unknown as { rtcDemo: { ready: Promise<unknown> } }).rtcDemo.ready);
    await Promise.all([page.waitForURL(/sdk=aliyun/), page.selectOption('#sdk', 'aliyun')]);
    await page.evaluate(() => (window as unknown as { rtcDemo: { ready: Promise<unknown> } }).rtcDemo.ready);
    expect(await page.textContent('#status')).toMatch(/Alibaba Cloud RTC \(aliyun-rtc-sdk\) 7\.3\.3/);
    expect(await page.$$eval('#scenarios button', (bs) => bs.map((b) => b.getAttribute('data-scenario')))).toContain(
      'join-offline',
    );
    await page.close();
  });
});
