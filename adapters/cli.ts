/**
 * The `rtc-errors` executable: runs the vendor-agnostic {@link main} on the real process, with the
 * vendors of `registry.ts`. Run from source with `npx tsx adapters/cli.ts`, built as `dist/cli.js`.
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { CLI_ADAPTERS, CLI_LOCALES } from './registry.js';

/** The package version, from the nearest `package.json` named `rtc-errors` (source and dist alike). */
function packageVersion(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i += 1) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'rtc-errors') return pkg.version;
    } catch {
      // not here: look one level up
    }
    dir = dirname(dir);
  }
  return undefined;
}

/**
 * A reader that stops early (`rtc-errors list | head -1`) closes the pipe: the rest of the output
 * has nowhere to go, which is no failure of ours. Exit quietly with status 0, as `cat` and `grep` do.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`rtc-errors: cannot write the output: ${error.message}\n`);
  process.exit(2);
});

const version = packageVersion();
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
  adapters: CLI_ADAPTERS,
  locales: CLI_LOCALES,
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  ...(version !== undefined ? { version } : {}),
});
