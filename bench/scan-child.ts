/**
 * One timed read of a big log, in a process of its own so its peak resident memory is its own:
 * `plain` is the baseline (a `readline` loop testing one regular expression per line), `scan` is
 * `rtc-errors scan FILE --json` through the CLI's `main` with the real adapters. Prints one JSON line:
 * `{ mode, ms, lines, maxRssMb }`.
 * @module
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CLI_ADAPTERS, CLI_LOCALES } from '../adapters/registry.js';
import { main } from '../src/cli/main.js';

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'plain' && mode !== 'scan')) throw new Error('usage: scan-child.ts plain|scan FILE');

const started = performance.now();
let lines = 0;
if (mode === 'plain') {
  const code = /AgoraRTCError (?<code>[A-Z][A-Z0-9_]*)/;
  let found = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    lines += 1;
    if (code.test(line)) found += 1;
  }
  if (found < 0) throw new Error('unreachable');
} else {
  let out = '';
  await main(['scan', file, '--json'], {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: () => true },
    adapters: CLI_ADAPTERS,
    locales: CLI_LOCALES,
  });
  lines = (JSON.parse(out) as { lines: number }).lines;
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ mode, ms, lines, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
