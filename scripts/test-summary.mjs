#!/usr/bin/env node
// Prints vitest's totals from one or more JSON reports as one closing line, "LABEL: N passed, N failed"
// (the label is `vitest` for one report, `total` for several, or the last argument when it is not
// a file name). Exits 1 when any report has a failure.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const label = args.length > 1 && !args.at(-1).endsWith('.json') ? args.pop() : undefined;
const files = args.length > 0 ? args : ['.tmp/vitest.json'];
let passed = 0;
let failed = 0;
let skipped = 0;
let success = true;
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  success &&= report.success;
}
const name = label ?? (files.length > 1 ? 'total' : 'vitest');
console.log(`${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && success ? 0 : 1);
