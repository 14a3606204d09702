/**
 * The demo's output: a timeline of what the SDK did and what the app received from `wrapClient`,
 * as readable lines (coloured by severity on a terminal) or as one JSON object per event.
 * @module
 */
import {
  localize,
  redact,
  userMessage,
  type Clock,
  type GiveUpEvent,
  type Health,
  type HealthState,
  type LocalePack,
  type RecoveredEvent,
  type RetryEvent,
  type RtcError,
  type VendorId,
  type WrappedClient,
} from '../../src/index.js';

/** How the timeline is printed. */
export interface TimelineOptions {
  readonly write: (text: string) => void;
  readonly clock: Clock;
  /** One JSON object per event instead of text lines. */
  readonly json: boolean;
  /** Language of messages and actions. */
  readonly lang: 'en' | 'zh';
  /** ANSI colours (text mode only). */
  readonly colour: boolean;
}

const STYLE = {
  fatal: '\u001b[1;31m',
  recoverable: '\u001b[33m',
  recovered: '\u001b[32m',
  retry: '\u001b[36m',
  giveup: '\u001b[35m',
  step: '\u001b[1m',
  section: '\u001b[1;34m',
  dim: '\u001b[2m',
  ok: '\u001b[32m',
  health: '\u001b[94m',
} as const;
const RESET = '\u001b[0m';

const LABEL_WIDTH = 12;
const INDENT = ' '.repeat(12 + LABEL_WIDTH);

