/**
 * Finding and launching Chromium for the browser suite: a fresh profile per launch, no network
 * beyond 127.0.0.1, and one of three device profiles.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium';

/** The one line a run without Chromium prints (skipped), or fails with under `CI=true`. */
export const CHROMIUM_MISSING = `Chromium not found (set CHROMIUM_PATH or put chromium on the PATH); install it with: ${INSTALL_HINT}`;

/** Whether the run is CI's (`CI=true` or `CI=1`): there a missing Chromium fails the browser suite. */
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/** Flags of every launch: headless, no GPU, no QUIC, nothing that phones home. */
export const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** What media devices and permissions the page sees. */
export const DEVICE_PROFILES = {
  /** A fake camera and microphone, permission granted. */
  'fake-devices': ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  /** No camera or microphone at all (headless Chromium without fake devices has none). */
  'no-devices': [],
  /** Fake devices exist, but every permission prompt is denied. */
  'permission-denied': ['--use-fake-device-for-media-stream', '--deny-permission-prompts'],
} as const;

export type DeviceProfile = keyof typeof DEVICE_PROFILES;

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `CHROMIUM_PATH`, else `chromium` (or `chromium-browser`) on the PATH; `undefined` when there is none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return executable(fromEnv) ? fromEnv : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const file = join(dir, name);
      if (executable(file)) return file;
    }
  }
  return undefined;
}

/** {@link findChromium}, or a clear error naming how to get it (for code that runs only with Chromium). */
export function requireChromium(): string {
  const path = findChromium();
  if (path === undefined) throw new Error(CHROMIUM_MISSING);
  return path;
}

/** Launches Chromium with a fresh profile (Playwright's temporary user data directory), and any extra flags. */
export function launch(
  executablePath: string,
  profile: DeviceProfile,
  extraArgs: readonly string[] = [],
): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...BASE_ARGS, ...DEVICE_PROFILES[profile], ...extraArgs] });
}
