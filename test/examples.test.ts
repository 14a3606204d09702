/**
 * The examples run, not only type-check: each `examples/<vendor>.ts` is spawned with tsx and must
 * exit 0 and print the lines that show its scenario worked. The demo's entry point is spawned too
 * and must print exactly what its `main()` prints in-process.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../examples/demo.js';

const root = join(import.meta.dirname, '..');
/** Each test spawns tsx (compiling the example on the fly); on a loaded 2-core CI box that alone takes ~20 s. */
const SPAWN_TIMEOUT_MS = 90_000;
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function runExample(file: string, args: string[] = []): Promise<{ status: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.FORCE_COLOR;
    const child = spawn(tsx, [join(root, 'examples', file), ...args], { cwd: root, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, out, err }));
  });
}

const EXPECTED: Record<string, (string | RegExp)[]> = {
  'agora-ng.ts': [
    'same client object: true',
    /^retry: +attempt 1 failed with gateway_unreachable; next in \d+ ms$/m,
    /^retry: +attempt 2 failed with network_timeout; next in \d+ ms$/m,
    'joined as 7',
    /^recovered: +token_expiring token renewed with renewToken\(\)/m,
    'publish result: Err(not_joined, retryable=false)',
    'disposed: SDK listeners 0 -> 0; join restored: true',
  ],
  'agora-web.ts': [
    'onFailure(RtcError: app_id_invalid, vendor code INVALID_VENDOR_KEY)',
    /^retry: network_timeout, again in \d+ ms$/m,
    'onSuccess(42)',
    'published: {"stream":{"id":"local"}}',
    'disposed; SDK listeners left: 0',
  ],
  'agora-native.ts': [
    'event handlers registered: 1',
    'joinChannel returned -7',
    'rejected: RtcError',
    'joinChannel returned 0',
    'error: device_failure (fatal) from an event; vendor code 1005',
    'recovered: token_expired (token renewed with renewToken())',
    'disposed; event handlers registered: 0',
  ],
  'aliyun.ts': [
    /^retry: network_timeout, again in \d+ ms$/m,
    'joined',
    'Err(device_not_found)',
    'recovered: token_expiring',
    'disposed; SDK listeners left: 0',
  ],
};

/**
 * The telemetry examples, run after the others and one at a time: loading a telemetry SDK
 * (@sentry/node's instrumentations) takes long on a busy machine and would starve the others.
 */
const TELEMETRY_EXPECTED: Record<string, (string | RegExp)[]> = {
  'otel.ts': [
    'joined as 7',
    /^metric rtc\.errors\{rtc\.vendor=agora-ng,rtc\.client\.label=camera,rtc\.sdk\.version=4\.24\.8,error\.type=invalid_params,rtc\.error\.vendor_code=INVALID_PARAMS,rtc\.error\.severity=fatal,rtc\.error\.category=params,rtc\.operation=publish\} 1$/m,
    /^metric rtc\.retry\.saves\{.*error\.type=network_timeout,rtc\.operation=join\} 1$/m,
    /^metric rtc\.recovery\.duration\{.*rtc\.recovery\.kind=retry\} count 1$/m,
    'log ERROR invalid_params: Invalid parameter.',
    'log WARN device_warning:',
    'span rtc.join status=OK events: rtc.retry',
    'span rtc.publish status=ERROR events: exception',
    'token in anything exported: false',
  ],
  'sentry.ts': [
    'event level=error fingerprint=["rtc","agora-ng","network_timeout"]',
    /"rtc\.giveup":"true","rtc\.attempts":"2"/,
    /AgoraRTCException: AgoraRTCError NETWORK_TIMEOUT: request timeout wss:\/\/gw\/\?token=\*\*\*/,
    'breadcrumbs: ["device_warning: The captured video frame rate is too low."]',
    'events sent: 1',
    'token in anything sent: false',
  ],
};

describe('examples', () => {
  for (const [file, lines] of Object.entries(EXPECTED)) {
    it.concurrent(
      `examples/${file} runs and prints its scenario`,
      async () => {
        const { status, out, err } = await runExample(file);
        expect(err).toBe('');
        expect(status).toBe(0);
        for (const line of lines) {
          if (typeof line === 'string') expect(out).toContain(line);
          else expect(out).toMatch(line);
        }
      },
      SPAWN_TIMEOUT_MS,
    );
  }

  it.concurrent(
    'examples/demo.ts (npm run demo) prints, piped, exactly what main() prints',
    async () => {
      let expected = '';
      await main([], { stdout: { write: (t: string) => (expected += t) }, isTTY: false });
      const { status, out, err } = await runExample('demo.ts');
      expect(err).toBe('');
      expect(status).toBe(0);
      expect(out).toBe(expected);
    },
    SPAWN_TIMEOUT_MS,
  );

  it.concurrent(
    'examples/demo.ts --help exits 0 with the usage',
    async () => {
      const { status, out } = await runExample('demo.ts', ['--help']);
      expect(status).toBe(0);
      expect(out).toMatch(/^Usage: npm run demo/);
    },
    SPAWN_TIMEOUT_MS,
  );
  for (const [file, lines] of Object.entries(TELEMETRY_EXPECTED)) {
    it(`examples/${file} runs and prints its scenario`, async () => {
      const { status, out, err } = await runExample(file);
      expect(err).toBe('');
      expect(status).toBe(0);
      for (const line of lines) {
        if (typeof line === 'string') expect(out).toContain(line);
        else expect(out).toMatch(line);
      }
    }, 180_000);
  }
});