/** `mm:ss.mmm` of a duration in milliseconds. */
export function clockTime(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const minutes = Math.floor(total / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const millis = total % 1000;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.${String(millis).padStart(3, '0')}`;
}

/** A vendor code as the vendor's docs print it: Alibaba's numeric codes in hex, the rest as they are. */
export function vendorCodeText(vendor: VendorId, code: string | number | undefined): string | undefined {
  if (code === undefined) return undefined;
  if (vendor === 'aliyun' && typeof code === 'number' && code >= 0x10000) {
    return `0x${code.toString(16).toUpperCase().padStart(8, '0')}`;
  }
  return String(code);
}

/** Counts of what the timeline printed, by event. */
export type Counts = Record<'fatal' | 'recoverable' | 'recovered' | 'retry' | 'giveup', number>;

/** The demo's printer. */
export class Timeline {
  readonly counts: Counts = { fatal: 0, recoverable: 0, recovered: 0, retry: 0, giveup: 0 };
  readonly #start: number;
  #step = '';

  constructor(readonly options: TimelineOptions) {
    this.#start = options.clock.now();
  }

  /** Milliseconds of virtual time since the start. */
  get elapsed(): number {
    return this.options.clock.now() - this.#start;
  }

  #paint(style: keyof typeof STYLE, text: string): string {
    return this.options.colour ? `${STYLE[style]}${text}${RESET}` : text;
  }

  #line(style: keyof typeof STYLE, label: string, text: string, more: readonly string[] = []): void {
    if (this.options.json) return;
    const time = this.#paint('dim', `[${clockTime(this.elapsed)}]`);
    const head = this.#paint(style, label.padEnd(LABEL_WIDTH));
    const lines = [`${time} ${head}${text}`, ...more.map((m) => `${INDENT}${m}`)];
    this.options.write(`${lines.join('\n')}\n`);
  }

  /** Free text (banner, summary); not printed in JSON mode. */
  text(text: string): void {
    if (!this.options.json) this.options.write(`${text}\n`);
  }

  /** Starts a vendor's part of the session. */
  section(title: string): void {
    if (this.options.json) return;
    const rule = '─'.repeat(Math.max(4, 96 - title.length - 4));
    this.options.write(`\n${this.#paint('section', `── ${title} ${rule}`)}\n`);
  }

  /** Starts a step of the story; events that follow carry its name in JSON. */
  step(id: string, text: string): void {
    this.#step = id;
    this.#line('step', 'step', this.#paint('step', text));
  }

  /** What the simulated SDK did (the raw value it produced), secrets masked (`userSig`, `authInfo.token`...). */
  sdk(text: string): void {
    this.#line('dim', 'sdk', this.#paint('dim', redact(text)));
  }

  /** What the app did. */
  app(text: string): void {
    this.#line('dim', 'app', text);
  }

  /** An operation that succeeded. */
  ok(text: string): void {
    this.#line('ok', 'ok', text);
  }

  #texts(error: RtcError, packs: readonly LocalePack[]): { message: string; action: string } {
    if (this.options.lang === 'en') return { message: error.message, action: error.action };
    const { message, action } = localize(error, packs);
    return { message, action };
  }

  #emitJson(event: string, vendor: VendorId, fields: Record<string, unknown>): void {
    if (!this.options.json) return;
    const record = { event, vendor, time: this.elapsed, step: this.#step, ...fields };
    this.options.write(`${JSON.stringify(record)}\n`);
  }

  #errorJson(error: RtcError, packs: readonly LocalePack[]): Record<string, unknown> {
    const json: Record<string, unknown> = { ...error.toJSON() };
    if (this.options.lang !== 'en') json.localized = { lang: this.options.lang, ...this.#texts(error, packs) };
    return json;
  }

  #codeOf(error: RtcError | RecoveredEvent): string {
    const vendorCode = vendorCodeText(error.vendor, error.vendorCode);
    return vendorCode === undefined ? error.code : `${error.code} · ${vendorCode}`;
  }

  /** Prints an error the app received (`fatal` or `recoverable`). */
  error(error: RtcError, packs: readonly LocalePack[]): void {
    const event = error.severity === 'fatal' ? 'fatal' : 'recoverable';
    this.counts[event] += 1;
    this.#emitJson(event, error.vendor, this.#errorJson(error, packs));
    const { message, action } = this.#texts(error, packs);
    const count = error.context.count;
    const repeated =
      typeof count === 'number'
        ? ` (×${count} more within ${String(error.context.windowMs ?? '?')} ms, coalesced into this line)`
        : '';
    const more = event === 'fatal' ? [`action: ${action}`] : [];
    this.#line(event, event.toUpperCase(), `${this.#codeOf(error)}: ${message}${repeated}`, more);
  }

  /** Prints a condition that is over. */
  recovered(event: RecoveredEvent): void {
    this.counts.recovered += 1;
    const { cause: _cause, ...rest } = event;
    this.#emitJson('recovered', event.vendor, rest);
    const vendorCode = vendorCodeText(event.vendor, event.vendorCode);
    const signal = vendorCode === undefined ? '' : ` (signal ${vendorCode})`;
    this.#line('recovered', 'RECOVERED', `${event.code} is over${signal}${event.detail ? `: ${event.detail}` : ''}`);
  }

  /** Prints a retry the policy is about to make. */
  retry(event: RetryEvent, packs: readonly LocalePack[]): void {
    this.counts.retry += 1;
    const { error } = event;
    this.#emitJson('retry', error.vendor, {
      ...this.#errorJson(error, packs),
      attempt: event.attempt,
      delayMs: event.delayMs,
    });
    const op = event.operation ?? 'operation';
    const why = event.delayMs === 0 && error.retry.strategy === 'renew-token' ? ' (token renewed)' : '';
    this.#line(
      'retry',
      'RETRY',
      `${op} attempt ${event.attempt} failed with ${this.#codeOf(error)}; next attempt in ${event.delayMs} ms${why}`,
    );
  }

  /** Prints a policy giving up. */
  giveup(event: GiveUpEvent, packs: readonly LocalePack[]): void {
    this.counts.giveup += 1;
    this.#emitJson('giveup', event.error.vendor, { ...this.#errorJson(event.error, packs), attempts: event.attempts });
    this.#line(
      'giveup',
      'GIVEUP',
      `${event.operation ?? 'operation'} after ${event.attempts} attempts (${String(event.error.context.giveUpReason ?? '')})`,
    );
  }

  /** Prints a change of the connection health (text mode), with what the user would be told. */
  health(health: Health, previous: HealthState): void {
    if (this.options.json) return;
    const now = this.options.clock.now();
    const detail: string[] = [];
    if (health.attempt !== undefined) detail.push(`attempt ${health.attempt}`);
    if (health.nextRetryAt !== undefined) detail.push(`in ${Math.max(0, health.nextRetryAt - now)} ms`);
    if (health.codes !== undefined) detail.push(health.codes.join(', '));
    const said = health.error !== undefined ? `: "${userMessage(health.error, { lang: this.options.lang })}"` : '';
    const moved = health.state === previous ? health.state : `${previous} → ${health.state}`;
    this.#line('health', 'health', `${moved}${detail.length ? ` (${detail.join(', ')})` : ''}${said}`);
  }

  /** Subscribes the timeline to every event of a wrapped client. */
  follow(rtc: WrappedClient<object>, packs: readonly LocalePack[]): void {
    let previous = rtc.health.state;
    rtc.on('health', (h) => {
      this.health(h, previous);
      previous = h.state;
    });
    rtc.on('fatal', (e) => this.error(e, packs));
    rtc.on('recoverable', (e) => this.error(e, packs));
    rtc.on('recovered', (e) => this.recovered(e));
    rtc.on('retry', (e) => this.retry(e, packs));
    rtc.on('giveup', (e) => this.giveup(e, packs));
  }
}

/** A short description of a raw SDK value, as the app would see it in a debugger. */
export function describeRaw(value: unknown, vendor: VendorId): string {
  if (value instanceof Error) {
    let code: unknown;
    try {
      code = (value as { code?: unknown }).code;
    } catch {
      code = undefined;
    }
    const codeText =
      typeof code === 'number' || typeof code === 'string' ? ` code ${vendorCodeText(vendor, code) ?? ''}` : '';
    // Alibaba's error class leaves `name` as 'Error': its class name says more.
    const ctor = (value as { constructor?: { name?: unknown } }).constructor?.name;
    const name = value.name === 'Error' && typeof ctor === 'string' && ctor !== '' ? ctor : value.name;
    return `${name}${codeText} "${value.message}"`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  return JSON.stringify(value) ?? String(value);
}

/** `name(arg, arg)` of an SDK event, arguments as JSON. */
export function describeEvent(event: string, args: readonly unknown[], vendor: VendorId): string {
  return `${event}(${args.map((a) => describeRaw(a, vendor)).join(', ')})`;
}
