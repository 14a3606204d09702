/**
 * `rtc-errors explain` and the top level, run through `main()` with test-local adapters.
 */
import { describe, expect, it } from 'vitest';
import { fromRecognition, localize } from '../../src/index.js';
import { run, TEST_ADAPTERS, TEST_LOCALES } from './support.js';

const REQUIRED = [
  'vendor',
  'vendorCode',
  'vendorName',
  'code',
  'category',
  'severity',
  'retryable',
  'strategy',
  'kind',
  'message',
  'action',
];

describe('explain', () => {
  it('answers a name with the vendor entry, its unified code, severity, retry and action', async () => {
    const r = await run(['explain', 'UID_CONFLICT']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('agora-ng');
    expect(r.stdout).toContain('uid_conflict');
    expect(r.stdout).toContain('fatal');
    expect(r.stdout).toContain('Use a distinct uid for every user.');
  });

  it('lets every vendor that knows a number answer, each with its family', async () => {
    const r = await run(['explain', '101', '--json']);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.map((x) => x.vendor).sort()).toEqual(['agora-native', 'agora-web']);
    expect(rows.find((x) => x.vendor === 'agora-native')?.family).toBe('ERR');
    expect(rows.find((x) => x.vendor === 'agora-web')?.family).toBeUndefined();
    const text = await run(['explain', '101']);
    expect(text.stdout).toContain('2 entries');
    expect(text.stdout).toContain('[ERR]');
  });

  it('returns every candidate of a number shared by several families', async () => {
    const r = await run(['explain', '--vendor', 'agora-native', '8', '--json']);
    const rows = JSON.parse(r.stdout) as { family: string; vendorName: string }[];
    expect(rows.map((x) => x.family)).toEqual(['ERR', 'WARN', 'CONNECTION_CHANGED_REASON']);
  });

  it('prints JSON rows with every required field, computed as normalize computes them', async () => {
    const r = await run([
      'explain',
      'SOCKET_DISCONNECTED',
      'ERR_INVALID_VENDOR_KEY',
      '0x01040404',
      '17040388',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    // ERR_INVALID_VENDOR_KEY is a name in agora-web and an alias in agora-native
    expect(rows.map((x) => `${String(x.query)}:${String(x.vendor)}`)).toEqual([
      'SOCKET_DISCONNECTED:agora-web',
      'ERR_INVALID_VENDOR_KEY:agora-web',
      'ERR_INVALID_VENDOR_KEY:agora-native',
      '0x01040404:aliyun',
      '17040388:aliyun',
    ]);
    for (const row of rows) {
      for (const key of REQUIRED) expect(row, key).toHaveProperty(key);
      const adapter = TEST_ADAPTERS.find((a) => a.id === row.vendor)!;
      const entry = adapter.lookupAll(String(row.vendorCode)).find((e) => e.vendorName === row.vendorName)!;
      const err = fromRecognition({ entry }, adapter.id, undefined);
      expect(row.severity).toBe(err.severity);
      expect(row.retryable).toBe(err.retry.retryable);
      expect(row.strategy).toBe(err.retry.strategy);
      expect(row.code).toBe(err.code);
      expect(row.source).toBe(entry.source);
    }
    const socket = rows[0]!;
    expect(socket.severity).toBe('recoverable');
    expect(socket.strategy).toBe('wait-for-network');
    expect(socket.note).toContain('error');
  });

  it('gives Chinese message and action with --lang zh, from the vendor pack or the unified one', async () => {
    const r = await run(['explain', '--lang', 'zh', 'UID_CONFLICT', 'PERMISSION_DENIED', '--json']);
    const [uid, perm] = JSON.parse(r.stdout) as { message: string; action: string; code: string }[];
    expect(uid!.message).toBe(TEST_LOCALES[0]!.entries.UID_CONFLICT![0]);
    const entry = TEST_ADAPTERS[1]!.lookup('PERMISSION_DENIED')!;
    const zh = localize(fromRecognition({ entry }, 'agora-ng', undefined), TEST_LOCALES);
    expect(zh.locale).toBe('zh');
    expect(perm!.message).toBe(zh.message);
    expect(perm!.action).toMatch(/[\u4e00-\u9fff]/);
  });

  it('restricts the answer to --vendor', async () => {
    const r = await run(['explain', '--vendor', 'agora-native', '101', '--json']);
    expect((JSON.parse(r.stdout) as { vendor: string }[]).map((x) => x.vendor)).toEqual(['agora-native']);
    const both = await run(['explain', '--vendor', 'agora-web,aliyun', '101', '--json']);
    expect((JSON.parse(both.stdout) as { vendor: string }[]).map((x) => x.vendor)).toEqual(['agora-web']);
  });

  it('exits 1 for an unknown code and suggests the closest known codes on stderr', async () => {
    const r = await run(['explain', 'UID_CONFLCT']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("unknown code 'UID_CONFLCT'");
    expect(r.stderr).toContain('UID_CONFLICT (agora-ng)');
    const hex = await run(['explain', '0x0104040']);
    expect(hex.status).toBe(1);
    expect(hex.stderr).toContain('0x01040404 (aliyun)');
    const none = await run(['explain', 'TOTALLY_UNRELATED_THING_XYZ']);
    expect(none.stderr).not.toContain('Closest');
  });

  it('still prints the known codes when one of several is unknown, and exits 1', async () => {
    const r = await run(['explain', 'UID_CONFLICT', 'NOPE_CODE', '--json']);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
    expect(r.stderr).toContain("'NOPE_CODE'");
  });

  it('points from a unified code to the vendor codes that map to it', async () => {
    const r = await run(['explain', 'token_expired']);
    expect(r.status).toBe(1);
    const expected = TEST_ADAPTERS.flatMap((a) =>
      a
        .entries()
        .filter((e) => e.code === 'token_expired')
        .map((e) => `${e.vendorName} (${a.id})`),
    );
    expect(expected.length).toBeGreaterThan(1);
    for (const name of expected) expect(r.stderr).toContain(name);
    expect((await run(['explain', 'banned'])).stderr).toContain('no vendor code maps to it');
  });

  it('says a code known elsewhere is unknown for the chosen vendor', async () => {
    const r = await run(['explain', '--vendor', 'aliyun', 'UID_CONFLICT']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('for aliyun');
  });
});

describe('usage', () => {
  it('exits 2 for an unknown vendor and lists the valid ones', async () => {
    const r = await run(['explain', '--vendor', 'agora', 'UID_CONFLICT']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown vendor 'agora'");
    for (const a of TEST_ADAPTERS) expect(r.stderr).toContain(a.id);
    const typo = await run(['list', '--vendor', 'alyun']);
    expect(typo.stderr).toContain("Did you mean 'aliyun'?");
  });

  it('exits 2 for a missing code, an unknown option, a bad --lang and an unknown command', async () => {
    for (const argv of [
      ['explain'],
      ['explain', '--frobnicate', 'X'],
      ['explain', '--lang', 'fr', 'X'],
      ['explian', 'X'],
      ['list', '--json', '--markdown'],
      ['list', 'extra'],
    ]) {
      const r = await run(argv);
      expect(r.status, argv.join(' ')).toBe(2);
      expect(r.stdout, argv.join(' ')).toBe('');
      expect(r.stderr, argv.join(' ')).toMatch(/--help/);
    }
    expect((await run(['explian'])).stderr).toContain("Did you mean 'explain'?");
  });

  it('prints help for the top level and every command, and the version', async () => {
    const top = await run(['--help']);
    expect(top.status).toBe(0);
    for (const cmd of ['explain', 'list', 'scan']) expect(top.stdout).toContain(`rtc-errors ${cmd}`);
    for (const cmd of ['explain', 'list', 'scan']) {
      const r = await run([cmd, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Usage: rtc-errors ${cmd}`);
      expect((await run(['help', cmd])).stdout).toBe(r.stdout);
    }
    expect((await run(['-h'])).stdout).toBe(top.stdout);
    const version = await run(['--version']);
    expect(version).toEqual({ status: 0, stdout: '9.9.9-test\n', stderr: '' });
    const bare = await run([]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('Usage:');
  });

  it('colours only a terminal without NO_COLOR', async () => {
    const esc = '\u001b[';
    expect((await run(['explain', 'UID_CONFLICT'])).stdout).not.toContain(esc);
    expect((await run(['explain', 'UID_CONFLICT'], { isTTY: true, env: {} })).stdout).toContain(esc);
    expect((await run(['explain', 'UID_CONFLICT'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(esc);
    expect((await run(['explain', 'UID_CONFLICT', '--json'], { isTTY: true, env: {} })).stdout).not.toContain(esc);
  });
});
