/**
 * What the `rtc-errors` command line is given: the adapters and language packs to answer from, the
 * vendors' log formats, and its input and output streams. Everything is injected, so the CLI is
 * vendor-agnostic and tests run it without a process.
 * @module
 */
import type { Adapter } from '../adapter.js';
import type { RtcErrorCode } from '../codes.js';
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
  /**
   * Text every match contains (case and all), or a list of which every match contains one: a line
   * without it is not matched against `regex` at all, which keeps scanning big logs fast.
   * Optional; without it the regex runs on every line.
   */
  readonly needle?: string | readonly string[];
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
  /**
   * For a phrase that names no code (an SDK's own sentence such as `Connect choose server error`):
   * the vendor code it means, looked up in the catalog. The regex then needs no `code` group.
   */
  readonly code?: string | number;
  /**
   * For a phrase no catalog entry fits: the unified code it means. The finding's vendor name is
   * {@link LogPattern.name}. Device codes are refined by a browser error named in the line
   * (`NotAllowedError` gives `permission_denied`).
   */
  readonly unified?: RtcErrorCode;
  /** What a phrase finding is called (its `printed` text and, with `unified`, its vendor name). */
  readonly name?: string;
  /**
   * Keep the line's own text (redacted, clipped) as the finding's detail, for phrases whose
   * meaning is in the sentence. Default: the `detail` group, if any.
   */
  readonly lineDetail?: boolean;
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
  /** Reads all of standard input (for `scan -`). Used when {@link CliIO.stdin} is not given. */
  readonly readStdin?: () => Promise<string>;
  /** Standard input as a stream of bytes, read line by line by `scan -` (any size). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Reads a file as UTF-8 text (for tests). Default: the file is streamed from disk. */
  readonly readFile?: (path: string) => Promise<string>;
  /** Whether stderr is a terminal: `scan` shows progress there on long reads. Default `false`. */
  readonly stderrIsTTY?: boolean;
  /** Milliseconds since some fixed time, for progress (injected in tests). Default `Date.now`. */
  readonly now?: () => number;
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

/**
 * Exit statuses: 0 something found (or help printed), 1 nothing found (also an empty input),
 * 2 bad usage or input that cannot be read as a log (missing, unreadable, a directory, binary,
 * UTF-16, damaged gzip).
 */
export const EXIT = { ok: 0, notFound: 1, usage: 2 } as const;
