/**
 * Operations typed from the client and the adapter: `invoke`, the keys of the `retry` option and
 * the roles of `attach` know the wrapped client's operation names, so a misspelt one is a compile
 * error (`@ts-expect-error` below fails `npm run typecheck` if the line ever compiles); the same
 * keys are checked at run time, where a method a newer SDK adds is accepted because the client has it.
 */
import type { IAgoraRTCClient, UID } from 'agora-rtc-sdk-ng';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createCatalog,
  defineAdapter,
  wrapClient,
  type Adapter,
  type OperationKind,
  type RetryKey,
  type RtcError,
  type WrappedClient,
} from '../../src/index.js';
import { agoraNgAdapter } from '../../adapters/agora-ng/index.js';
import { FakeNgClient, ngTestAdapter } from '../wrap/support.js';

/** Type-only checks: compiled by tsc, never run (the real SDK client is only declared). */
function typeOnly(_check: () => void): void {}

/** A client whose type lists two methods; its adapter's surface names one more (a newer SDK's). */
class Conference {
  on(_event: string, _fn: (...args: unknown[]) => void): void {}
  off(_event: string, _fn: (...args: unknown[]) => void): void {}
  async connect(room: string, token: string): Promise<number> {
    return room.length + token.length;
  }
  async hangUp(): Promise<void> {}
  readonly state = 'idle';
}

const conferenceAdapter = defineAdapter({
  id: 'acme',
  catalog: createCatalog([]),
  recognize: () => undefined,
  client: {
    client: {
      operations: {
        connect: { style: 'promise', kind: 'join', tokenArg: 1 },
        hangUp: { style: 'promise', supersedes: ['connect'] },
        shareScreen: { style: 'promise', kind: 'publish' },
      },
      events: { style: 'emitter', on: 'on', off: 'off' },
    },
    targets: { device: { operations: { open: { style: 'promise' } } } },
  },
});

