/**
 * rtc-errors/react under server rendering (Node, no `window`): importing it runs nothing, and the
 * hooks render the server snapshot.
 */
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { wrapClient } from '../../src/index.js';
import { useRtcError, useRtcHealth, type RtcEventSource } from '../../src/react/index.js';
import { FakeNgClient, ngTestAdapter } from '../wrap/support.js';

function Status({ rtc }: { rtc: RtcEventSource | null }) {
  const health = useRtcHealth(rtc);
  const error = useRtcError(rtc, 'fatal');
  return h('p', null, `${health.state}|${health.since}|${error ? error.code : 'none'}`);
}

describe('rtc-errors/react on the server', () => {
  it('imports without a window', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  });

  it('renders idle and no error without a handle', () => {
    expect(renderToString(h(Status, { rtc: null }))).toBe('<p>idle|0|none</p>');
  });

  it('renders the server snapshot with a handle too (no subscription on the server)', () => {
    const rtc = wrapClient(new FakeNgClient(), ngTestAdapter);
    expect(renderToString(h(Status, { rtc }))).toBe('<p>idle|0|none</p>');
    expect(rtc.listenerCount('health')).toBe(0);
    rtc.dispose();
  });
});
