/**
 * What the `rtc-errors` command line is given: the adapters and language packs to answer from, the
 * vendors' log formats, and its input and output streams. Everything is injected, so the CLI is
 * vendor-agnostic and tests run it without a process.
 * @module
 */
import type { Adapter } from '../adapter.js';
import type { LocalePack } from '../locale.js';
import type { ErrorKind } from '../types.js';

/**
 * How one vendor's SDK prints a code in its logs. Vendor knowledge: adapters define these in
 * `adapters/<id>/log.ts`; the CLI only runs them.
 */
export interface LogPattern {
  /**
   * Finds occurrences in one log line. The named group `code` holds the code as printed; the
   * optional group `detail` the SDK's own text. The CLI adds the `g` flag if it is missing.
   */
  readonly regex: RegExp;
  /** Only catalog entries of this family answer (for codes shared by several families). */
  readonly family?: string;
  /** Only catalog entries of this kind answer. */
  readonly kind?: ErrorKind;
  /** Turns the printed code into the code looked up (e.g. a negative return value into an error code). */
  readonly toCode?: (printed: string) => string | number;
  /**
   * Rebuilds the raw value the SDK threw from the match, so the adapter's own recognizer can read
   * it (splitting an overloaded code by its detail). Without it the catalog entry answers.
   */
  readonly raw?: (groups: Readonly<Record<string, string | undefined>>) => unknown;
}

/** An adapter as the CLI uses it: the library adapter plus, optionally, its log formats. */
export type CliAdapter = Adapter & { readonly logPatterns?: readonly LogPattern[] };

/** Where the CLI writes text. */
export interface CliOutput {
  write(text: string): unknown;
}

/** Everything `main` needs from the outside world. */
export interface CliIO {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** Reads all of standard input (for `scan -`). */
  readonly readStdin?: () => Promise<string>;
  /** Reads a file as UTF-8 text. Default: `node:fs/promises` `readFile`. */
  readonly readFile?: (path: string) => Promise<string>;
  /** Vendor adapters the CLI answers from, in the order they answer. */
  readonly adapters: readonly CliAdapter[];
  /** Language packs (vendor and unified) for `--lang`. */
  readonly locales?: readonly LocalePack[];
  /** Whether stdout is a terminal (colour is used only then). Default `false`. */
  readonly isTTY?: boolean;
  /** Environment variables (`NO_COLOR`). Default: none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Printed by `--version`. */
  readonly version?: string;
}

/** Exit statuses. */
export const EXIT = { ok: 0, notFound: 1, usage: 2 } as const;
