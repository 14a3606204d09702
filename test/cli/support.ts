/**
 * Test-local vendors for the CLI: real adapters built with `defineAdapter` + `createCatalog`, each
 * holding a few entries shaped like that vendor's real ones (names, values and families from the
 * seeds and the SDK packages), the Chinese text of those entries, and the vendor's real log formats
 * from `adapters/<id>/log.ts`. Also an in-memory {@link CliIO} that records what the CLI writes.
 */
import { AGORA_NATIVE_LOG_PATTERNS } from '../../adapters/agora-native/log.js';
import { AGORA_NG_LOG_PATTERNS } from '../../adapters/agora-ng/log.js';
import { AGORA_WEB_LOG_PATTERNS } from '../../adapters/agora-web/log.js';
import { ALIYUN_LOG_PATTERNS } from '../../adapters/aliyun/log.js';
import { TRTC_LOG_PATTERNS } from '../../adapters/trtc/log.js';
import { main } from '../../src/cli/main.js';
import type { CliAdapter, CliIO } from '../../src/cli/types.js';
import {
  createCatalog,
  defaultQueryKeys,
  defineAdapter,
  readText,
  unifiedZh,
  type CatalogEntry,
  type LocalePack,
} from '../../src/index.js';

const agoraWebEntries: CatalogEntry[] = [
  {
    vendorCode: 101,
    vendorName: 'ERR_INVALID_VENDOR_KEY',
    code: 'app_id_invalid',
    kind: 'error',
    message: 'The App ID is invalid.',
    action: 'Check the App ID in Agora Console.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 109,
    vendorName: 'ERR_DYNAMIC_KEY_TIMEOUT',
    code: 'token_expired',
    kind: 'error',
    message: 'The token has expired.',
    action: 'Get a new token from your server and join again.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 'STREAM_ALREADY_PUBLISHED',
    vendorName: 'STREAM_ALREADY_PUBLISHED',
    code: 'already_published',
    kind: 'error',
    message: 'The stream is already published.',
    action: 'Do not publish the same stream twice.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 'SOCKET_DISCONNECTED',
    vendorName: 'SOCKET_DISCONNECTED',
    code: 'signaling_failed',
    kind: 'error',
    severity: 'recoverable',
    strategy: 'wait-for-network',
    message: 'The connection to the Agora gateway was lost.',
    action: 'Wait: the SDK reconnects by itself.',
    source: 'sdk',
    note: 'Reported by the client `error` event, not listed in the docs.',
  },
  {
    vendorCode: 1001,
    vendorName: 'FRAMERATE_INPUT_TOO_LOW',
    code: 'low_performance',
    kind: 'warning',
    message: 'The captured frame rate is too low.',
    action: 'Lower the video profile.',
    source: 'sdk+docs',
  },
];

const agoraNgEntries: CatalogEntry[] = [
  {
    vendorCode: 'CAN_NOT_GET_GATEWAY_SERVER',
    vendorName: 'CAN_NOT_GET_GATEWAY_SERVER',
    code: 'gateway_unreachable',
    kind: 'error',
    message: 'The SDK could not get a gateway server.',
    action: 'Check the network, the App ID and the token; see the detail.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 'UID_CONFLICT',
    vendorName: 'UID_CONFLICT',
    code: 'uid_conflict',
    kind: 'error',
    message: 'A user with the same uid is in the channel (same client instance).',
    action: 'Use a distinct uid for every user.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 'PERMISSION_DENIED',
    vendorName: 'PERMISSION_DENIED',
    code: 'permission_denied',
    kind: 'error',
    message: 'Access to the media device was denied.',
    action: 'Ask the user to allow camera and microphone access.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 'OPERATION_ABORTED',
    vendorName: 'OPERATION_ABORTED',
    code: 'operation_aborted',
    kind: 'error',
    message: 'The operation was aborted.',
    action: 'Retry once the connection is stable.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 'INVALID_OPERATION',
    vendorName: 'INVALID_OPERATION',
    code: 'invalid_state',
    kind: 'error',
    message: 'The operation is not allowed in the current state.',
    action: 'Check the order of calls.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 1001,
    vendorName: 'FRAMERATE_INPUT_TOO_LOW',
    code: 'low_performance',
    kind: 'warning',
    message: 'The captured frame rate is too low.',
    action: 'Lower the video profile.',
    source: 'sdk',
  },
];

