/**
 * Fake SDK clients shaped like each SDK's surface, and small test adapters (built with
 * `defineAdapter` + `createCatalog`) that recognize exactly the raw shapes these fakes produce.
 * The real adapters (catalogs, recognizers, translators) are written elsewhere; these tests check
 * the wrapping mechanism, not the catalogs.
 */
import { EventEmitter } from 'eventemitter3';
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

// ---------------------------------------------------------------------------------------------
// An emitter like Agora's own (on/off/once/getListeners), with listener counting.

type Fn = (...args: unknown[]) => unknown;

export class AgoraLikeEmitter {
  private readonly events = new Map<string, Fn[]>();
  on(event: string, listener: Fn): void {
    const list = this.events.get(event) ?? [];
    list.push(listener);
    this.events.set(event, list);
  }
  off(event: string, listener: Fn): void {
    const list = this.events.get(event) ?? [];
    const i = list.indexOf(listener);
    if (i >= 0) list.splice(i, 1);
  }
  getListeners(event: string): Fn[] {
    return [...(this.events.get(event) ?? [])];
  }
  /** Total listeners, all events. */
  totalListeners(): number {
    let n = 0;
    for (const list of this.events.values()) n += list.length;
    return n;
  }
  /** Dispatch like the SDK: every listener, in order; a throwing listener would break the loop. */
  emit(event: string, ...args: unknown[]): void {
    for (const fn of this.getListeners(event)) fn(...args);
  }
}

// ---------------------------------------------------------------------------------------------
// agora-ng: IAgoraRTCClient, promise methods, AgoraRTCError-shaped rejections.

/** An error shaped like the NG SDK's `AgoraRTCError`. */
export class AgoraRTCError extends Error {
  constructor(
    readonly code: string,
    detail: string,
    readonly data?: Record<string, unknown>,
  ) {
    super(`AgoraRTCError ${code}: ${detail}`);
    Object.defineProperty(this, 'name', { value: 'AgoraRTCException' });
  }
}

type Behavior = (...args: unknown[]) => unknown;

/** A fake `IAgoraRTCClient`: methods on the prototype, each playing `behaviors[name]` (FIFO). */
export class FakeNgClient extends AgoraLikeEmitter {
  readonly calls: { name: string; args: unknown[]; self: unknown }[] = [];
  readonly behaviors = new Map<string, Behavior[]>();
  connectionState = 'DISCONNECTED';

  /** Queues what the next calls of `name` do. */
  script(name: string, ...behaviors: Behavior[]): this {
    this.behaviors.set(name, [...(this.behaviors.get(name) ?? []), ...behaviors]);
    return this;
  }
  protected play(name: string, args: unknown[]): unknown {
    this.calls.push({ name, args, self: this });
    const queue = this.behaviors.get(name) ?? [];
    const next = queue.length > 1 ? queue.shift() : queue[0];
    return next ? next(...args) : undefined;
  }
  callsOf(name: string): unknown[][] {
    return this.calls.filter((c) => c.name === name).map((c) => c.args);
  }
  async join(
    appid: string,
    channel: string,
    token: string | null,
    uid?: number | string | null,
  ): Promise<number | string> {
    return (await this.play('join', [appid, channel, token, uid])) as number | string;
  }
  async leave(): Promise<void> {
    await this.play('leave', []);
  }
  async publish(tracks: unknown): Promise<void> {
    await this.play('publish', [tracks]);
  }
  async subscribe(user: unknown, mediaType: string): Promise<unknown> {
    return this.play('subscribe', [user, mediaType]);
  }
  async renewToken(token: string): Promise<void> {
    await this.play('renewToken', [token]);
  }
  async setClientRole(role: string): Promise<void> {
    await this.play('setClientRole', [role]);
  }
  async startLiveStreaming(url: string, transcodingEnabled?: boolean): Promise<void> {
    await this.play('startLiveStreaming', [url, transcodingEnabled]);
  }
  setEncryptionConfig(mode: string, secret: string): void {
    this.play('setEncryptionConfig', [mode, secret]);
  }
  getRTCStats(): { Duration: number } {
    return { Duration: 1 };
  }
}

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

export function ngError(code: string, detail: string, data?: Record<string, unknown>): AgoraRTCError {
  return new AgoraRTCError(code, detail, data);
}

// ---------------------------------------------------------------------------------------------
// agora-web 3.x: callback methods, string codes, events on/off.

type Ok = (...args: unknown[]) => void;
type Fail = (err: unknown) => void;

/** A fake 3.x `Client`: callback-style methods with the SDK's exact argument positions. */
export class FakeWebClient extends AgoraLikeEmitter {
  readonly calls: { name: string; args: unknown[] }[] = [];
  /** What the next `join`s do: given the success and failure callbacks. */
  joinOutcomes: ((ok: Ok, fail: Fail) => void)[] = [];
  publishOutcome: (stream: unknown, fail: Fail) => void = () => undefined;
  roleOutcome: (cb: (err?: string | null) => void) => void = (cb) => cb(null);
  tokens: string[] = [];

