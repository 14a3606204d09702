/** The sample logs in `fixtures/logs/` and what each is known to contain (`<name>.expect.json`). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOG_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'logs');

export interface ExpectedFinding {
  /** The code as the vendor defines it (its value), and its name in the vendor's own table. */
  vendorCode: string | number;
  vendorName: string;
  family?: string;
  /** Unified code, when the log's detail decides it (or to pin the catalog's mapping). */
  code?: string;
  count: number;
  firstLine: number;
}

export interface SampleLog {
  name: string;
  path: string;
  text: string;
  vendor: string;
  findings: ExpectedFinding[];
}

/** Every sample log with its expectations. */
export function sampleLogs(): SampleLog[] {
  return readdirSync(LOG_DIR)
    .filter((f) => f.endsWith('.log'))
    .sort()
    .map((name) => {
      const path = join(LOG_DIR, name);
      const expect = JSON.parse(readFileSync(path.replace(/\.log$/, '.expect.json'), 'utf8')) as {
        vendor: string;
        findings: ExpectedFinding[];
      };
      return { name, path, text: readFileSync(path, 'utf8'), vendor: expect.vendor, findings: expect.findings };
    });
}
