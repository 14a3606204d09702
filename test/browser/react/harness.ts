/**
 * The page side of the React browser test (bundled by esbuild with React's development build,
 * where StrictMode mounts twice): a wrapped fake NG client, a component using both hooks, and
 * controls on `window.harness` for the test to drive.
 */
import { createElement as h, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { agoraNgAdapter } from '../../../adapters/agora-ng/index.js';
import { userMessage, wrapClient, type WrappedClient } from '../../../src/index.js';
import { useRtcError, useRtcHealth } from '../../../src/react/index.js';
import { FakeNgClient, ngError } from '../../wrap/support.js';

interface Harness {
  setup(options: { strict: boolean; failures: number; delayMs: number }): void;
  join(): void;
  leave(): Promise<void>;
  emit(event: string, ...args: unknown[]): void;
  unmount(): void;
  remount(): void;
  dispose(): void;
  text(): { state: string; attempt: string; retryIn: string; error: string };
  listeners(): { health: number; error: number };
  renders(): number;
  /** What the component rendered, `state:attempt`, repeats left out. */
  history(): string[];
  /** How many times a hook subscribed to 'health' (StrictMode's double mount subscribes twice). */
  subscriptions(): number;
  joinOutcome(): string;
}

let rtc: WrappedClient<FakeNgClient> | undefined;
let root: Root | undefined;
let strict = false;
let renders = 0;
let outcome = 'none';
let subscriptions = 0;
const history: string[] = [];
const container = document.createElement('div');
document.body.append(container);

function Status({ handle }: { handle: WrappedClient<FakeNgClient> }) {
  const health = useRtcHealth(handle);
  const error = useRtcError(handle, 'fatal');
  renders += 1;
  const shown = `${health.state}:${health.attempt ?? ''}`;
  if (history[history.length - 1] !== shown) history.push(shown);
  const retryIn = health.nextRetryAt !== undefined ? String(health.nextRetryAt - health.since >= 0) : '';
  return h(
    'div',
    null,
    h('span', { id: 'state' }, health.state),
    h('span', { id: 'attempt' }, health.attempt !== undefined ? String(health.attempt) : ''),
    h('span', { id: 'retry-in' }, retryIn),
    h('span', { id: 'error' }, error ? userMessage(error) : ''),
  );
}

function render(): void {
  if (!rtc) return;
  root = createRoot(container);
  const tree = h(Status, { handle: rtc });
  root.render(strict ? h(StrictMode, null, tree) : tree);
}

const read = (id: string): string => container.querySelector(`#${id}`)?.textContent ?? '';

const harness: Harness = {
  setup(options) {
    strict = options.strict;
    history.length = 0;
    const client = new FakeNgClient();
    for (let i = 0; i < options.failures; i++) {
      client.script('join', async () => {
        throw ngError('CAN_NOT_GET_GATEWAY_SERVER', 'flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER', {
          retry: true,
        });
      });
    }
    client.script('join', async () => 'uid-1');
    rtc = wrapClient(client, agoraNgAdapter, {
      random: () => 0,
      retry: { join: { maxAttempts: 10, budgetMs: 60_000, backoff: { initialDelayMs: options.delayMs } } },
    });
    const handle = rtc;
    const on = handle.on.bind(handle);
    subscriptions = 0;
    handle.on = ((event: 'health', listener: never) => {
      if (event === 'health') subscriptions += 1;
      return on(event, listener);
    }) as typeof handle.on;
    render();
  },
  join() {
    outcome = 'pending';
    rtc?.client.join('app', 'ch', 'tok').then(
      () => (outcome = 'resolved'),
      (e: unknown) => (outcome = `rejected ${(e as { code?: string }).code}`),
    );
  },
  leave: async () => {
    await rtc?.client.leave();
  },
  emit(event, ...args) {
    rtc?.client.emit(event, ...args);
  },
  unmount() {
    root?.unmount();
    root = undefined;
  },
  remount: render,
  dispose() {
    rtc?.dispose();
  },
  text: () => ({ state: read('state'), attempt: read('attempt'), retryIn: read('retry-in'), error: read('error') }),
  listeners: () => ({ health: rtc?.listenerCount('health') ?? -1, error: rtc?.listenerCount('error') ?? -1 }),
  renders: () => renders,
  history: () => [...history],
  subscriptions: () => subscriptions,
  joinOutcome: () => outcome,
};

(window as unknown as { harness: Harness }).harness = harness;
