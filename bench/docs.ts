/**
 * `docs/performance.md` holds generated sections between markers (`<!-- NAME:start -->` and
 * `<!-- NAME:end -->`): the benchmarks write theirs, the size check its own.
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';

export const PERFORMANCE_DOC = resolve(import.meta.dirname, '..', 'docs', 'performance.md');

const HEADER = `# Performance and size

How fast \`normalize\` and \`wrapClient\` are next to what they replace, and what the package costs
in a bundle. The Size and Benchmarks sections are generated: \`npm run bench\` writes the benchmarks, \`npm run
size -- --write\` the sizes (\`npm run size\` alone only checks the budget, as \`npm test\` does).
`;

/** Replaces (or appends) the section `name` of `docs/performance.md`, formatted as `npm test` checks it. */
export async function writeSection(name: string, content: string, file = PERFORMANCE_DOC): Promise<void> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const block = `${start}\n\n${content.trim()}\n\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${text.slice(0, from)}${block}${text.slice(to + end.length)}`
      : `${text.trimEnd()}\n\n${block}\n`;
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(next, { ...options, filepath: file }));
}
