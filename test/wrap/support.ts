/**
 * The fake SDK clients (from fixtures/fakes/, published as `rtc-errors/testing`, re-exported here
 * under the names the tests have always used), and small test adapters (built with
 * `defineAdapter` + `createCatalog`) that recognize exactly the raw shapes these fakes produce.
 * The real adapters (catalogs, recognizers, translators) are written elsewhere; these tests check
 * the wrapping mechanism, not the catalogs.
 */
import { agoraNativeClient } from '../../adapters/agora-native/client.js';
import { agoraNgClient } from '../../adapters/agora-ng/client.js';
import { agoraWebClient } from '../../adapters/agora-web/client.js';
import { aliyunClient } from '../../adapters/aliyun/client.js';
import {
  createCatalog,
  defineAdapter,
  readCode,
  readProp,
  readText,
  type Adapter,
  type CatalogEntry,
  type Recognition,
  type RtcError,
} from '../../src/index.js';

export {
  AgoraLikeEmitter,
  AgoraRTCError,
  AliRtcError,
  FakeAliEngine,
  FakeNativeEngine,
  FakeNgClient,
  FakeWebClient,
  FakeWebStream,
  ngError,
} from '../../fixtures/fakes/index.js';

// ---------------------------------------------------------------------------------------------
// agora-ng: IAgoraRTCClient, promise methods, AgoraRTCError-shaped rejections.

const ngEntries: CatalogEntry[] = [
  {
    vendorCode: 'CAN_NOT_GET_GATEWAY_SERVER',
    vendorName: 'CAN_NOT_GET_GATEWAY_SERVER',
    code: 'gateway_unreachable',
    kind: 'error',
    message: 'Cannot reach the gateway server.',
    action: 'Retry with backoff.',
    source: 'sdk',
  },
  {
    vendorCode: 'INVALID_PARAMS',
    vendorName: 'INVALID_PARAMS',
    code: 'invalid_params',
    kind: 'error',
    message: 'Invalid parameters.',
    action: 'Fix the arguments.',
    source: 'sdk',
  },
  {
    vendorCode: 'NETWORK_TIMEOUT',
    vendorName: 'NETWORK_TIMEOUT',
    code: 'network_timeout',
    kind: 'error',
    message: 'Network timeout.',
    action: 'Retry.',
    source: 'sdk',
  },
  {
    vendorCode: 'INVALID_OPERATION',
    vendorName: 'INVALID_OPERATION',
    code: 'invalid_state',
    kind: 'error',
    message: 'Invalid operation.',
    action: 'Check the call order.',
    source: 'sdk',
  },
  {
    vendorCode: 'LIVE_STREAMING_TASK_CONFLICT',
    vendorName: 'LIVE_STREAMING_TASK_CONFLICT',
    code: 'live_streaming_failed',
    kind: 'error',
    message: 'Live streaming task conflict.',
    action: 'Stop the task first.',
    source: 'sdk',
  },
  {
    vendorCode: 1003,
    vendorName: 'SEND_VIDEO_BITRATE_TOO_LOW',
    code: 'network_degraded',
    kind: 'warning',
    message: 'Video bitrate too low.',
    action: 'Check the uplink.',
    source: 'docs',
  },
  {
    vendorCode: 2003,
    vendorName: 'SEND_VIDEO_BITRATE_TOO_LOW_RECOVER',
    code: 'network_degraded',
    kind: 'warning',
    message: 'Video bitrate recovered.',
    action: 'None.',
    source: 'docs',
  },
];
const ngCatalog = createCatalog(ngEntries);

