/**
 * The live example page: a real SDK, wrapped with `wrapClient`, fails on purpose; every event
 * rtc-errors reports is shown in a table, in English or Chinese.
 *
 * `window.rtcDemo` is what the browser tests drive: `ready` (a promise), `results[id]` (the
 * promise of a scenario's last run, set when its button is pressed), `run(id)` and `setLang()`.
 */

/* global window, document, location, performance, URLSearchParams */
import { isRtcError, localize, unifiedZh, userMessage, wrapClient } from 'rtc-errors';
import { loadScript } from './scenarios/load-script.js';

const SDKS = {
  'agora-ng': 'Agora Web SDK 4.x (agora-rtc-sdk-ng)',
  'agora-web': 'Agora Web SDK 3.x (agora-rtc-sdk)',
  aliyun: 'Alibaba Cloud RTC (aliyun-rtc-sdk)',
  trtc: 'Tencent Cloud TRTC 5.x (trtc-sdk-v5)',
  'trtc-v4': 'Tencent Cloud TRTC 4.x (trtc-js-sdk)',
};

const UI = {
  en: {
    sdk: 'SDK',
    time: 'time',
    event: 'event',
    severity: 'severity',
    code: 'unified code',
    vendorCode: 'vendor code',
    message: 'message',
    action: 'action',
    retry: 'retry',
    hint: 'Every button makes the real SDK fail (this page has no network: the SDK cannot reach its servers). The table shows what rtc-errors reported through wrapClient, newest last.',
    attempt: (n, ms) => `attempt ${n}, next in ${ms} ms`,
    attempts: (n) => `${n} attempts`,
    resolved: 'resolved',
    health: {
      idle: 'Not connected',
      connecting: 'Connecting…',
      connected: 'Connected',
      reconnecting: 'Reconnecting…',
      degraded: 'Poor connection',
      failed: 'Disconnected',
      disposed: 'Closed',
    },
    reconnectingIn: (s) => `Reconnecting in ${s} s…`,
  },
  zh: {
    sdk: 'SDK',
    time: '时间',
    event: '事件',
    severity: '严重程度',
    code: '统一错误码',
    vendorCode: '厂商错误码',
    message: '说明',
    action: '处理建议',
    retry: '重试',
    hint: '每个按钮都会让真实的 SDK 出错（此页面没有网络，SDK 连不上它的服务器）。下表列出 rtc-errors 通过 wrapClient 上报的内容，最新的在最后。',
    attempt: (n, ms) => `第 ${n} 次失败，${ms} 毫秒后重试`,
    attempts: (n) => `共 ${n} 次`,
    resolved: '成功',
    health: {
      idle: '未连接',
      connecting: '正在连接…',
      connected: '已连接',
      reconnecting: '正在重连…',
      degraded: '网络不佳',
      failed: '已断开',
      disposed: '已关闭',
    },
    reconnectingIn: (s) => `${s} 秒后重连…`,
  },
};

const params = new URLSearchParams(location.search);
const sdkId = Object.prototype.hasOwnProperty.call(SDKS, params.get('sdk') ?? '') ? params.get('sdk') : 'agora-ng';
let lang = params.get('lang') === 'zh' ? 'zh' : 'en';

/** Rows of the table: scenario headers, events and call outcomes. */
const rows = [];
let vendorPack;

// ---------------------------------------------------------------------------------------------
// Plain, JSON-safe descriptions of what the library reported (what the tests assert on).

function safe(read, fallback) {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The original value an RtcError keeps as `cause`, described without changing it. */
export function describeCause(cause) {
  if (cause === null || cause === undefined) return { type: String(cause) };
  const type = typeof cause;
  if (type !== 'object' && type !== 'function') return { type, value: type === 'bigint' ? String(cause) : cause };
  const out = {
    type: 'object',
    constructor: safe(() => cause.constructor?.name, undefined),
    isError: cause instanceof Error,
  };
  for (const key of ['name', 'code', 'message', 'reason']) {
    const v = safe(() => cause[key], undefined);
    if (v !== undefined && v !== null && typeof v !== 'object' && typeof v !== 'function') out[key] = v;
  }
  // Plain objects (agora-web 3.x `{type, msg, info}`, aliyun `{errorCode, errorCodeName}`): their own fields.
  const own = {};
  for (const key of safe(() => Object.keys(cause), [])) {
    const v = safe(() => cause[key], undefined);
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) own[key] = v;
  }
  out.own = own;
  return out;
}

