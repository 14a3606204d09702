/**
 * `npm run fuzz`: at least 100,000 generated raw values plus the hand-written hostile table through
 * `normalize` with every adapter. Fails (exit 1) on any throw or malformed result; prints how many
 * ran and how long they took.
 * Usage: npm run fuzz [-- --runs N] [-- --seed S]
 */
import fc from 'fast-check';
import { isRtcError, normalize } from '../../src/index.js';
import { ADAPTERS } from '../support/adapters.js';
import { rawValue } from '../support/arbitraries.js';
import { hostileValues } from '../support/hostile.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) ? v : fallback;
}

const runs = arg('runs', 100_000);
const seed = arg('seed', Date.now() % 2 ** 31);
const adapters = Object.values(ADAPTERS).map((a) => a.adapter);
let failures = 0;

function check(raw: unknown, label: string): void {
  try {
    const err = normalize(raw, adapters);
    if (!isRtcError(err) || !Object.is(err.cause, raw)) throw new Error('malformed result');
    JSON.stringify(err);
  } catch (e) {
    failures += 1;
    if (failures <= 10) console.error(`FAIL ${label}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const start = performance.now();
const hostile = hostileValues();
for (const { name, value } of hostile) check(value, `hostile: ${name}`);
const hostileMs = performance.now() - start;

const genStart = performance.now();
let generated = 0;
for (const raw of fc.sample(rawValue, { numRuns: runs, seed })) {
  generated += 1;
  check(raw, `generated #${generated} (seed ${seed})`);
}
const genMs = performance.now() - genStart;

console.log(`hostile table: ${hostile.length} values in ${hostileMs.toFixed(0)} ms`);
console.log(
  `generated:     ${generated} values in ${genMs.toFixed(0)} ms (seed ${seed}, ${((genMs * 1000) / generated).toFixed(1)} µs per value incl. generation)`,
);
console.log(`adapters:      ${adapters.map((a) => a.id).join(', ')}`);
console.log(`fuzz: ${generated + hostile.length} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