function recognizeNg(raw: unknown): Recognition | undefined {
  if (readText(raw, 'name') !== 'AgoraRTCException') return undefined;
  const code = readCode(raw, 'code');
  if (code === undefined) return undefined;
  const message = readText(raw, 'message') ?? '';
  const detail = message.replace(/^AgoraRTCError [A-Z_]+: /, '');
  const entry = ngCatalog.lookup(code);
  const data = readProp(raw, 'data');
  const retryable = readProp(data, 'retry') === false ? { retryable: false } : {};
  if (code === 'CAN_NOT_GET_GATEWAY_SERVER' && /dynamic key expired/i.test(detail)) {
    return { ...(entry ? { entry } : {}), code: 'token_expired', detail, ...retryable };
  }
  if (code === 'CAN_NOT_GET_GATEWAY_SERVER' && /invalid token/i.test(detail)) {
    return { ...(entry ? { entry } : {}), code: 'token_invalid', detail, ...retryable };
  }
  return { ...(entry ? { entry } : { vendorCode: code }), detail, ...retryable };
}

/** A test adapter for the NG shapes above, with the real agora-ng client surface. */
export const ngTestAdapter: Adapter = defineAdapter({
  id: 'agora-ng',
  catalog: ngCatalog,
  recognize: recognizeNg,
  client: agoraNgClient,
  events: {
    exception: ([evt]) => {
      const code = readCode(evt, 'code');
      if (code === undefined) return undefined;
      const uid = readCode(evt, 'uid');
      if (code === 2003)
        return { type: 'recovered', clears: 'network_degraded', raw: evt, recognition: { vendorCode: code } };
      const entry = ngCatalog.lookup(code);
      return {
        type: 'error',
        raw: evt,
        recognition: {
          ...(entry ? { entry } : { vendorCode: code, kind: 'warning', code: 'unknown' }),
          detail: readText(evt, 'msg') ?? '',
          ...(uid !== undefined ? { context: { uid } } : {}),
        },
      };
    },
    'token-privilege-will-expire': (args) => ({
      type: 'error',
      raw: args,
      recognition: { code: 'token_expiring', kind: 'warning' },
    }),
    'token-privilege-did-expire': (args) => ({ type: 'error', raw: args, recognition: { code: 'token_expired' } }),
    'autoplay-failed': (args) => ({ type: 'error', raw: args, recognition: { code: 'autoplay_blocked' } }),
    'track-ended': (args) => ({
      type: 'error',
      raw: args,
      recognition: { code: 'device_failure', detail: 'track ended' },
    }),
    'live-streaming-error': ([url, err]) => ({
      type: 'error',
      raw: err,
      recognition: { code: 'live_streaming_failed', context: { url: String(url) } },
    }),
  },
});

// ---------------------------------------------------------------------------------------------
// agora-web 3.x: callback methods, string codes, events on/off.

const webEntries: CatalogEntry[] = [
  {
    vendorCode: 'ERR_JOIN_CHANNEL_TIMEOUT',
    vendorName: 'ERR_JOIN_CHANNEL_TIMEOUT',
    code: 'network_timeout',
    kind: 'error',
    message: 'Join timed out.',
    action: 'Retry.',
    source: 'docs',
  },
  {
    vendorCode: 'ERR_DYNAMIC_KEY_EXPIRED',
    vendorName: 'ERR_DYNAMIC_KEY_EXPIRED',
    code: 'token_expired',
    kind: 'error',
    message: 'Token expired.',
    action: 'Renew the token.',
    source: 'docs',
  },
  {
    vendorCode: 'INVALID_VENDOR_KEY',
    vendorName: 'INVALID_VENDOR_KEY',
    code: 'app_id_invalid',
    kind: 'error',
    message: 'Invalid App ID.',
    action: 'Check the App ID.',
    source: 'docs',
  },
  {
    vendorCode: 'STREAM_ALREADY_PUBLISHED',
    vendorName: 'STREAM_ALREADY_PUBLISHED',
    code: 'already_published',
    kind: 'error',
    message: 'Already published.',
    action: 'Do not publish twice.',
    source: 'docs',
  },
  {
    vendorCode: 'PUBLISH_STREAM_FAILED',
    vendorName: 'PUBLISH_STREAM_FAILED',
    code: 'publish_failed',
    kind: 'error',
    message: 'Publishing failed.',
    action: 'Publish again.',
    source: 'docs',
  },
  {
    vendorCode: 'INVALID_PARAMETER',
    vendorName: 'INVALID_PARAMETER',
    code: 'invalid_params',
    kind: 'error',
    message: 'Invalid parameter.',
    action: 'Fix it.',
    source: 'docs',
  },
  {
    vendorCode: 'SET_CLIENT_ROLE_FAILED',
    vendorName: 'SET_CLIENT_ROLE_FAILED',
    code: 'invalid_state',
    kind: 'error',
    message: 'Cannot set the role.',
    action: 'Check the mode.',
    source: 'docs',
  },
  {
    vendorCode: 'NotAllowedError',
    vendorName: 'STREAM_INIT_NOT_ALLOWED',
    code: 'permission_denied',
    kind: 'error',
    message: 'Access denied.',
    action: 'Allow access.',
    source: 'docs',
  },
];
const webCatalog = createCatalog(webEntries);

