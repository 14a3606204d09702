/**
 * The engine surface of Alibaba Cloud RTC for the web (`aliyun-rtc-sdk`, `AliRtcEngine`), as data:
 * operations return promises, events come through `on`/`off` (eventemitter3). The engine class
 * itself can be attached (`rtc.attach(AliRtcEngine, 'global')`) for its static device lists.
 * Checked against `aliyun-rtc-sdk/dist/types/index.d.ts` by test/wrap/surface-parity.test.ts.
 * @module
 */
import { operations, type ClientSurface } from '../../src/index.js';

/** Where the aliyun SDK reports errors, and how to refresh its auth info. */
export const aliyunClient = {
  client: {
    operations: {
      joinChannel: { style: 'promise', kind: 'join', tokenArg: 0 },
      joinAIChannel: { style: 'promise', kind: 'join', tokenArg: 0 },
      publishLocalAudioStream: { style: 'promise', kind: 'publish' },
      publishLocalVideoStream: { style: 'promise', kind: 'publish' },
      publishLocalScreenShareStream: { style: 'promise', kind: 'publish' },
      retrySubscribe: { style: 'promise', kind: 'subscribe' },
      leaveChannel: {
        style: 'promise',
        supersedes: [
          'joinChannel',
          'joinAIChannel',
          'publishLocalAudioStream',
          'publishLocalVideoStream',
          'publishLocalScreenShareStream',
          'retrySubscribe',
        ],
      },
      refreshAuthInfo: { style: 'promise', tokenArg: 0 },
      ...operations(
        [
          'setClientRole',
          'startScreenShare',
          'stopScreenShare',
          'startAudioCapture',
          'switchMicrophone',
          'switchCamera',
          'setAudioProfile',
          'setLocalViewConfig',
          'setCameraCapturerConfiguration',
          'enableLocalVideo',
          'muteLocalCamera',
          'startPreview',
          'stopPreview',
          'startPreviewScreen',
          'startPublishLiveStream',
          'updatePublishLiveStream',
          'stopPublishLiveStream',
          'sendMediaExtensionMsg',
          'destroy',
        ],
        { style: 'promise' },
      ),
      ...operations(
        [
          'setChannelProfile',
          'subscribeRemoteAudioStream',
          'subscribeRemoteMediaStream',
          'subscribeAllRemoteAudioStreams',
          'subscribeAllRemoteVideoStreams',
          'setRemoteViewConfig',
        ],
        { style: 'sync' },
      ),
    },
    events: { style: 'emitter', on: 'on', off: 'off' },
    eventNames: [
      'occurError',
      'onOccurError',
      'connectionStatusChange',
      'localDeviceException',
      'bye',
      'authInfoWillExpire',
      'authInfoExpired',
      'remoteAudioAutoPlayFail',
      'remoteVideoAutoPlayFail',
      'remoteAudioPlayError',
      'remoteVideoPlayError',
      'networkQuality',
    ],
    renew: { method: 'refreshAuthInfo', style: 'promise' },
  },
  targets: {
    /** The `AliRtcEngine` class: its static support check and device lists. */
    global: {
      operations: operations(['isSupported', 'getCameraList', 'getMicrophoneList', 'getSpeakerList'], {
        style: 'promise',
      }),
    },
  },
} satisfies ClientSurface;
