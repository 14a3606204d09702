/**
 * The second reading of the aliyun catalog (issue 14): entries whose classification changed under
 * the rule of `docs/classification.md` (who must act decides severity, retry and strategy), against
 * the document (seed 004) and `aliyun-rtc-sdk`'s own definitions. Keyed by `family:vendorName`.
 * @module
 */
import type { EntryReview } from '../../src/index.js';

const SUCCESS = 'a success or normal-operation value: not an error.';
const R = 'AliRtcConnectionStatusChangeReason';

export const REVIEW: Readonly<Record<string, EntryReview>> = {
  'AliRtcErrorCode:ERR_JOIN_BAD_CHANNEL': {
    actor: 'library',
    finding: 'rule',
    why: 'the document says to join again: this library rejoins.',
  },
  'AliRtcErrorCode:ERR_LOG_ALREADY_INIT': {
    actor: 'nobody',
    finding: 'notice',
    why: 'the log module is initialized already; the document says it can be ignored.',
  },
  'AliRtcErrorCode:ERR_LATENCY_LIVE_NEED_RESTART_AGAIN_LATER': {
    actor: 'app',
    finding: 'rule',
    why: 'the app must destroy and recreate the engine (recreate-client), which this library does not do.',
  },
  'AliRtcErrorCode:ERR_LATENCY_LIVE_MEDIACONNECTION_INTERRUPTION': {
    actor: 'app',
    finding: 'rule',
    why: 'the app must destroy and recreate the engine (recreate-client), which this library does not do.',
  },
  'AliRtcErrorCode:ERR_LATENCY_LIVE_SERVICE_UNAVAILABLE': {
    actor: 'app',
    finding: 'rule',
    why: 'the service is not offered for this stream: the app must pull it another way.',
  },
  'AliRtcErrorCode:ERR_SDK_MPU_TASK_PUBLISH_OK': { actor: 'nobody', finding: 'notice', why: SUCCESS },
  'AliRtcErrorCode:ERR_SDK_MPU_TASK_STREAM_NOT_FOUND': {
    actor: 'app',
    finding: 'rule',
    why: 'wrong user or stream ids in the transcoding parameters: fixed in the app.',
  },
  'AliRtcErrorCode:ERR_SDK_MPU_TASK_STREAM_ALREADY_EXIST': {
    actor: 'app',
    finding: 'rule',
    why: 'the task exists already: the app must stop it or use another id.',
  },
  'AliRtcErrorCode:ERR_SDK_MPU_TASK_RTMP_STREAM_URL_ERROR': {
    actor: 'app',
    finding: 'rule',
    why: 'a wrong push URL is fixed in the app.',
  },
  'AliRtcErrorCode:ERR_SDK_CHANNEL_RELAY_JOIN_DEST_FAILED': {
    actor: 'app',
    finding: 'rule',
    why: 'a wrong destination channel or profile is fixed in the app.',
  },
  'AliRTS.DataChannelErrorCode:CORE_IGNORE_SIGNAL_REQUEST': {
    actor: 'library',
    finding: 'rule',
    why: 'the request was dropped while the connection settled: trying again with backoff fits.',
  },
  'AliRtcPluginErrorCode:AliRtcPluginErrorCode.AliRtcPluginErrorCodeSuccess': {
    actor: 'nobody',
    finding: 'notice',
    why: SUCCESS,
  },
  'docs:0x02010401': {
    actor: 'library',
    finding: 'rule',
    why: 'the document says to publish again: this library republishes.',
  },
  'docs:0x02010402': { actor: 'library', finding: 'rule', why: 'subscribing again fits (this library resubscribes).' },
  'docs:ERROR_ROOM_LEAVING_NOW': {
    actor: 'library',
    finding: 'rule',
    why: 'the room is still being left: trying again after a backoff fits.',
  },
  'docs:SDK_AUDIO_INPUT_BUFFER_FULL': {
    actor: 'app',
    severity: 'fatal',
    finding: 'rule',
    why: 'the app pushes external audio too fast: its code must change.',
  },
  'docs:SDK_WARNING_LOCAL_NETWORK_CONNECT': {
    actor: 'nobody',
    strategy: 'none',
    finding: 'notice',
    why: 'the local network is connected again: a back-to-normal notice, not a retryable failure.',
  },
  'docs:WARN_DEFAULT': { actor: 'sdk', finding: 'rule', why: 'an unspecified warning the SDK carries on from.' },
  [`${R}:${R}.AliRtcConnectionChangedDummyReason`]: { actor: 'nobody', finding: 'notice', why: SUCCESS },
  [`${R}:${R}.AliRtcConnectionSignalingHeartbeatAlive`]: {
    actor: 'nobody',
    finding: 'notice',
    why: 'the heartbeat is alive again: back to normal.',
  },
  [`${R}:${R}.AliRtcConnectionSignalingHttpDnsResolved`]: { actor: 'nobody', finding: 'notice', why: SUCCESS },
  [`${R}:${R}.AliRtcConnectionSignalingGslbSuccess`]: { actor: 'nobody', finding: 'notice', why: SUCCESS },
  [`${R}:${R}.AliRtcConnectionSignalingJoinRoomSuccess`]: {
    actor: 'nobody',
    finding: 'notice',
    why: 'the join succeeded: not an error.',
  },
  [`${R}:${R}.AliRtcConnectionSignalingLeaveRoom`]: {
    actor: 'nobody',
    finding: 'app-action',
    why: "the app's own leaveChannel(): not an error.",
  },
  'docs:SDK_WARNING_NETWORK_RECOVERY': {
    actor: 'nobody',
    finding: 'notice',
    why: 'the network is back: a back-to-normal notice.',
  },
};