const nativeEntries: CatalogEntry[] = [
  {
    vendorCode: 8,
    vendorName: 'ERR_INVALID_STATE',
    family: 'ERR',
    code: 'invalid_state',
    kind: 'error',
    message: 'The SDK is not in the right state for this call.',
    action: 'Check the order of calls.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 17,
    vendorName: 'ERR_JOIN_CHANNEL_REJECTED',
    family: 'ERR',
    code: 'already_joined',
    kind: 'error',
    message: 'The request to join the channel was rejected.',
    action: 'Leave the channel before joining again.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 101,
    vendorName: 'ERR_INVALID_APP_ID',
    family: 'ERR',
    code: 'app_id_invalid',
    kind: 'error',
    message: 'The App ID is invalid.',
    action: 'Check the App ID.',
    source: 'sdk+docs',
    aliases: ['ERR_INVALID_VENDOR_KEY'],
  },
  {
    vendorCode: 109,
    vendorName: 'ERR_TOKEN_EXPIRED',
    family: 'ERR',
    code: 'token_expired',
    kind: 'error',
    message: 'The token has expired.',
    action: 'Get a new token and call renewToken.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 110,
    vendorName: 'ERR_INVALID_TOKEN',
    family: 'ERR',
    code: 'token_invalid',
    kind: 'error',
    message: 'The token is invalid.',
    action: 'Generate a valid token on your server.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 8,
    vendorName: 'WARN_INVALID_VIEW',
    family: 'WARN',
    code: 'invalid_params',
    kind: 'warning',
    severity: 'recoverable',
    message: 'The video view is invalid.',
    action: 'Pass a valid view to setupLocalVideo.',
    source: 'docs',
  },
  {
    vendorCode: 104,
    vendorName: 'WARN_LOOKUP_CHANNEL_TIMEOUT',
    family: 'WARN',
    code: 'network_timeout',
    kind: 'warning',
    message: 'Looking up the channel timed out.',
    action: 'The SDK retries by itself.',
    source: 'docs',
  },
  {
    vendorCode: 8,
    vendorName: 'CONNECTION_CHANGED_INVALID_TOKEN',
    family: 'CONNECTION_CHANGED_REASON',
    code: 'token_invalid',
    kind: 'error',
    message: 'The token is invalid.',
    action: 'Generate a valid token on your server.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 9,
    vendorName: 'CONNECTION_CHANGED_TOKEN_EXPIRED',
    family: 'CONNECTION_CHANGED_REASON',
    code: 'token_expired',
    kind: 'error',
    message: 'The token has expired.',
    action: 'Get a new token and rejoin.',
    source: 'sdk+docs',
  },
];

const aliyunEntries: CatalogEntry[] = [
  {
    vendorCode: 16908804,
    vendorName: 'ERR_JOIN_TIMEOUT',
    code: 'network_timeout',
    kind: 'error',
    message: 'Joining the channel timed out.',
    action: 'Check the network and join again.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 16908812,
    vendorName: 'ERR_ICE_CONNECTION_HEARTBEAT_TIMEOUT',
    code: 'signaling_failed',
    kind: 'error',
    message: 'The signaling heartbeat timed out.',
    action: 'Check the network.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 17040388,
    vendorName: 'ERR_MIC_OPEN_FAIL',
    code: 'device_in_use',
    kind: 'error',
    message: 'The microphone could not be opened or is in use.',
    action: 'Close other apps using the microphone.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 16843856,
    vendorName: 'ERR_SDK_PUBLISH_AUDIO_STREAM_FAILED',
    code: 'publish_failed',
    kind: 'error',
    message: 'Publishing the audio stream failed.',
    action: 'Publish again.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 33620229,
    vendorName: 'ERR_SESSION_REMOVED',
    code: 'session_removed',
    kind: 'error',
    strategy: 'recreate-client',
    message: 'The session has been removed.',
    action: 'Destroy the engine, create a new one and join again.',
    source: 'sdk+docs',
  },
  {
    vendorCode: 33620485,
    vendorName: 'ERR_JOIN_BAD_TOKEN',
    code: 'token_invalid',
    kind: 'error',
    message: 'The token is invalid.',
    action: 'Generate a valid token.',
    source: 'sdk+docs',
  },
];

const trtcEntry = (
  family: string,
  vendorCode: number,
  vendorName: string,
  code: CatalogEntry['code'],
  message: string,
): CatalogEntry => ({
  vendorCode,
  vendorName,
  code,
  kind: 'error',
  message,
  action: 'See the docs.',
  family,
  source: 'sdk',
});

