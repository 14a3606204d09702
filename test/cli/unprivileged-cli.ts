/**
 * The CLI as an unprivileged user: loads every module first, then, when it runs as root, drops to
 * `nobody` (uid and gid 65534) before `main` reads anything, so that a file without read permission
 * really is unreadable (root reads any file). Spawned by `bin.test.ts` through tsx.
 */
import { main } from '../../src/cli/main.js';
import { CLI_ADAPTERS, CLI_LOCALES } from '../../adapters/registry.js';

const NOBODY = 65534;
if (process.getuid?.() === 0) {
  process.setgid?.(NOBODY);
  process.setuid?.(NOBODY);
}
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  stderrIsTTY: false,
  adapters: CLI_ADAPTERS,
  locales: CLI_LOCALES,
  isTTY: false,
  env: process.env,
});
