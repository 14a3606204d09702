/**
 * `npm run bench`: runs every benchmark, prints the table, writes it to `docs/performance.md`,
 * and exits with status 1 when a target is missed (naming it).
 *
 * Options: `--only normalize|wrap|scan` runs one group; `--no-write` leaves the docs alone.
 * The scan group writes a log of 1 GiB to the temporary directory (`RTC_BENCH_SCAN_MB` to change).
 * @module
 */
import { describeMachine, sinkType } from './harness.js';
import { benchNormalize } from './normalize.bench.js';
import { benchWrap } from './wrap.bench.js';
import { benchScan } from './scan.bench.js';
import { consoleTable, markdown, misses, type BenchResult } from './report.js';
import { writeSection } from './docs.js';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const write = !args.includes('--no-write') && only === undefined;

const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const machine = describeMachine();
log(`rtc-errors benchmarks on ${machine.cpu} (${machine.cores} cores), Node.js ${machine.node}`);

const results: BenchResult[] = [];
if (!only || only === 'normalize') {
  log('normalize:');
  results.push(...benchNormalize(log));
}

if (!only || only === 'wrap') {
  log('wrapClient:');
  results.push(...(await benchWrap(log)));
}

if (!only || only === 'scan') {
  log('scan:');
  results.push(...benchScan(log));
}

log(consoleTable(results));
if (sinkType() === 'undefined') log('(the sink is empty: did any case run?)');

if (write) {
  await writeSection('bench', markdown(results, machine));
  log('\nwrote docs/performance.md');
}

const missed = results.flatMap(misses);
if (missed.length > 0) {
  log(`\n${missed.length} target(s) missed:`);
  for (const line of missed) log(`  - ${line}`);
  process.exitCode = 1;
} else {
  log('\nevery target met');
}
