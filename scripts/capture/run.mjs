#!/usr/bin/env node
/**
 * Captures what the real RTC SDKs produce when they fail, in headless Chromium, and writes the
 * fixtures `fixtures/<vendor>/captured/<profile>.json`.
 *
 *   npm run capture -- [--sdk agora-ng,agora-web,aliyun] [--profile fake-devices,...] [--dry]
 *
 * `--dry` writes to .tmp/capture/<vendor>/ instead of fixtures/.
 *
 * Needs Chromium (CHROMIUM_PATH, or chromium on the PATH) and the SDK packages in node_modules.
 * No network is needed: pages are served from 127.0.0.1, and the SDKs' own requests are meant to fail.
 */
/* global window, setTimeout -- `window` is only used inside page.evaluate */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { expectFor } from './expect.mjs';
import { serve } from './server.mjs';
import {
  BASE_ARGS as CHROMIUM_ARGS,
  DEVICE_PROFILES,
  findChromium,
  INSTALL_HINT,
} from '../../test/browser/support/chromium.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

// The browser suite's launch flags and device profiles, so captures and tests see the same browser;
// autoplay is allowed here so that playback failures are the SDK's, not the autoplay policy's.
const BASE_ARGS = [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'];

/** Browser profiles: which media devices and permissions the page sees. */
export const PROFILES = DEVICE_PROFILES;

function chromiumPath() {
  const path = findChromium();
  if (!path) throw new Error(`Chromium not found (set CHROMIUM_PATH or install it: ${INSTALL_HINT})`);
  return path;
}

const SDKS = {
  'agora-ng': { vendor: 'agora-ng', pkg: 'agora-rtc-sdk-ng' },
  'agora-web': { vendor: 'agora-web', pkg: 'agora-rtc-sdk' },
  aliyun: { vendor: 'aliyun', pkg: 'aliyun-rtc-sdk' },
  trtc: { vendor: 'trtc', pkg: 'trtc-sdk-v5' },
  'trtc-v4': { vendor: 'trtc', pkg: 'trtc-js-sdk', file: 'v4-' },
};

function option(name, all) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1].split(',') : all;
}

const PAGE_TIMEOUT_MS = 240_000;

/** The Alibaba ES build imports bare specifiers; bundle it into one file under .tmp/ (git-ignored). */
async function bundleAliyun() {
  const out = join(root, '.tmp', 'capture', 'aliyun-rtc-sdk.js');
  await build({
    entryPoints: [join(root, 'node_modules', 'aliyun-rtc-sdk', 'dist', 'aliyun-rtc-sdk.es.js')],
    bundle: true,
    format: 'esm',
    outfile: out,
    logLevel: 'error',
  });
  return out;
}

/** The ephemeral port would make every refresh differ: URLs in captured values name it as PORT. */
function stablePort(result, origin) {
  const port = new URL(origin).port;
  const text = JSON.stringify(result).replace(new RegExp(`127\\.0\\.0\\.1(:|%3A)${port}`, 'g'), '127.0.0.1$1PORT');
  return JSON.parse(text);
}

async function capture(origin, sdk, profile) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...BASE_ARGS, ...PROFILES[profile]],
  });
  try {
    const page = await browser.newPage();
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
    await page.goto(`${origin}/scripts/capture/page/index.html?sdk=${sdk}&profile=${profile}`);
    const result = await page.evaluate(
      (ms) =>
        Promise.race([window.__capture, new Promise((r) => setTimeout(() => r({ fatal: 'page timed out' }), ms))]),
      PAGE_TIMEOUT_MS,
    );
    if (process.env.CAPTURE_CONSOLE) console.log(consoleLines.join('\n'));
    return stablePort(result, origin);
  } finally {
    await browser.close();
  }
}

function fixtureFile(sdk, profile, result, chromeVersion) {
  const { vendor } = SDKS[sdk];
  const cases = result.cases.map((c) => {
    const name = `${c.scenario} [${profile}] ${c.via}${c.event ? ` ${c.event}` : ''} (${c.operation})`;
    const out = { name, via: c.via };
    if (c.event) out.event = c.event;
    out.operation = c.operation;
    out.raw = c.raw;
    out.expect = expectFor(vendor, c);
    return out;
  });
  // Identical names (an event fired twice) get a counter.
  const seen = new Map();
  for (const c of cases) {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    if (n > 1) c.name = `${c.name} #${n}`;
  }
  return {
    vendor,
    source: 'captured',
    sdkVersion: result.sdkVersion,
    how: `npm run capture --; headless Chromium ${chromeVersion}, profile ${profile} (${[...BASE_ARGS, ...PROFILES[profile]].join(' ')}), pages served from 127.0.0.1 (port written as PORT), no network`,
    cases,
  };
}

async function main() {
  const sdks = option('sdk', Object.keys(SDKS));
  const profiles = option('profile', Object.keys(PROFILES));
  const dry = process.argv.includes('--dry');
  const t0 = Date.now();
  if (sdks.includes('aliyun')) await bundleAliyun();
  const server = await serve(root);
  const browserVersion = await chromium.launch({ executablePath: chromiumPath(), args: BASE_ARGS }).then(async (b) => {
    const v = b.version();
    await b.close();
    return v;
  });
  let failed = false;
  try {
    for (const sdk of sdks) {
      for (const profile of profiles) {
        const t = Date.now();
        const result = await capture(server.origin, sdk, profile);
        if (result.fatal) {
          failed = true;
          console.error(`${sdk} / ${profile}: FAILED: ${result.fatal}`);
          continue;
        }
        console.log(`${sdk} / ${profile}: ${result.cases.length} cases in ${Date.now() - t} ms`);
        for (const line of result.logs) console.log(`  ${line}`);
        const file = fixtureFile(sdk, profile, result, browserVersion);
        const pkgVersion = JSON.parse(
          readFileSync(join(root, 'node_modules', SDKS[sdk].pkg, 'package.json'), 'utf8'),
        ).version;
        if (file.sdkVersion !== pkgVersion)
          console.warn(`  note: SDK reports ${file.sdkVersion}, package is ${pkgVersion}`);
        const outDir = dry
          ? join(root, '.tmp', 'capture', SDKS[sdk].vendor)
          : join(root, 'fixtures', SDKS[sdk].vendor, 'captured');
        mkdirSync(outDir, { recursive: true });
        if (file.cases.length > 0)
          writeFileSync(join(outDir, `${SDKS[sdk].file ?? ''}${profile}.json`), `${JSON.stringify(file, null, 2)}\n`);
      }
    }
  } finally {
    await server.close();
  }
  console.log(`capture finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (failed) process.exitCode = 1;
}

await main();
