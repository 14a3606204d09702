/**
 * Results of the benchmarks: targets, the console table and `docs/performance.md`.
 * @module
 */
import type { Comparison, Machine } from './harness.js';

/** A figure that is not a ratio (events emitted, heap growth...), with its limit. */
export interface Metric {
  readonly label: string;
  readonly value: number;
  /** The target: `value` must be at most this. */
  readonly max: number;
  readonly unit: string;
}

/** One benchmark: a timed comparison, and/or other figures, each with its target. */
export interface BenchResult {
  readonly group: string;
  readonly name: string;
  /** What the subject is compared with. */
  readonly baseline?: string;
  readonly comparison?: Comparison;
  /** Target: subject time / baseline time must be at most this. */
  readonly maxRatio?: number;
  /** Target: one subject call must take at most this many nanoseconds. */
  readonly maxNs?: number;
  readonly metrics?: readonly Metric[];
  readonly note?: string;
}

/** The targets a result misses, each as one sentence with the figures. */
export function misses(result: BenchResult): string[] {
  const out: string[] = [];
  const c = result.comparison;
  if (c && result.maxRatio !== undefined && !(c.ratio <= result.maxRatio)) {
    out.push(`${result.name}: ratio ${c.ratio.toFixed(2)}× > ${result.maxRatio}× (vs ${result.baseline})`);
  }
  if (c && result.maxNs !== undefined && !(c.subjectNs <= result.maxNs)) {
    out.push(`${result.name}: ${formatNs(c.subjectNs)} per call > ${formatNs(result.maxNs)}`);
  }
  for (const m of result.metrics ?? []) {
    if (!(m.value <= m.max))
      out.push(`${result.name}: ${m.label} ${formatValue(m.value, m.unit)} > ${formatValue(m.max, m.unit)}`);
  }
  return out;
}

export function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
}

function formatValue(value: number, unit: string): string {
  if (unit === 'bytes') {
    const sign = value < 0 ? '-' : '';
    const abs = Math.abs(value);
    return abs >= 1024 * 1024
      ? `${sign}${(abs / 1024 / 1024).toFixed(2)} MiB`
      : `${sign}${(abs / 1024).toFixed(1)} KiB`;
  }
  if (unit === 'ns') return formatNs(value);
  return `${Number.isInteger(value) ? value : value.toFixed(2)}${unit ? ` ${unit}` : ''}`;
}

interface Row {
  readonly name: string;
  readonly figure: string;
  readonly target: string;
  readonly detail: string;
  /** `true` met, `false` missed, `undefined` informational (no target). */
  readonly ok: boolean | undefined;
}

function rowsOf(result: BenchResult): Row[] {
  const rows: Row[] = [];
  const c = result.comparison;
  const ok = misses(result).length === 0;
  if (c) {
    const targets: string[] = [];
    if (result.maxRatio !== undefined) targets.push(`≤ ${result.maxRatio}×`);
    if (result.maxNs !== undefined) targets.push(`< ${formatNs(result.maxNs)}/call`);
    rows.push({
      name: result.name,
      figure: `${c.ratio.toFixed(2)}× (IQR ${c.ratioIqr[0].toFixed(2)}–${c.ratioIqr[1].toFixed(2)})`,
      target: targets.length > 0 ? targets.join(', ') : 'none (informational)',
      detail: `${formatNs(c.subjectNs)} vs ${formatNs(c.baselineNs)} (${result.baseline ?? 'baseline'}); ${c.rounds} rounds × ${c.iterations}${result.note ? `; ${result.note}` : ''}`,
      ok: targets.length > 0 ? ok : undefined,
    });
  }
  for (const m of result.metrics ?? []) {
    rows.push({
      name: c ? `${result.name}: ${m.label}` : `${result.name}: ${m.label}`,
      figure: formatValue(m.value, m.unit),
      target: `≤ ${formatValue(m.max, m.unit)}`,
      detail: !c && result.note ? result.note : '',
      ok: m.value <= m.max,
    });
  }
  return rows;
}

/** The results as a plain-text table, grouped. */
export function consoleTable(results: readonly BenchResult[]): string {
  const lines: string[] = [];
  let group = '';
  for (const result of results) {
    if (result.group !== group) {
      group = result.group;
      lines.push('', group);
    }
    for (const row of rowsOf(result)) {
      lines.push(
        `  ${row.ok === undefined ? 'info' : row.ok ? 'ok  ' : 'MISS'} ${row.figure.padEnd(28)} ${row.target.padEnd(22)} ${row.name}`,
      );
      if (row.detail) lines.push(`       ${row.detail}`);
    }
  }
  return lines.join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The benchmark section of `docs/performance.md`: how the figures are taken, the machine, the tables. */
export function markdown(results: readonly BenchResult[], machine: Machine): string {
  const lines: string[] = [
    '## Benchmarks',
    '',
    'Every time figure is a **ratio** against a baseline timed in the same run: after a warm-up, the',
    'subject and the baseline run in batches of the same number of calls, in alternating order',
    '(subject first on even rounds, baseline first on odd ones), and the figure is the median over',
    'the rounds of (subject batch time / baseline batch time); IQR is the spread of the per-round',
    'ratios. Absolute times are given for scale only: they depend on the machine, the ratios much',
    'less. `npm run bench` exits with status 1 and names the figure when a target is missed.',
    '',
    `Machine: ${machine.cpu}, ${machine.cores} logical cores, ${machine.memory}; Node.js ${machine.node}`,
    `(${machine.platform}); ${machine.date}.`,
    '',
  ];
  let group = '';
  results.forEach((result, i) => {
    if (result.group !== group) {
      group = result.group;
      lines.push(`### ${group}`, '', '| | Figure | Target | Detail |', '|---|---|---|---|');
    }
    for (const row of rowsOf(result)) {
      lines.push(
        `| ${row.ok === undefined ? 'ℹ️' : row.ok ? '✅' : '❌'} ${escapeCell(row.name)} | ${escapeCell(row.figure)} | ${escapeCell(row.target)} | ${escapeCell(row.detail)} |`,
      );
    }
    if (results[i + 1]?.group !== group) lines.push('');
  });
  return lines.join('\n');
}
