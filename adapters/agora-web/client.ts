/**
 * The client surface of Agora Web SDK 3.x (`agora-rtc-sdk`), as data: callback-style methods
 * (`onSuccess`/`onFailure` trailing arguments), events through `on`/`off`, and `Stream` objects
 * that can be attached (`rtc.attach(stream, 'stream')`). Checked against the SDK's `index.d.ts` by
 * test/wrap/surface-parity.test.ts.
 * @module
 */
import { operations, type ClientSurface } from '../../src/index.js';

const EMITTER = { style: 'emitter', on: 'on', off: 'off' } as const;

/** `true` when a `stream-*` event's `evt.stream` is the stream the call was given. */
const sameStream = (eventArgs: readonly unknown[], callArgs: readonly unknown[]): boolean => {
  const evt = eventArgs[0];
  if (typeof evt !== 'object' || evt === null) return false;
  try {
    return (evt as { stream?: unknown }).stream === callArgs[0];
  } catch {
    return false;
  }
};

/** Where the agora-web SDK reports errors, and how to renew its token. */
export const agoraWebClient = {
  client: {
    operations: {
      init: { style: 'callback', callbacks: 'success-failure', at: 1 },
      join: { style: 'callback', callbacks: 'success-failure', at: 3, kind: 'join', tokenArg: 0 },
      leave: { style: 'callback', callbacks: 'success-failure', at: 0, supersedes: ['join', 'publish', 'subscribe'] },
      publish: {
        style: 'callback',
        callbacks: 'failure',
        at: 1,
        kind: 'publish',
        settledBy: { event: 'stream-published', match: sameStream },
      },
      unpublish: { style: 'callback', callbacks: 'failure', at: 1, supersedes: ['publish'] },
      subscribe: {
        style: 'callback',
        callbacks: 'failure',
        at: 1,
        kind: 'subscribe',
        settledBy: { event: 'stream-subscribed', match: sameStream },
      },
      unsubscribe: { style: 'callback', callbacks: 'failure', at: 1, supersedes: ['subscribe'] },
      setClientRole: { style: 'callback', callbacks: 'node', at: 1 },
      enableDualStream: { style: 'callback', callbacks: 'success-failure', at: 0 },
      disableDualStream: { style: 'callback', callbacks: 'success-failure', at: 0 },
      renewChannelKey: { style: 'callback', callbacks: 'success-failure', at: 1 },
      startChannelMediaRelay: { style: 'callback', callbacks: 'node', at: 1 },
      updateChannelMediaRelay: { style: 'callback', callbacks: 'node', at: 1 },
      stopChannelMediaRelay: { style: 'callback', callbacks: 'node', at: 0 },
      renewToken: { style: 'sync', tokenArg: 0 },
      ...operations(
        [
          'startLiveStreaming',
          'stopLiveStreaming',
          'setLiveTranscoding',
          'addInjectStreamUrl',
          'removeInjectStreamUrl',
          'setEncryptionSecret',
          'setEncryptionMode',
          'setRemoteVideoStreamType',
          'setStreamFallbackOption',
          'setLowStreamParameter',
          'setProxyServer',
          'setTurnServer',
        ],
        { style: 'sync' },
      ),
    },
    events: EMITTER,
    eventNames: [
      'error',
      'exception',
      'connection-state-change',
      'onTokenPrivilegeWillExpire',
      'onTokenPrivilegeDidExpire',
      'liveStreamingFailed',
      'crypt-error',
      'client-banned',
      'peer-leave',
      'stream-fallback',
      'stream-reconnect-end',
      'channel-media-relay-state',
      'channel-media-relay-event',
      'streamInjectedStatus',
    ],
    renew: { method: 'renewToken', style: 'sync' },
  },
  targets: {
    /** A `Stream` made by `AgoraRTC.createStream`. */
    stream: {
      operations: {
        init: { style: 'callback', callbacks: 'success-failure', at: 0 },
        switchDevice: { style: 'callback', callbacks: 'success-failure', at: 2 },
        replaceTrack: { style: 'callback', callbacks: 'success-failure', at: 1 },
        setAudioOutput: { style: 'callback', callbacks: 'success-failure', at: 1 },
        stopAudioMixing: { style: 'callback', callbacks: 'node', at: 0 },
        pauseAudioMixing: { style: 'callback', callbacks: 'node', at: 0 },
        resumeAudioMixing: { style: 'callback', callbacks: 'node', at: 0 },
        startAudioMixing: { style: 'callback', callbacks: 'node', at: 1 },
        resume: { style: 'promise' },
        setVideoEncoderConfiguration: { style: 'sync' },
      },
      // Streams have no off(): the SDK bundle's event dispatcher pairs on() with removeEventListener().
      events: { style: 'emitter', on: 'on', off: 'removeEventListener' },
      eventNames: ['accessDenied', 'stopScreenSharing', 'videoTrackEnded', 'audioTrackEnded', 'player-status-change'],
    },
    /** The `AgoraRTC` object (no events in 3.x). */
    global: {
      operations: {
        getDevices: { style: 'callback', callbacks: 'success-failure', at: 0 },
        getSupportedCodec: { style: 'promise' },
        createClient: { style: 'sync' },
        createStream: { style: 'sync' },
      },
    },
  },
} satisfies ClientSurface;
