#!/usr/bin/env node
/**
 * Captures the browser console of the real web SDKs failing, in headless Chromium, at each SDK's most
 * verbose log level, and writes the corpus `fixtures/logs/<vendor>-console-<profile>.log` with a
 * sidecar `<same>.capture.json` (SDK version, Chromium version and flags, which scenario printed
 * which lines, and the console level of every line).
 *
 *   npx tsx scripts/capture/console.mjs [--sdk agora-ng,agora-web,aliyun] [--profile fake-devices,...] [--dry]
 *
 * The scenarios are the value capture's and the example page's (examples/browser/scenarios/<sdk>.js),
 * run by `console/harness.js`. No network:
 * pages come from 127.0.0.1 (its port is written as PORT), every SDK request to the outside fails.
 * `--dry` writes to .tmp/capture/logs/ instead.
 */
/* global window, setTimeout */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { BASE_ARGS as CHROMIUM_ARGS, DEVICE_PROFILES, findChromium } from '../../test/browser/support/chromium.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const BASE_ARGS = [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'];
const MARKER = '[rtc-errors capture] ';
const PAGE_TIMEOUT_MS = 300_000;

const SDKS = {
  'agora-web': { vendor: 'agora-web', pkg: 'agora-rtc-sdk' },
  'agora-ng': { vendor: 'agora-ng', pkg: 'agora-rtc-sdk-ng' },
  aliyun: { vendor: 'aliyun', pkg: 'aliyun-rtc-sdk' },
};

function option(name, all) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1].split(',') : all;
}

async function bundleAliyun() {
  await build({
    entryPoints: [join(root, 'node_modules', 'aliyun-rtc-sdk', 'dist', 'aliyun-rtc-sdk.es.js')],
    bundle: true,
    format: 'esm',
    outfile: join(root, '.tmp', 'capture', 'aliyun-rtc-sdk.js'),
    logLevel: 'error',
  });
}

/** Console message types as levels: what a saved DevTools log would show as error or warning. */
const LEVEL = { error: 'error', warning: 'warning', assert: 'error' };

async function capture(origin, sdk, profile) {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...BASE_ARGS, ...DEVICE_PROFILES[profile]],
  });
  const messages = [];
  try {
    const page = await browser.newPage();
    page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
    page.on('pageerror', (e) => messages.push({ type: 'error', text: `Uncaught ${e.stack ?? e.message}` }));
    await page.goto(`${origin}/scripts/capture/console/index.html?sdk=${sdk}&profile=${profile}`);
    const result = await page.evaluate(
      (ms) =>
        Promise.race([window.__capture, new Promise((r) => setTimeout(() => r({ fatal: 'page timed out' }), ms))]),
      PAGE_TIMEOUT_MS,
    );
    return { result, messages, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

/** Turns the console messages into log lines and the sidecar's scenario ranges and levels. */
function corpus(messages, origin) {
  const port = new URL(origin).port;
  const portRe = new RegExp(`127\\.0\\.0\\.1(:|%3A)${port}`, 'g');
  const lines = [];
  const levels = { error: [], warning: [] };
  const scenarios = [];
  for (const { type, text } of messages) {
    if (text.startsWith(MARKER)) {
      const name = text.slice(MARKER.length);
      if (name.startsWith('scenario: ')) {
        if (scenarios.length) scenarios[scenarios.length - 1].lastLine = lines.length;
        scenarios.push({ name: name.slice('scenario: '.length), firstLine: lines.length + 1, lastLine: 0 });
      }
      continue;
    }
    const level = LEVEL[type];
    for (const line of text.replace(portRe, '127.0.0.1$1PORT').split(/\r?\n/)) {
      lines.push(line);
      if (level) levels[level].push(lines.length);
    }
  }
  if (scenarios.length) scenarios[scenarios.length - 1].lastLine = lines.length;
  return { lines, levels, scenarios };
}

async function main() {
  const sdks = option('sdk', Object.keys(SDKS));
  const profiles = option('profile', Object.keys(DEVICE_PROFILES));
  const dry = process.argv.includes('--dry');
  if (sdks.includes('aliyun')) await bundleAliyun();
  const server = await serve(root);
  const outDir = dry ? join(root, '.tmp', 'capture', 'logs') : join(root, 'fixtures', 'logs');
  mkdirSync(outDir, { recursive: true });
  let failed = false;
  try {
    for (const sdk of sdks) {
      for (const profile of profiles) {
        const t = Date.now();
        const { result, messages, chromium: version } = await capture(server.origin, sdk, profile);
        if (result.fatal) {
          failed = true;
          console.error(`${sdk} / ${profile}: FAILED: ${result.fatal}`);
          continue;
        }
        const { lines, levels, scenarios } = corpus(messages, server.origin);
        const name = `${SDKS[sdk].vendor}-console-${profile}`;
        writeFileSync(join(outDir, `${name}.log`), `${lines.join('\n')}\n`);
        const sidecar = {
          vendor: SDKS[sdk].vendor,
          source: 'captured',
          sdk: `${SDKS[sdk].pkg} ${result.sdkVersion}`,
          how:
            `node scripts/capture/console.mjs --sdk ${sdk} --profile ${profile}; headless Chromium ${version}, ` +
            `${[...BASE_ARGS, ...DEVICE_PROFILES[profile]].join(' ')}; most verbose SDK log level; pages from ` +
            '127.0.0.1 (port written as PORT), no other network; one log line per console line, multi-line ' +
            'messages (stacks) kept as they were printed',
          scenarios: scenarios.map((s) => ({
            ...s,
            timedOut: result.scenarios.find((r) => r.name === s.name)?.timedOut ?? false,
          })),
          levels,
        };
        writeFileSync(join(outDir, `${name}.capture.json`), `${JSON.stringify(sidecar, null, 1)}\n`);
        console.log(
          `${sdk} / ${profile}: ${lines.length} lines (${levels.error.length} error, ${levels.warning.length} warning) in ${Date.now() - t} ms`,
        );
      }
    }
  } finally {
    await server.close();
  }
  if (failed) process.exitCode = 1;
}

await main();