const trtcEntries: CatalogEntry[] = [
  trtcEntry('v5', 5500, 'OPERATION_FAILED', 'media_connection_failed', 'The SDK could not complete the operation.'),
  trtcEntry('v5', 5302, 'DEVICE_NOT_ALLOWED_ERROR', 'permission_denied', 'Access to the device was denied.'),
  trtcEntry('v4', 0x404c, 'ErrorCode.SCHEDULE_FAILED', 'gateway_unreachable', 'Scheduling failed.'),
  trtcEntry('server', 70001, 'SERVER_ERROR.70001', 'token_expired', 'The userSig has expired.'),
  trtcEntry('server', 70009, 'SERVER_ERROR.70009', 'token_invalid', 'userSig verification failed.'),
];

const hex = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(8, '0')}`;

/** Recognizes AgoraRTCError-shaped values and splits the gateway error by its detail, as the real adapter must. */
function recognizeNg(raw: unknown) {
  if (readText(raw, 'name') !== 'AgoraRTCException') return undefined;
  const code = readText(raw, 'code');
  if (code === undefined) return undefined;
  const entry = agoraNg.lookup(code);
  const message = readText(raw, 'message') ?? '';
  const detail = message.replace(/^AgoraRTCError [A-Z_]+:\s*/, '');
  if (code === 'CAN_NOT_GET_GATEWAY_SERVER' && /invalid vendor key/i.test(detail))
    return { entry, code: 'app_id_invalid' as const, detail };
  if (code === 'CAN_NOT_GET_GATEWAY_SERVER' && /dynamic key expired/i.test(detail))
    return { entry, code: 'token_expired' as const, detail };
  return entry ? { entry, detail } : undefined;
}

const agoraNg = defineAdapter({ id: 'agora-ng', catalog: createCatalog(agoraNgEntries), recognize: recognizeNg });

/** Test adapters of the five vendors, with their log formats. */
export const TEST_ADAPTERS: readonly CliAdapter[] = [
  {
    ...defineAdapter({ id: 'agora-web', catalog: createCatalog(agoraWebEntries), recognize: () => undefined }),
    logPatterns: AGORA_WEB_LOG_PATTERNS,
  },
  { ...agoraNg, logPatterns: AGORA_NG_LOG_PATTERNS },
  {
    ...defineAdapter({ id: 'agora-native', catalog: createCatalog(nativeEntries), recognize: () => undefined }),
    logPatterns: AGORA_NATIVE_LOG_PATTERNS,
  },
  {
    ...defineAdapter({
      id: 'aliyun',
      catalog: createCatalog(aliyunEntries, {
        entryKeys: (e) => (typeof e.vendorCode === 'number' ? [hex(e.vendorCode)] : []),
        queryKeys: (code) => {
          const keys = defaultQueryKeys(code);
          const text = String(code).trim();
          return /^0x[0-9a-f]+$/i.test(text) ? [...keys, hex(parseInt(text, 16))] : keys;
        },
      }),
      recognize: () => undefined,
    }),
    logPatterns: ALIYUN_LOG_PATTERNS,
  },
  {
    ...defineAdapter({
      id: 'trtc',
      catalog: createCatalog(trtcEntries, {
        entryKeys: (e) => (e.family === 'v4' ? [`0x${(e.vendorCode as number).toString(16)}`] : []),
      }),
      recognize: () => undefined,
    }),
    logPatterns: TRTC_LOG_PATTERNS,
  },
];

/** Chinese text of some test entries (the rest falls back to the unified code's Chinese). */
export const TEST_LOCALES: readonly LocalePack[] = [
  {
    locale: 'zh',
    vendor: 'agora-ng',
    entries: { UID_CONFLICT: ['频道内已有相同 uid 的用户（同一客户端实例）。', '请为每个用户使用不同的 uid。'] },
  },
  {
    locale: 'zh',
    vendor: 'aliyun',
    entries: { ERR_MIC_OPEN_FAIL: ['麦克风无法打开或被占用。', '请关闭占用麦克风的其他应用。'] },
  },
  unifiedZh,
];

/** What one run of the CLI printed and returned. */
export interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `main` with in-memory streams and the test vendors (overridable). */
export async function run(argv: readonly string[], io: Partial<CliIO> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    adapters: TEST_ADAPTERS,
    locales: TEST_LOCALES,
    version: '9.9.9-test',
    ...io,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { status, stdout, stderr };
}