describe('operation names are typed from the client and the adapter', () => {
  it('defineAdapter keeps the id, the operation names and the roles', () => {
    expectTypeOf(conferenceAdapter).toEqualTypeOf<
      Adapter<'acme', 'connect' | 'hangUp' | 'shareScreen', 'device', 'open'>
    >();
    // our own adapters are typed as fully
    expectTypeOf(agoraNgAdapter.id).toEqualTypeOf<'agora-ng'>();
    expectTypeOf<'join' | 'leave' | 'publish'>().toExtend<
      Parameters<WrappedClient<IAgoraRTCClient, typeof agoraNgAdapter>['invoke']>[0]
    >();
    // an adapter typed only as `Adapter` adds no names, and takes none away
    expectTypeOf<RetryKey<Conference, Adapter>>().toEqualTypeOf<'on' | 'off' | 'connect' | 'hangUp' | OperationKind>();
  });

  it('invoke takes the client methods and the surface operations, with their arguments and results', async () => {
    const rtc = wrapClient(new Conference(), conferenceAdapter);
    expectTypeOf(rtc.invoke<'connect'>)
      .parameter(1)
      .toEqualTypeOf<Readonly<[room: string, token: string]> | undefined>();
    expectTypeOf(rtc.invoke<'connect'>).returns.toEqualTypeOf<Promise<number>>();
    // an operation the surface names but the client's type does not: accepted, untyped
    expectTypeOf(rtc.invoke<'shareScreen'>).returns.toEqualTypeOf<Promise<unknown>>();
    expect(await rtc.invoke('connect', ['room', 'tok'])).toBe(7);
    // @ts-expect-error: a misspelt operation
    const misspelt = rtc.invoke('conect', ['room', 'tok']).catch((e: unknown) => e);
    expect(await misspelt).toBeInstanceOf(Error);
    // @ts-expect-error: the arguments are the method's
    void rtc.invoke('connect', [1, 2]).catch(() => undefined);
    // @ts-expect-error: a property that is not a method is not an operation
    void rtc.invoke('state').catch(() => undefined);
    rtc.dispose();
  });

  it('the real SDK client type types invoke', () => {
    typeOnly(() => {
      const client = undefined as unknown as IAgoraRTCClient;
      const rtc = wrapClient(client, agoraNgAdapter);
      expectTypeOf(rtc.invoke('join', ['app', 'channel', null])).toEqualTypeOf<Promise<UID>>();
      // @ts-expect-error: 'jion' is not an operation of IAgoraRTCClient
      void rtc.invoke('jion', ['app', 'channel', null]);
    });
  });

  it('retry keys are operation names and kinds; a misspelt one does not compile', () => {
    typeOnly(() => {
      const client = undefined as unknown as IAgoraRTCClient;
      wrapClient(client, agoraNgAdapter, {
        retry: {
          join: { maxAttempts: 5 }, // a method of the client and a kind
          default: false, // a kind
          subscribe: { maxAttempts: 2 },
          createMicrophoneAudioTrack: false, // an operation of an attachable target ('global')
        },
      });
      // @ts-expect-error: 'joni' is neither an operation nor a kind
      wrapClient(client, agoraNgAdapter, { retry: { joni: { maxAttempts: 5 } } });
    });
    const rtc = wrapClient(new Conference(), conferenceAdapter, {
      retry: { connect: { maxAttempts: 2 }, shareScreen: false, open: false, join: false },
    });
    rtc.dispose();
    // @ts-expect-error: misspelt, for a third-party adapter too
    expect(() => wrapClient(new Conference(), conferenceAdapter, { retry: { conect: false } })).toThrow(TypeError);
  });

  it('attach takes the roles of the adapter', () => {
    const rtc = wrapClient(new Conference(), conferenceAdapter);
    expectTypeOf(rtc.attach).parameter(1).toEqualTypeOf<'device'>();
    // @ts-expect-error: no such role
    expect(() => rtc.attach({}, 'camera')).toThrow(/unknown role 'camera'/);
    rtc.dispose();
  });

  it('a client typed loosely accepts any name (checked at run time only)', () => {
    typeOnly(() => {
      const loose = undefined as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const rtc = wrapClient(loose, ngTestAdapter, { retry: { anything: false } });
      expectTypeOf(rtc.invoke('anything')).toEqualTypeOf<Promise<unknown>>();
    });
  });
});

describe('retry keys are checked at run time', () => {
  it('rejects a key that is neither a method, a surface operation nor a kind, naming it', () => {
    const client = new FakeNgClient();
    expect(() => wrapClient(client, ngTestAdapter, { retry: { joni: { maxAttempts: 2 } } as never })).toThrow(
      /unknown operation in option "retry\.joni"/,
    );
    // the client is left untouched: nothing was patched
    expect(Object.prototype.hasOwnProperty.call(client, 'join')).toBe(false);
  });

  it('accepts a method the client has but its type does not know (a newer SDK)', () => {
    const client = Object.assign(new FakeNgClient(), { async startNewFeature(): Promise<void> {} });
    const rtc = wrapClient(client as FakeNgClient, ngTestAdapter, { retry: { startNewFeature: false } as never });
    expect(rtc.disposed).toBe(false);
    rtc.dispose();
  });

  it('accepts kinds, surface operations of the client and of attachable targets', () => {
    const client = new FakeNgClient();
    // massSubscribe: in the agora-ng surface, not on the fake; createCameraVideoTrack: the 'global'
    // target's (ngTestAdapter is typed as a plain `Adapter`: its surface's names are not in its type)
    const retry = { join: false, default: false, massSubscribe: false, createCameraVideoTrack: false } as const;
    const rtc = wrapClient(client, ngTestAdapter, { retry: retry as never });
    rtc.dispose();
  });

  it('an error of a wrapped client is an RtcError of its adapter, the browser or unknown', () => {
    const rtc = wrapClient(new Conference(), conferenceAdapter);
    rtc.on('error', (e) => expectTypeOf(e).toEqualTypeOf<RtcError<'acme' | 'browser' | 'unknown'>>());
    rtc.dispose();
  });
});
