/**
 * The second reading of the aliyun catalog (issue 14): entries whose classification changed under
 * the rule of `docs/classification.md` (who must act decides severity, retry and strategy), against
 * the document (seed 004) and `aliyun-rtc-sdk`'s own definitions. Keyed by `family:vendorName`.
 *
 * The reason of each review is a maintainer note, in `notes.ts` under the same key (not runtime
 * data: the docs and `rtc-errors explain` show it after the entry's own note).
 * @module
 */
import type { EntryReview } from '../../src/index.js';

const R = 'AliRtcConnectionStatusChangeReason';

export const REVIEW: Readonly<Record<string, EntryReview>> = {
  'AliRtcErrorCode:ERR_JOIN_BAD_CHANNEL': {
    actor: 'library',
  },
  'AliRtcErrorCode:ERR_LOG_ALREADY_INIT': {
    actor: 'nobody',
  },
  'AliRtcErrorCode:ERR_LATENCY_LIVE_NEED_RESTART_AGAIN_LATER': {
    actor: 'app',
  },
  'AliRtcErrorCode:ERR_LATENCY_LIVE_MEDIACONNECTION_INTERRUPTION': {
    actor: 'app',
  },
  'AliRtcErrorCode:ERR_LATENCY_LIVE_SERVICE_UNAVAILABLE': {
    actor: 'app',
  },
  'AliRtcErrorCode:ERR_SDK_MPU_TASK_PUBLISH_OK': { actor: 'nobody' },
  'AliRtcErrorCode:ERR_SDK_MPU_TASK_STREAM_NOT_FOUND': {
    actor: 'app',
  },
  'AliRtcErrorCode:ERR_SDK_MPU_TASK_STREAM_ALREADY_EXIST': {
    actor: 'app',
  },
  'AliRtcErrorCode:ERR_SDK_MPU_TASK_RTMP_STREAM_URL_ERROR': {
    actor: 'app',
  },
  'AliRtcErrorCode:ERR_SDK_CHANNEL_RELAY_JOIN_DEST_FAILED': {
    actor: 'app',
  },
  'AliRTS.DataChannelErrorCode:CORE_IGNORE_SIGNAL_REQUEST': {
    actor: 'library',
  },
  'AliRtcPluginErrorCode:AliRtcPluginErrorCode.AliRtcPluginErrorCodeSuccess': {
    actor: 'nobody',
  },
  'docs:0x02010401': {
    actor: 'library',
  },
  'docs:0x02010402': { actor: 'library' },
  'docs:ERROR_ROOM_LEAVING_NOW': {
    actor: 'library',
  },
  'docs:SDK_AUDIO_INPUT_BUFFER_FULL': {
    actor: 'app',
    severity: 'fatal',
  },
  'docs:SDK_WARNING_LOCAL_NETWORK_CONNECT': {
    actor: 'nobody',
    strategy: 'none',
  },
  'docs:WARN_DEFAULT': { actor: 'sdk' },
  [`${R}:${R}.AliRtcConnectionChangedDummyReason`]: { actor: 'nobody' },
  [`${R}:${R}.AliRtcConnectionSignalingHeartbeatAlive`]: {
    actor: 'nobody',
  },
  [`${R}:${R}.AliRtcConnectionSignalingHttpDnsResolved`]: { actor: 'nobody' },
  [`${R}:${R}.AliRtcConnectionSignalingGslbSuccess`]: { actor: 'nobody' },
  [`${R}:${R}.AliRtcConnectionSignalingJoinRoomSuccess`]: {
    actor: 'nobody',
  },
  [`${R}:${R}.AliRtcConnectionSignalingLeaveRoom`]: {
    actor: 'nobody',
  },
  'docs:SDK_WARNING_NETWORK_RECOVERY': {
    actor: 'nobody',
  },
};
