/**
 * Imports the vendors' error-code documents into `fixtures/vendor-docs/<id>.json`: every row each
 * document lists, as data the tests read. The one thing in the project that reads outside the
 * repository, and only when run by hand:
 *
 *   npm run docs:import -- <folder>   # a folder holding 000_*.txt ... 004_*.txt (the seed documents)
 *
 * The output is committed and reviewed like code. Formats and parsers: scripts/vendor-docs/parse.ts.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importDocument, KNOWN_DOCUMENTS } from './vendor-docs/parse.js';

const OUT = join(import.meta.dirname, '..', 'fixtures', 'vendor-docs');

function main(argv: readonly string[]): number {
  const folder = argv[0];
  if (folder === undefined || argv.length > 1) {
    console.error('usage: npm run docs:import -- <folder with the vendor documents (000_*.txt ... 004_*.txt)>');
    return 2;
  }
  const dir = resolve(folder);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    console.error(`docs:import: cannot read ${dir}: ${(e as Error).message}`);
    return 1;
  }
  mkdirSync(OUT, { recursive: true });
  for (const doc of KNOWN_DOCUMENTS) {
    const name = names.find((n) => n.startsWith(`${doc.file}_`) || n === `${doc.file}.txt`);
    if (name === undefined) {
      console.error(`docs:import: no file ${doc.file}_* in ${dir} (${doc.title})`);
      return 1;
    }
    const file = importDocument(doc, readFileSync(join(dir, name), 'utf8'));
    writeFileSync(join(OUT, `${doc.id}.json`), `${JSON.stringify(file, null, 2)}\n`);
    console.log(`${doc.id}.json: ${file.rows.length} rows from ${name}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