  init(appId: string, onSuccess?: () => void, onFailure?: (err: string) => void): void {
    this.calls.push({ name: 'init', args: [appId] });
    if (appId === 'bad') onFailure?.('INVALID_VENDOR_KEY');
    else onSuccess?.();
  }
  join(
    tokenOrKey: string | null,
    channel: string,
    uid: number | string | null,
    optionalInfo?: unknown,
    onSuccess?: unknown,
    onFailure?: unknown,
  ): void {
    // like the SDK: optionalInfo may be left out, the callbacks then move left
    if (typeof optionalInfo === 'function') {
      onFailure = onSuccess;
      onSuccess = optionalInfo;
      optionalInfo = undefined;
    }
    this.calls.push({ name: 'join', args: [tokenOrKey, channel, uid, optionalInfo] });
    const outcome = this.joinOutcomes.length > 1 ? this.joinOutcomes.shift() : this.joinOutcomes[0];
    outcome?.(
      (...a) => (onSuccess as Ok | undefined)?.(...a),
      (e) => (onFailure as Fail | undefined)?.(e),
    );
  }
  leave(onSuccess?: () => void, _onFailure?: (err: string) => void): void {
    this.calls.push({ name: 'leave', args: [] });
    onSuccess?.();
  }
  publish(stream: unknown, onFailure?: (err: string) => void): void {
    this.calls.push({ name: 'publish', args: [stream] });
    this.publishOutcome(stream, (e) => onFailure?.(e as string));
  }
  setClientRole(role: string, callback?: (err?: string | null) => void): void {
    this.calls.push({ name: 'setClientRole', args: [role] });
    this.roleOutcome((err) => callback?.(err));
  }
  renewToken(token: string): void {
    this.tokens.push(token);
  }
  startLiveStreaming(url: string): void {
    if (!url.startsWith('rtmp://')) throw new Error('INVALID_PARAMETER: url');
  }
  callsOf(name: string): unknown[][] {
    return this.calls.filter((c) => c.name === name).map((c) => c.args);
  }
}

/** A fake 3.x `Stream`: `init(onSuccess, onFailure)`, events with on/removeEventListener. */
export class FakeWebStream {
  private readonly listeners = new Map<string, Fn[]>();
  initOutcome: (ok: () => void, fail: (err: unknown) => void) => void = (ok) => ok();
  init(onSuccess?: () => void, onFailure?: (err: unknown) => void): void {
    this.initOutcome(
      () => onSuccess?.(),
      (e) => onFailure?.(e),
    );
  }
  on(event: string, fn: Fn): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
  }
  removeEventListener(event: string, fn: Fn): void {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((f) => f !== fn),
    );
  }
  emit(event: string, ...args: unknown[]): void {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
  count(): number {
    let n = 0;
    for (const l of this.listeners.values()) n += l.length;
    return n;
  }
}

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

type Handler = Record<string, ((...args: unknown[]) => void) | undefined>;

export class FakeNativeEngine {
  readonly handlers: Handler[] = [];
  readonly calls: { name: string; args: unknown[] }[] = [];
  returns = new Map<string, number[]>();

  registerEventHandler(handler: Handler): boolean {
    this.handlers.push(handler);
    return true;
  }
  unregisterEventHandler(handler: Handler): boolean {
    const i = this.handlers.indexOf(handler);
    if (i >= 0) this.handlers.splice(i, 1);
    return i >= 0;
  }
  fire(name: string, ...args: unknown[]): void {
    for (const h of [...this.handlers]) h[name]?.(...args);
  }
  private ret(name: string, args: unknown[]): number {
    this.calls.push({ name, args });
    const queue = this.returns.get(name) ?? [];
    return (queue.length > 1 ? queue.shift() : queue[0]) ?? 0;
  }
  joinChannel(token: string, channelId: string, uid: number, options: object): number {
    return this.ret('joinChannel', [token, channelId, uid, options]);
  }
  leaveChannel(): number {
    return this.ret('leaveChannel', []);
  }
  enableVideo(): number {
    return this.ret('enableVideo', []);
  }
  startPreview(): number {
    return this.ret('startPreview', []);
  }
  renewToken(token: string): number {
    return this.ret('renewToken', [token]);
  }
  getVersion(): { version: string } {
    return { version: '4.6.4' };
  }
  callsOf(name: string): unknown[][] {
    return this.calls.filter((c) => c.name === name).map((c) => c.args);
  }
}

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

/** Like the SDK's `AliRtcError`: `code` and `reason` are prototype getters over private fields. */
export class AliRtcError extends Error {
  private readonly _code: number;
  private readonly _reason: string;
  constructor(code: number, reason: string) {
    super(reason);
    this._code = code;
    this._reason = reason;
  }
  get code(): number {
    return this._code;
  }
  get reason(): string {
    return this._reason;
  }
}

export class FakeAliEngine extends EventEmitter {
  readonly calls: { name: string; args: unknown[] }[] = [];
  readonly outcomes = new Map<string, (() => Promise<unknown>)[]>();
  static getCameraList = async (): Promise<unknown[]> => {
    throw new AliRtcError(0x01030204, 'no camera');
  };
  queue(name: string, ...fns: (() => Promise<unknown>)[]): this {
    this.outcomes.set(name, [...(this.outcomes.get(name) ?? []), ...fns]);
    return this;
  }
  private async play(name: string, args: unknown[]): Promise<unknown> {
    this.calls.push({ name, args });
    const q = this.outcomes.get(name) ?? [];
    const next = q.length > 1 ? q.shift() : q[0];
    return next ? next() : undefined;
  }
  async joinChannel(authInfoOrToken: unknown, userName?: string): Promise<void> {
    await this.play('joinChannel', [authInfoOrToken, userName]);
  }
  async leaveChannel(): Promise<void> {
    await this.play('leaveChannel', []);
  }
  async publishLocalVideoStream(enabled: boolean): Promise<void> {
    await this.play('publishLocalVideoStream', [enabled]);
  }
  async refreshAuthInfo(authInfo: unknown): Promise<void> {
    await this.play('refreshAuthInfo', [authInfo]);
  }
  async startPreview(): Promise<void> {
    await this.play('startPreview', []);
  }
  callsOf(name: string): unknown[][] {
    return this.calls.filter((c) => c.name === name).map((c) => c.args);
  }
  totalListeners(): number {
    return this.eventNames().reduce((n, e) => n + this.listenerCount(e), 0);
  }
}

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
