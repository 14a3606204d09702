/**
 * `npm run soak [-- --minutes N] [--seed S]`: the long soak (default 3 minutes), its figures
 * printed; exit status 1 when a check fails.
 * @module
 */
import { runSoak } from './soak.js';

const args = process.argv.slice(2);
const value = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : Number.NaN;
  return Number.isFinite(v) ? v : fallback;
};
const minutes = value('--minutes', 3);
const seed = value('--seed', 17);
const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

log(`soak: seed ${seed}, ${minutes} min`);
const f = await runSoak({ seed, durationMs: minutes * 60_000, log });
const heapMb = (f.heapAfter - f.heapBefore) / (1024 * 1024);
log(
  [
    `steps ${f.steps}, wraps ${f.wraps}, operations ${f.operations} (settled ${f.settled})`,
    `errors emitted ${f.errorsEmitted}, warnings ${f.warningsEmitted}, virtual time ${(f.virtualMs / 3_600_000).toFixed(1)} h, wall ${(f.wallMs / 1000).toFixed(0)} s`,
    `heap after GC: ${(f.heapBefore / 1048576).toFixed(1)} MB → ${(f.heapAfter / 1048576).toFixed(1)} MB (${heapMb >= 0 ? '+' : ''}${heapMb.toFixed(2)} MB)`,
    `listeners on the client: ${f.listenersBefore} → ${f.listenersAfter}; unhandled rejections: ${f.unhandledRejections}`,
  ].join('\n'),
);
const failures = [
  ...(Math.abs(heapMb) > 5 ? [`heap moved ${heapMb.toFixed(2)} MB (limit 5 MB)`] : []),
  ...(f.unhandledRejections > 0 ? [`${f.unhandledRejections} unhandled rejection(s)`] : []),
  ...(f.listenersAfter !== f.listenersBefore ? ['listener count not back to its start'] : []),
  ...(f.settled !== f.operations ? [`${f.operations - f.settled} operation(s) never settled`] : []),
];
if (failures.length > 0) {
  log(`FAILED: ${failures.join('; ')}`);
  process.exitCode = 1;
} else log('clean');
