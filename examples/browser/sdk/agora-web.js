/**
 * Agora Web SDK 3.x (`agora-rtc-sdk`), loaded from its bundle (global `AgoraRTC`). Its methods
 * report failure through `onFailure` callbacks; wrapped, the callbacks receive `RtcError`s.
 */

/* global window, AudioContext, setTimeout, clearTimeout */
import { agoraWebAdapter, agoraWebZh } from 'rtc-errors/agora-web';

export const adapter = agoraWebAdapter;
export const zhPack = agoraWebZh;
export const wrapOptions = {};

let AgoraRTC;

export async function load({ loadScript }) {
  await loadScript('/node_modules/agora-rtc-sdk/AgoraRTCSDK.min.js');
  AgoraRTC = window.AgoraRTC;
  AgoraRTC.Logger?.setLogLevel?.(AgoraRTC.Logger.NONE);
  AgoraRTC.Logger?.disableLogUpload?.();
  return AgoraRTC.VERSION;
}

/** Listeners of a client (kept by its gateway's dispatcher) or a stream (its own dispatcher). */
export function countListeners(target) {
  const table = target.gatewayClient?.dispatcher?.eventListeners ?? target.dispatcher?.eventListeners;
  if (!table) return 0;
  return Object.values(table).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
}

/** A well-formed App ID that no server knows. */
const APP_ID = '0123456789abcdef0123456789abcdef';

const makeClient = () => AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8' });

/** A microphone-free audio source: an oscillator through Web Audio. */
function silentAudioTrack() {
  const ctx = new AudioContext();
  const dest = ctx.createMediaStreamDestination();
  ctx.createOscillator().connect(dest);
  return dest.stream.getAudioTracks()[0];
}

/**
 * Calls a callback-style method: resolves when a callback runs, or after `ms` with `{ quiet }`
 * (3.x never calls back for some failures; publish succeeds only by an event).
 */
function callbacks(start, ms = 3000) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ quiet: true }), ms);
    const done = (value) => {
      clearTimeout(timer);
      resolve(value);
    };
    start(
      (...args) => done({ ok: args }),
      (error) => done({ failed: error }),
    );
  });
}

let streams = [];
async function cleanup() {
  for (const s of streams.splice(0)) s.close?.();
}

/** A stream that captures the microphone and camera, attached to a wrapped client; `init` fails without them. */
function initScenario(id, label, spec) {
  return {
    id,
    label,
    hint: 'Start Chromium with --deny-permission-prompts, or without any camera/microphone, to see it fail',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      const stream = AgoraRTC.createStream({ streamID: 1, ...spec });
      streams.push(stream);
      ctx.attach(rtc, stream, 'stream');
      const r = await callbacks((ok, fail) => stream.init(ok, fail));
      if (r.failed !== undefined) ctx.failed('stream.init', r.failed);
      else ctx.note('init', r.ok ? 'onSuccess' : 'no callback');
    },
  };
}

/** A stream initialized from a Web Audio track (no device needed), for publish/unpublish. */
async function audioStream() {
  const stream = AgoraRTC.createStream({ streamID: 7, audio: true, video: false, audioSource: silentAudioTrack() });
  streams.push(stream);
  await callbacks((ok, fail) => stream.init(ok, fail));
  return stream;
}

export const scenarios = [
  {
    id: 'join-hung-network',
    label: 'join with the network hanging (timeouts, left before each retry, bounded by the budget)',
    hint: 'The browser test makes every request to the outside hang; offline, the SDK fails at once instead',
    cleanup,
    async run(ctx) {
      const client = makeClient();
      const rtc = ctx.wrap(client, {
        timeoutMs: { join: 3_000 },
        retry: { join: { maxAttempts: 5, budgetMs: 8_000, backoff: { initialDelayMs: 200, maxDelayMs: 400 } } },
      });
      await callbacks((ok, fail) => rtc.client.init(APP_ID, ok, fail));
      const started = Date.now();
      const r = await callbacks((ok, fail) => rtc.client.join(null, 'test-channel', 1005, undefined, ok, fail), 20_000);
      ctx.note('joinSettledAfterMs', Date.now() - started);
      if (r.failed !== undefined) ctx.failed('join', r.failed);
      else ctx.note('join', r.ok ? 'onSuccess' : 'no callback within 20 s');
      ctx.note('stateAtSettle', client.getConnectionState());
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      ctx.note('stateOneSecondLater', client.getConnectionState());
      client.leave(
        () => undefined,
        () => undefined,
      );
    },
  },
  {
    id: 'create-client-empty-config',
    label: 'createClient({})',
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      ctx.attach(rtc, AgoraRTC, 'global');
      await ctx.call('createClient', () => AgoraRTC.createClient({}));
    },
  },
  initScenario('stream-init', 'stream.init (microphone + camera)', { audio: true, video: true }),
  initScenario('stream-init-microphone', 'stream.init (microphone)', { audio: true, video: false }),
  {
    id: 'publish-before-join',
    label: 'publish after init, before join',
    cleanup,
    async run(ctx) {
      const client = makeClient();
      const stream = await audioStream();
      const rtc = ctx.wrap(client);
      const init = await callbacks((ok, fail) => rtc.client.init(APP_ID, ok, fail));
      ctx.note('init', init.ok ? 'onSuccess' : init.failed !== undefined ? 'onFailure' : 'no callback');
      // the SDK throws at once here; the wrapped publish throws too (an RtcError), as the raw one does
      let threw = false;
      const r = await callbacks((ok, fail) => {
        try {
          rtc.client.publish(stream, fail);
        } catch (error) {
          threw = true;
          ctx.threw('publish', error);
          ok();
        }
      });
      if (r.failed !== undefined) ctx.failed('publish', r.failed);
      else if (!threw) ctx.note('publish', 'no onFailure within 3 s');
    },
  },
  {
    id: 'publish-before-init',
    label: 'publish before init',
    cleanup,
    async run(ctx) {
      const client = makeClient();
      const stream = await audioStream();
      const rtc = ctx.wrap(client);
      // the SDK throws at once here; the wrapped publish throws too (an RtcError), as the raw one does
      let threw = false;
      const r = await callbacks((ok, fail) => {
        try {
          rtc.client.publish(stream, fail);
        } catch (error) {
          threw = true;
          ctx.threw('publish', error);
          ok();
        }
      });
      if (r.failed !== undefined) ctx.failed('publish', r.failed);
      else if (!threw) ctx.note('publish', 'no onFailure within 3 s');
    },
  },
  {
    id: 'unpublish-before-join',
    label: 'unpublish after init, before join',
    cleanup,
    async run(ctx) {
      const client = makeClient();
      const stream = await audioStream();
      const rtc = ctx.wrap(client);
      await callbacks((ok, fail) => rtc.client.init(APP_ID, ok, fail));
      const r = await callbacks((ok, fail) => rtc.client.unpublish(stream, fail));
      if (r.failed !== undefined) ctx.failed('unpublish', r.failed);
      else ctx.note('unpublish', 'no onFailure within 3 s');
    },
  },
];
