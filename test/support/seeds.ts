/**
 * The vendors' error-code documentation the project started from, read from `../shared/seeds/`
 * beside the repository (where CI puts it). Tests parse these tables rather than copies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folder of the seeds: `$RTC_ERRORS_SEEDS`, or `../shared/seeds` beside the repository. */
export const SEEDS_DIR = process.env.RTC_ERRORS_SEEDS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

/** The text of seed `NNN` (e.g. `'002'`, the Agora native table). */
export function readSeed(number: '000' | '001' | '002' | '003' | '004'): string {
  let names: string[];
  try {
    names = readdirSync(SEEDS_DIR);
  } catch {
    throw new Error(
      `vendor docs not found in ${SEEDS_DIR}: check out shared/ beside the repository or set RTC_ERRORS_SEEDS`,
    );
  }
  const name = names.find((n) => n.startsWith(`${number}_`));
  if (!name) throw new Error(`seed ${number} not found in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}
