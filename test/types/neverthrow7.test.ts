/**
 * The Result API against neverthrow 7, the other major the dependency range (`^7.2 || ^8`) allows:
 * `neverthrow` is replaced by neverthrow 7 (installed as the `neverthrow7` devDependency) for
 * this file and everything it imports, the library's sources included, and the whole Result
 * suite (test/result/) runs again against it. npm installs one copy for an app on either major,
 * so our `ResultAsync` is the app's.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('neverthrow', async () => await import('neverthrow7'));

const { ResultAsync, okAsync } = await import('neverthrow');
const v7 = await import('neverthrow7');
const { attemptForms, fromSdkPromise, retryResult, wrapClient } = await import('../../src/index.js');
const { FakeNgClient, ngError, ngTestAdapter } = await import('../wrap/support.js');

describe('neverthrow 7', () => {
  it('is the copy the library uses here', async () => {
    expect(ResultAsync).toBe(v7.ResultAsync);
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(
      readFileSync(new URL('../../node_modules/neverthrow7/package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(pkg.version).toMatch(/^7\./);
  });

  it("our ResultAsync is the app's: instanceof, combine, andThen", async () => {
    const ours = fromSdkPromise(Promise.resolve(2), ngTestAdapter);
    expect(ours).toBeInstanceOf(v7.ResultAsync);
    const both = await ResultAsync.combine([ours, okAsync(3)]);
    expect(both._unsafeUnwrap()).toEqual([2, 3]);
    const chained = await okAsync(1).andThen(() =>
      retryResult(() => Promise.reject(ngError('INVALID_PARAMS', 'x')), undefined, { adapter: ngTestAdapter }),
    );
    expect(chained._unsafeUnwrapErr()).toMatchObject({ code: 'invalid_params' });
  });

  it("a wrapped client's attempt forms are neverthrow 7 ResultAsyncs", async () => {
    const rtc = wrapClient(new FakeNgClient(), ngTestAdapter);
    const left = attemptForms(rtc).leave();
    expect(left).toBeInstanceOf(v7.ResultAsync);
    expect((await left).isOk()).toBe(true);
    rtc.dispose();
  });
});

describe("neverthrow 7's declarations", () => {
  it('an app on neverthrow 7 combines our ResultAsync with its own, and the sources type-check', async () => {
    const ts = (await import('typescript')).default;
    const { fileURLToPath } = await import('node:url');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const config = ts.getParsedCommandLineOfConfigFile(
      `${root}tsconfig.json`,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => undefined,
      },
    );
    if (!config) throw new Error('tsconfig.json not read');
    const program = ts.createProgram([fileURLToPath(new URL('consumer/neverthrow-app.ts', import.meta.url))], {
      ...config.options,
      paths: { neverthrow: ['./node_modules/neverthrow7/dist/index.d.ts'] },
      pathsBasePath: root,
    });
    const neverthrowFiles = program
      .getSourceFiles()
      .filter((f) => /neverthrow/.test(f.fileName) && f.isDeclarationFile);
    // the declarations are neverthrow 7's, not 8's
    expect(neverthrowFiles.length).toBeGreaterThan(0);
    expect(neverthrowFiles.every((f) => f.fileName.includes('node_modules/neverthrow7/'))).toBe(true);
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 180_000);
});

// the whole Result suite, again, against neverthrow 7
await import('../result/result.test.js');