/** An RtcError as plain data. */
export function describeError(error) {
  if (!isRtcError(error)) return { notRtcError: true, cause: describeCause(error) };
  return {
    name: error.name,
    code: error.code,
    category: error.category,
    severity: error.severity,
    retryable: error.retry.retryable,
    strategy: error.retry.strategy,
    vendor: error.vendor,
    vendorCode: error.vendorCode,
    vendorName: error.vendorName,
    kind: error.kind,
    operation: error.operation,
    message: error.message,
    detail: error.detail,
    action: error.action,
    context: { ...error.context },
    zh: localize(error, [vendorPack, unifiedZh].filter(Boolean)),
    cause: describeCause(error.cause),
  };
}

// ---------------------------------------------------------------------------------------------
// The table.

const $ = (sel) => document.querySelector(sel);

function clock(ms) {
  const d = new Date(performance.timeOrigin + ms);
  return `${d.toTimeString().slice(0, 8)}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}

function text(error) {
  if (!error) return { message: '', action: '' };
  if (lang === 'en' || !isRtcError(error)) return { message: error.message ?? '', action: error.action ?? '' };
  const zh = localize(error, [vendorPack, unifiedZh].filter(Boolean));
  return { message: zh.message, action: zh.action };
}

function td(content, cls) {
  const cell = document.createElement('td');
  if (cls) cell.className = cls;
  if (content instanceof window.Node) cell.append(content);
  else cell.textContent = content ?? '';
  return cell;
}

function badge(label, cls) {
  const span = document.createElement('span');
  span.className = `sev ${cls}`;
  span.textContent = label;
  return span;
}

function renderRow(row) {
  const tr = document.createElement('tr');
  if (row.kind === 'scenario') {
    tr.className = 'scenario';
    const cell = td(`▶ ${row.label}`);
    cell.colSpan = 8;
    tr.append(cell);
    return tr;
  }
  const ui = UI[lang];
  const error = row.error;
  const { message, action } = text(error);
  const severity = row.severity ?? error?.severity;
  const ev = document.createElement('span');
  ev.className = 'ev';
  ev.textContent = row.event;
  let retry = '';
  if (row.event === 'retry') retry = ui.attempt(row.attempt, row.delayMs);
  else if (row.event === 'giveup') retry = ui.attempts(row.attempts);
  tr.dataset.event = row.event;
  tr.append(
    td(clock(row.at), 'time'),
    td(ev),
    td(severity ? badge(severity, severity) : ''),
    td(row.code ?? error?.code ?? '', 'code'),
    td(row.vendorCode ?? vendorCodeText(error), 'vendor'),
    td(row.message ?? message, 'message'),
    td(action, 'action'),
    td(retry, 'retry'),
  );
  return tr;
}

/** The vendor code as the SDK reported it, with its hex form when the adapter gives one (Alibaba). */
function vendorCodeText(error) {
  if (error?.vendorCode === undefined) return '';
  const hex = error.context?.hex;
  return hex ? `${error.vendorCode} (${hex})` : String(error.vendorCode);
}

function render() {
  const body = $('#events tbody');
  body.replaceChildren(...rows.map(renderRow));
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = UI[lang][el.dataset.i18n];
  for (const b of document.querySelectorAll('[data-lang]'))
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  renderBanner();
}

function addRow(row) {
  const full = { at: performance.now(), ...row };
  rows.push(full);
  $('#events tbody').append(renderRow(full));
}

// ---------------------------------------------------------------------------------------------
// The end-user banner: the handle's health, and userMessage() of the last failure.

const banner = { health: undefined, error: undefined, timer: undefined };

function renderBanner() {
  const ui = UI[lang];
  const h = banner.health;
  const box = $('#health');
  if (!box) return;
  box.dataset.state = h?.state ?? 'idle';
  let state = ui.health[h?.state ?? 'idle'];
  if (h?.state === 'reconnecting' && h.nextRetryAt !== undefined) {
    state = ui.reconnectingIn(Math.max(0, Math.ceil((h.nextRetryAt - Date.now()) / 1000)));
  }
  $('#health-state').textContent = state;
  $('#user-message').textContent = banner.error ? userMessage(banner.error, { lang }) : '';
}

function showHealth(health) {
  // `disposed` is the scenario's end, not news for the user: the banner keeps the last state
  if (health.state === 'disposed') return;
  banner.health = health;
  if (health.state === 'connecting') banner.error = undefined;
  if (health.error && (health.state === 'failed' || !banner.error)) banner.error = health.error;
  window.clearInterval(banner.timer);
  if (health.state === 'reconnecting' && health.nextRetryAt !== undefined) {
    banner.timer = window.setInterval(renderBanner, 250);
  }
  renderBanner();
}

function showFailure(error) {
  if (!isRtcError(error)) return;
  banner.error = error;
  renderBanner();
}

// ---------------------------------------------------------------------------------------------
// Scenarios.

/**
 * What a scenario gets (scenarios/README.md): the SDK client wrapped with recording, calls recorded
 * with their outcome, notes.
 */
function context(sdk, record) {
  const handles = [];
  const ctx = {
    /** `wrapClient` with the scenario's recorder on every event; disposed when the scenario ends. */
    wrap(client, options = {}) {
      const before = sdk.countListeners(client);
      const rtc = wrapClient(client, sdk.adapter, { ...sdk.wrapOptions, ...options });
      const entry = { rtc, client, before, attached: [] };
      handles.push(entry);
      record.listeners.push({ target: 'client', before, during: sdk.countListeners(client) });
      const on = (event, toRow) =>
        rtc.on(event, (payload) => {
          record.events.push({ event, ...toRow(payload) });
          if (event !== 'error') addRow({ kind: 'event', event, ...rowOf(event, payload) });
        });
      on('error', (e) => ({ error: describeError(e) }));
      on('fatal', (e) => ({ error: describeError(e) }));
      on('recoverable', (e) => ({ error: describeError(e) }));
      on('recovered', (r) => ({
        recovered: { code: r.code, vendorCode: r.vendorCode, detail: r.detail, cause: describeCause(r.cause) },
      }));
      on('retry', (r) => ({
        error: describeError(r.error),
        attempt: r.attempt,
        delayMs: r.delayMs,
        operation: r.operation,
      }));
      on('giveup', (g) => ({ error: describeError(g.error), attempts: g.attempts, operation: g.operation }));
      rtc.on('health', (h) => {
        record.health.push({
          state: h.state,
          attempt: h.attempt,
          inMs: h.nextRetryAt === undefined ? undefined : h.nextRetryAt - Date.now(),
          code: h.error?.code,
          userMessage: h.error ? userMessage(h.error, { lang }) : undefined,
        });
        showHealth(h);
      });
      return rtc;
    },
    /** The client to call: `wrap(client, options).client`. */
    client(client, operation, options) {
      return ctx.wrap(client, options).client;
    },
    /**
     * `rtc.attach(target, role)` on the handle wrapped last, or when `newClient` is given on the
     * handle of the client it makes (wrapped here); the target's listener counts are recorded.
     */
    attach(target, role, operation, newClient) {
      if (newClient !== undefined) ctx.wrap(newClient());
      const entry = handles.at(-1);
      if (!entry) throw new Error(`attach(${role}) before any client was wrapped`);
      const before = sdk.countListeners(target);
      const attachment = entry.rtc.attach(target, role);
      entry.attached.push({ target, role, before });
      record.listeners.push({ target: role, before, during: sdk.countListeners(target) });
      return attachment;
    },
    /** Runs `fn` and records how it ended: resolved, rejected or threw, with the error described. */
    async call(name, fn) {
      let value;
      try {
        value = fn();
      } catch (error) {
        return outcome(name, 'threw', error);
      }
      if (!value || typeof value.then !== 'function') return outcome(name, 'returned', undefined, value);
      try {
        return outcome(name, 'resolved', undefined, await value);
      } catch (error) {
        return outcome(name, 'rejected', error);
      }
    },
    /** Records a failure callback's argument (callback-style SDKs). */
    failed(name, error) {
      return outcome(name, 'onFailure', error);
    },
    /** Records an exception a call threw at once. */
    threw(name, error) {
      return outcome(name, 'threw', error);
    },
    note(key, value) {
      record.notes[key] = value;
    },
    log(message) {
      record.log.push(message);
    },
    /** Disposes every handle and records the listener counts afterwards. */
    disposeAll() {
      for (const h of handles.splice(0)) {
        h.rtc.dispose();
        const i = record.listeners.findIndex((l) => l.target === 'client' && l.after === undefined);
        if (i >= 0) record.listeners[i].after = sdk.countListeners(h.client);
        for (const a of h.attached) {
          const j = record.listeners.findIndex((l) => l.target === a.role && l.after === undefined);
          if (j >= 0) record.listeners[j].after = sdk.countListeners(a.target);
        }
      }
    },
  };
  function outcome(name, status, error, value) {
    const entry = { call: name, status };
    if (error !== undefined) {
      entry.error = describeError(error);
      entry.userMessage = userMessage(error, { lang });
      showFailure(error);
    }
    if (value !== undefined) entry.value = safe(() => JSON.parse(JSON.stringify(value ?? null)), String(value));
    record.outcomes.push(entry);
    if (error !== undefined) {
      addRow({
        kind: 'event',
        event: `${name}: ${status}`,
        error: isRtcError(error) ? error : undefined,
        ...(isRtcError(error) ? {} : { message: String(safe(() => error.message ?? error, 'error')) }),
      });
    } else addRow({ kind: 'event', event: `${name}: ${status}`, severity: 'ok', message: UI[lang].resolved });
    return { status, error, value };
  }
  return ctx;
}

function rowOf(event, payload) {
  if (event === 'recovered') return { severity: 'recovered', code: payload.code, vendorCode: payload.vendorCode };
  if (event === 'retry') return { error: payload.error, attempt: payload.attempt, delayMs: payload.delayMs };
  if (event === 'giveup') return { error: payload.error, attempts: payload.attempts };
  return { error: payload };
}

async function runScenario(sdk, scenario) {
  const record = { scenario: scenario.id, events: [], outcomes: [], listeners: [], notes: {}, health: [], log: [] };
  banner.health = undefined;
  banner.error = undefined;
  renderBanner();
  addRow({ kind: 'scenario', label: scenario.label ?? scenario.name });
  const ctx = context(sdk, record);
  const started = performance.now();
  try {
    await scenario.run(ctx);
  } catch (error) {
    record.notes.scenarioError = String(error?.stack ?? error);
  } finally {
    ctx.disposeAll();
    try {
      await scenario.cleanup?.();
    } catch (error) {
      record.notes.cleanupError = String(error);
    }
  }
  record.ms = Math.round(performance.now() - started);
  return record;
}

// ---------------------------------------------------------------------------------------------
// Start.

async function start() {
  const select = $('#sdk');
  for (const [id, label] of Object.entries(SDKS)) select.append(new window.Option(label, id, false, id === sdkId));
  select.addEventListener('change', () => {
    params.set('sdk', select.value);
    location.search = params.toString();
  });
  for (const b of document.querySelectorAll('[data-lang]'))
    b.addEventListener('click', () => demo.setLang(b.dataset.lang));
  render();

  // The SDK's scenarios (shared with the capture pages) and what this page needs beside them.
  const [shared, vendor] = await Promise.all([import(`./scenarios/${sdkId}.js`), import(`./sdk/${sdkId}.js`)]);
  const sdk = { ...vendor, scenarios: shared.scenarios.filter((s) => s.id) };
  vendorPack = sdk.zhPack;
  const version = await shared.load({ loadScript, bundles: '/.tmp/browser/' });
  $('#status').textContent = `${SDKS[sdkId]} ${version} · rtc-errors ${sdk.adapter.id} adapter`;
  const box = $('#scenarios');
  let queue = Promise.resolve();
  for (const scenario of sdk.scenarios) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.scenario = scenario.id;
    button.textContent = scenario.label ?? scenario.name;
    button.title = scenario.hint ?? '';
    button.addEventListener('click', () => {
      // One scenario at a time: the SDKs keep global state (Alibaba's engine is a singleton).
      button.classList.add('running');
      const result = (queue = queue.then(() => runScenario(sdk, scenario)));
      demo.results[scenario.id] = result;
      result.finally(() => button.classList.remove('running'));
    });
    box.append(button);
  }
  demo.sdk = { id: sdkId, version, scenarios: sdk.scenarios.map((s) => s.id) };
}

const demo = {
  ready: undefined,
  sdk: undefined,
  results: {},
  rows,
  /** Presses a scenario's button and resolves to its record. */
  run(id) {
    const button = document.querySelector(`button[data-scenario="${id}"]`);
    if (!button) return Promise.reject(new Error(`no scenario ${id}`));
    button.click();
    return demo.results[id];
  },
  setLang(next) {
    lang = next === 'zh' ? 'zh' : 'en';
    params.set('lang', lang);
    window.history.replaceState(null, '', `?${params}`);
    render();
  },
};
window.rtcDemo = demo;
demo.ready = start().then(
  () => true,
  (error) => {
    $('#status').textContent = `failed to start: ${error}`;
    throw error;
  },
);
