/**
 * The client surfaces of TRTC, as data. v5 (`TRTC.create()`): every operation returns a promise,
 * events come through `on`/`off`, the `userSig` is a property of `enterRoom`'s and `switchRoom`'s
 * options (renewed there: TRTC has no in-session userSig renewal). 4.x (`TRTC.createClient()`):
 * `join`/`publish`/... return promises; its streams (`rtc.attach(stream, 'stream')`) report errors
 * on their own `error` event. The two share no operation name, so one surface serves both.
 * @module
 */
import { operations, type ClientSurface } from '../../src/index.js';

const EMITTER = { style: 'emitter', on: 'on', off: 'off' } as const;

/** Where TRTC reports errors. */
export const trtcClient: ClientSurface = {
  client: {
    operations: {
      // v5
      enterRoom: { style: 'promise', kind: 'join', tokenArg: 0, tokenKey: 'userSig' },
      switchRoom: { style: 'promise', kind: 'join', tokenArg: 0, tokenKey: 'userSig' },
      exitRoom: {
        style: 'promise',
        supersedes: [
          'enterRoom',
          'switchRoom',
          'startLocalVideo',
          'startLocalAudio',
          'startScreenShare',
          'startRemoteVideo',
        ],
      },
      startLocalVideo: { style: 'promise', kind: 'publish' },
      startLocalAudio: { style: 'promise', kind: 'publish' },
      startScreenShare: { style: 'promise', kind: 'publish' },
      startRemoteVideo: { style: 'promise', kind: 'subscribe' },
      stopLocalVideo: { style: 'promise', supersedes: ['startLocalVideo'] },
      stopLocalAudio: { style: 'promise', supersedes: ['startLocalAudio'] },
      stopScreenShare: { style: 'promise', supersedes: ['startScreenShare'] },
      stopRemoteVideo: { style: 'promise', supersedes: ['startRemoteVideo'] },
      ...operations(
        [
          'switchRole',
          'updateLocalVideo',
          'updateLocalAudio',
          'updateScreenShare',
          'updateRemoteVideo',
          'muteRemoteAudio',
          'startPlugin',
          'updatePlugin',
          'stopPlugin',
          'callExperimentalAPI',
        ],
        { style: 'promise' },
      ),
      // typed `void`, but sendSEIMessage returns a promise that rejects (captured from 5.17.1)
      sendSEIMessage: { style: 'promise' },
      ...operations(['sendCustomMessage', 'setRemoteAudioVolume', 'enableAudioVolumeEvaluation', 'use'], {
        style: 'sync',
      }),
      // 4.x
      join: { style: 'promise', kind: 'join' },
      leave: { style: 'promise', supersedes: ['join', 'publish', 'subscribe'] },
      publish: { style: 'promise', kind: 'publish' },
      subscribe: { style: 'promise', kind: 'subscribe' },
      unpublish: { style: 'promise', supersedes: ['publish'] },
      unsubscribe: { style: 'promise', supersedes: ['subscribe'] },
      ...operations(
        [
          'startPublishCDNStream',
          'stopPublishCDNStream',
          'startMixTranscode',
          'stopMixTranscode',
          'enableSmallStream',
          'disableSmallStream',
          'setRemoteVideoStreamType',
        ],
        { style: 'promise' },
      ),
    },
    events: EMITTER,
    eventNames: [
      'error',
      'autoplay-failed',
      'kicked-out',
      'connection-state-changed',
      'publish-state-changed',
      'client-banned',
    ],
  },
  targets: {
    /** The `TRTC` object (v5 statics, 4.x namespace): device lists, capability checks. */
    global: {
      operations: operations(
        [
          'getCameraList',
          'getMicrophoneList',
          'getSpeakerList',
          'setCurrentSpeaker',
          'getPermissions',
          'isSupported',
          'getDevices',
          'getCameras',
          'getMicrophones',
          'getSpeakers',
          'checkSystemRequirements',
        ],
        { style: 'promise' },
      ),
    },
    /** A 4.x `LocalStream` / `RemoteStream`. */
    stream: {
      operations: {
        ...operations(
          ['initialize', 'play', 'resume', 'switchDevice', 'setAudioOutput', 'replaceTrack', 'addTrack', 'removeTrack'],
          {
            style: 'promise',
          },
        ),
      },
      events: EMITTER,
      eventNames: ['error'],
    },
  },
};
