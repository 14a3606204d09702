/**
 * The client surface of Agora Web SDK 4.x "NG" (`agora-rtc-sdk-ng`), as data: `IAgoraRTCClient`
 * operations return promises and events come through `on`/`off`; local tracks and the global
 * `AgoraRTC` object can be attached (`rtc.attach(track, 'track')`, `rtc.attach(AgoraRTC, 'global')`).
 * Checked against the SDK's `rtc-sdk_en.d.ts` by test/wrap/surface-parity.test.ts.
 * @module
 */
import { operations, type ClientSurface } from '../../src/index.js';

const EMITTER = { style: 'emitter', on: 'on', off: 'off' } as const;

/** Where the agora-ng SDK reports errors, and how to renew its token. */
export const agoraNgClient = {
  client: {
    operations: {
      join: { style: 'promise', kind: 'join', tokenArg: 2 },
      publish: { style: 'promise', kind: 'publish' },
      subscribe: { style: 'promise', kind: 'subscribe' },
      presubscribe: { style: 'promise', kind: 'subscribe' },
      massSubscribe: { style: 'promise', kind: 'subscribe' },
      // leaving ends the retries of a join, publish or subscribe still in progress
      leave: { style: 'promise', supersedes: ['join', 'publish', 'subscribe', 'presubscribe', 'massSubscribe'] },
      unpublish: { style: 'promise', supersedes: ['publish'] },
      unsubscribe: { style: 'promise', supersedes: ['subscribe', 'presubscribe'] },
      renewToken: { style: 'promise', tokenArg: 0 },
      ...operations(
        [
          'massUnsubscribe',
          'setClientRole',
          'startLiveStreaming',
          'stopLiveStreaming',
          'setLiveTranscoding',
          'startChannelMediaRelay',
          'updateChannelMediaRelay',
          'stopChannelMediaRelay',
          'enableDualStream',
          'disableDualStream',
          'setDualStreamMode',
          'setRemoteVideoStreamType',
          'setRemoteDefaultVideoStreamType',
          'setStreamFallbackOption',
          'pickSVCLayer',
          'setRTMConfig',
          'sendCustomReportMessage',
          'enableContentInspect',
          'disableContentInspect',
          'setImageModeration',
        ],
        { style: 'promise' },
      ),
      ...operations(['setEncryptionConfig', 'setLowStreamParameter', 'setTurnServer', 'setLicense'], { style: 'sync' }),
    },
    events: EMITTER,
    eventNames: [
      'exception',
      'connection-state-change',
      'token-privilege-will-expire',
      'token-privilege-did-expire',
      'live-streaming-error',
      'live-streaming-warning',
      'channel-media-relay-state',
      'channel-media-relay-event',
      'stream-fallback',
      'crypt-error',
      'media-reconnect-start',
      'media-reconnect-end',
      'peerconnection-state-change',
      'content-inspect-error',
    ],
    renew: { method: 'renewToken', style: 'promise' },
  },
  targets: {
    /** The `AgoraRTC` object: track creation, device lists, autoplay and device-change events. */
    global: {
      operations: {
        ...operations(
          [
            'createMicrophoneAudioTrack',
            'createCameraVideoTrack',
            'createMicrophoneAndCameraTracks',
            'createScreenVideoTrack',
            'createBufferSourceAudioTrack',
            'getDevices',
            'getCameras',
            'getMicrophones',
            'getPlaybackDevices',
            'getElectronScreenSources',
            'preload',
            'startLastmileProbeTest',
            'getSupportedCodec',
          ],
          { style: 'promise' },
        ),
        ...operations(['createClient', 'createCustomAudioTrack', 'createCustomVideoTrack'], { style: 'sync' }),
      },
      events: EMITTER,
      eventNames: [
        'autoplay-failed',
        'security-policy-violation',
        'camera-changed',
        'microphone-changed',
        'playback-device-changed',
        'audio-context-state-changed',
      ],
    },
    /** A local track (`ICameraVideoTrack`, `IMicrophoneAudioTrack`...). */
    track: {
      operations: {
        ...operations(['setEnabled', 'setMuted', 'setDevice', 'setEncoderConfiguration'], { style: 'promise' }),
        play: { style: 'sync' },
      },
      events: EMITTER,
      eventNames: ['track-ended'],
    },
  },
} satisfies ClientSurface;
