/**
 * The logs in `fixtures/logs/`: those built by us from documented native callback formats, each with
 * what it is known to contain (`<name>.expect.json`), and those captured from the real web SDKs in
 * Chromium (`<name>.capture.json`: scenarios and console levels, written by scripts/capture/console.mjs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** Every log built by us with its expectations. */
export function sampleLogs(): SampleLog[] {
  return readdirSync(LOG_DIR)
    .filter((f) => f.endsWith('.log') && existsSync(join(LOG_DIR, f.replace(/\.log$/, '.expect.json'))))
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

export interface CapturedLog {
  name: string;
  path: string;
  text: string;
  vendor: string;
  sdk: string;
  scenarios: { name: string; firstLine: number; lastLine: number; timedOut: boolean }[];
  /** Line numbers the browser console printed as errors and as warnings. */
  levels: { error: number[]; warning: number[] };
}

/** Every console log captured from a real SDK. */
export function capturedLogs(): CapturedLog[] {
  return readdirSync(LOG_DIR)
    .filter((f) => f.endsWith('.capture.json'))
    .sort()
    .map((file) => {
      const side = JSON.parse(readFileSync(join(LOG_DIR, file), 'utf8')) as Omit<CapturedLog, 'name' | 'path' | 'text'>;
      const name = file.replace(/\.capture\.json$/, '.log');
      const path = join(LOG_DIR, name);
      return { ...side, name, path, text: readFileSync(path, 'utf8') };
    });
}
