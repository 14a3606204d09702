/**
 * The engine surface of Agora's native SDKs (as React Native, Electron and Flutter expose
 * `IRtcEngine`), as data: methods return a negative number on failure, events arrive through an
 * event-handler object (`registerEventHandler`/`unregisterEventHandler`). The wrapped methods
 * return the SDK's value unchanged and emit the error. Checked against
 * `react-native-agora/src/IAgoraRtcEngine.ts` by test/wrap/surface-parity.test.ts.
 * @module
 */
import { operations, type ClientSurface } from '../../src/index.js';

const RETURN_CODE = { style: 'return-code' } as const;

/** Where the native SDKs report errors, and how to renew the token. */
export const agoraNativeClient = {
  client: {
    operations: {
      joinChannel: { ...RETURN_CODE, kind: 'join', tokenArg: 0 },
      joinChannelWithUserAccount: { ...RETURN_CODE, kind: 'join', tokenArg: 0 },
      leaveChannel: { ...RETURN_CODE, supersedes: ['joinChannel', 'joinChannelWithUserAccount'] },
      renewToken: { ...RETURN_CODE, tokenArg: 0 },
      ...operations(
        [
          'initialize',
          'updateChannelMediaOptions',
          'setChannelProfile',
          'setClientRole',
          'enableVideo',
          'disableVideo',
          'enableAudio',
          'disableAudio',
          'enableLocalVideo',
          'enableLocalAudio',
          'startPreview',
          'stopPreview',
          'setupLocalVideo',
          'setupRemoteVideo',
          'muteLocalAudioStream',
          'muteLocalVideoStream',
          'muteRemoteAudioStream',
          'muteRemoteVideoStream',
          'setAudioProfile',
          'setVideoEncoderConfiguration',
          'enableDualStreamMode',
          'enableEncryption',
          'startScreenCapture',
          'stopScreenCapture',
          'startAudioMixing',
          'stopAudioMixing',
          'setEnableSpeakerphone',
          'startRtmpStreamWithoutTranscoding',
          'startRtmpStreamWithTranscoding',
          'stopRtmpStream',
          'startOrUpdateChannelMediaRelay',
          'stopChannelMediaRelay',
        ],
        RETURN_CODE,
      ),
    },
    events: { style: 'handler', register: 'registerEventHandler', unregister: 'unregisterEventHandler' },
    eventNames: [
      'onError',
      'onConnectionStateChanged',
      'onConnectionLost',
      'onConnectionBanned',
      'onTokenPrivilegeWillExpire',
      'onRequestToken',
      'onLocalVideoStateChanged',
      'onLocalAudioStateChanged',
      'onRemoteVideoStateChanged',
      'onRemoteAudioStateChanged',
      'onRtmpStreamingStateChanged',
      'onChannelMediaRelayStateChanged',
      'onEncryptionError',
      'onPermissionError',
      'onClientRoleChangeFailed',
      'onLicenseValidationFailure',
      'onRenewTokenResult',
    ],
    // The native SDKs accept renewToken() after expiry too (onRequestToken asks for exactly that).
    renew: { method: 'renewToken', style: 'return-code', afterExpiry: true },
  },
} satisfies ClientSurface;