function recognizeWeb(raw: unknown): Recognition | undefined {
  if (typeof raw === 'string') {
    const code = raw.split(':')[0]!.trim();
    const entry = webCatalog.lookup(code);
    return entry ? { entry, detail: raw } : undefined;
  }
  // stream.init failure: {type, msg, info}
  const msg = readText(raw, 'msg');
  if (msg !== undefined && readText(raw, 'type') !== undefined) {
    const entry = webCatalog.lookup(msg);
    return entry ? { entry, detail: readText(raw, 'info') ?? msg } : undefined;
  }
  if (raw instanceof Error) {
    const code = raw.message.split(':')[0]!.trim();
    const entry = webCatalog.lookup(code);
    return entry ? { entry, detail: raw.message } : undefined;
  }
  return undefined;
}

export const webTestAdapter: Adapter = defineAdapter({
  id: 'agora-web',
  catalog: webCatalog,
  recognize: recognizeWeb,
  client: agoraWebClient,
  events: {
    error: ([evt]) => {
      const reason = readText(evt, 'reason');
      const entry = reason ? webCatalog.lookup(reason) : undefined;
      return { type: 'error', raw: evt, recognition: entry ? { entry } : { code: 'unknown', detail: reason ?? '' } };
    },
    onTokenPrivilegeWillExpire: (args) => ({
      type: 'error',
      raw: args,
      recognition: { code: 'token_expiring', kind: 'warning' },
    }),
    onTokenPrivilegeDidExpire: (args) => ({ type: 'error', raw: args, recognition: { code: 'token_expired' } }),
    accessDenied: (args) => ({ type: 'error', raw: args, recognition: { code: 'permission_denied' } }),
  },
});

// ---------------------------------------------------------------------------------------------
// agora-native: an engine with registerEventHandler and negative return codes.

const nativeEntries: CatalogEntry[] = [
  {
    vendorCode: 2,
    vendorName: 'ERR_INVALID_ARGUMENT',
    code: 'invalid_params',
    kind: 'error',
    message: 'Invalid argument.',
    action: 'Fix it.',
    source: 'sdk',
  },
  {
    vendorCode: 7,
    vendorName: 'ERR_NOT_INITIALIZED',
    code: 'invalid_state',
    kind: 'error',
    message: 'Not initialized.',
    action: 'Initialize first.',
    source: 'sdk',
  },
  {
    vendorCode: 10,
    vendorName: 'ERR_TIMEDOUT',
    code: 'network_timeout',
    kind: 'error',
    message: 'Timed out.',
    action: 'Retry.',
    source: 'sdk',
  },
  {
    vendorCode: 109,
    vendorName: 'ERR_TOKEN_EXPIRED',
    code: 'token_expired',
    kind: 'error',
    message: 'Token expired.',
    action: 'Renew the token.',
    source: 'sdk',
  },
  {
    vendorCode: 1005,
    vendorName: 'ERR_ADM_GENERAL_ERROR',
    code: 'device_failure',
    kind: 'error',
    message: 'Audio device error.',
    action: 'Check the device.',
    source: 'sdk',
  },
];
const nativeCatalog = createCatalog(nativeEntries);

export const nativeTestAdapter: Adapter = defineAdapter({
  id: 'agora-native',
  catalog: nativeCatalog,
  recognize: (raw) => {
    if (typeof raw !== 'number') return undefined;
    const entry = nativeCatalog.lookup(Math.abs(raw));
    return entry ? { entry, context: { returned: raw } } : { code: 'unknown', vendorCode: raw };
  },
  client: agoraNativeClient,
  events: {
    onError: ([err, msg]) => {
      const entry = typeof err === 'number' ? nativeCatalog.lookup(err) : undefined;
      return {
        type: 'error',
        raw: err,
        recognition: { ...(entry ? { entry } : { code: 'unknown' }), detail: String(msg) },
      };
    },
    onTokenPrivilegeWillExpire: (args) => ({
      type: 'error',
      raw: args,
      recognition: { code: 'token_expiring', kind: 'warning' },
    }),
    onRequestToken: (args) => ({ type: 'error', raw: args, recognition: { code: 'token_expired' } }),
  },
});

// ---------------------------------------------------------------------------------------------
// aliyun: AliRtcEngine extends eventemitter3; rejections are an Error subclass with getters.

const aliEntries: CatalogEntry[] = [
  {
    vendorCode: 0x0102020c,
    vendorName: 'ERR_SDK_SIGNAL_HEARTBEAT_TIMEOUT',
    code: 'signaling_failed',
    kind: 'error',
    message: 'Signal heartbeat timed out.',
    action: 'Check the network.',
    source: 'docs',
    aliases: ['0x0102020C'],
  },
  {
    vendorCode: 0x01030101,
    vendorName: 'ERR_AUTHINFO_INVALID_PARAM',
    code: 'invalid_params',
    kind: 'error',
    message: 'Invalid AuthInfo.',
    action: 'Check AuthInfo.',
    source: 'docs',
  },
  {
    vendorCode: 0x01030204,
    vendorName: 'ERR_NO_CAMERA',
    code: 'device_not_found',
    kind: 'error',
    message: 'No camera.',
    action: 'Connect a camera.',
    source: 'docs',
  },
  {
    vendorCode: 0x01020104,
    vendorName: 'ERR_TOKEN_EXPIRED',
    code: 'token_expired',
    kind: 'error',
    message: 'Token expired.',
    action: 'Refresh the auth info.',
    source: 'docs',
  },
];
const aliCatalog = createCatalog(aliEntries);

export const aliyunTestAdapter: Adapter = defineAdapter({
  id: 'aliyun',
  catalog: aliCatalog,
  recognize: (raw) => {
    const code = readCode(raw, 'code');
    if (typeof code !== 'number') return undefined;
    const entry = aliCatalog.lookup(code);
    return entry ? { entry, detail: readText(raw, 'reason') ?? '' } : undefined;
  },
  client: aliyunClient,
  events: {
    occurError: ([error, uid]) => {
      const code = readCode(error, 'code');
      const entry = code !== undefined ? aliCatalog.lookup(code) : undefined;
      return {
        type: 'error',
        raw: error,
        recognition: {
          ...(entry ? { entry } : { code: 'unknown' }),
          ...(typeof uid === 'string' ? { context: { uid } } : {}),
        },
      };
    },
    authInfoWillExpire: (args) => ({
      type: 'error',
      raw: args,
      recognition: { code: 'token_expiring', kind: 'warning' },
    }),
    networkQuality: () => undefined,
  },
});

/** Collects a wrapped client's events in order, for assertions without races. */
export function collect(rtc: { on(event: never, fn: never): unknown }): {
  events: [string, unknown][];
  errors: RtcError[];
} {
  const events: [string, unknown][] = [];
  const errors: RtcError[] = [];
  for (const name of ['error', 'fatal', 'recoverable', 'recovered', 'retry', 'giveup'] as const) {
    (rtc.on as (e: string, fn: (x: unknown) => void) => unknown)(name, (x: unknown) => {
      events.push([name, x]);
      if (name === 'error') errors.push(x as RtcError);
    });
  }
  return { events, errors };
}

/** Flushes pending microtasks (promise chains) without touching timers. */
export async function flush(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await Promise.resolve();
}
