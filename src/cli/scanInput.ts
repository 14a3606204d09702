/**
 * The input of `scan`, read as a stream of lines with bounded memory: a file (plain or gzip, told by
 * its first bytes, not its name) or standard input. Lines are split on `\n` in the raw bytes (a
 * trailing `\r` dropped) and decoded one by one; a line longer than {@link MAX_LINE} keeps its first
 * part and the rest is skipped without being held. Input that is not a text log (a NUL byte near
 * the start, UTF-16) stops with a clear {@link InputError}; invalid UTF-8 is decoded as U+FFFD and
 * reported as a note.
 * @module
 */
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { isUtf8 } from 'node:buffer';
import { describe } from '../safe.js';
import { MAX_LINE } from './scan.js';

/** Input `scan` cannot read as a log: the message says why, for the user. */
export class InputError extends Error {}

/** What reading found besides the lines, for notes on standard error. */
export interface ReadStats {
  /** Bytes read from the source (compressed bytes for gzip). */
  bytes: number;
  /** Whether the source was gzip. */
  gzip: boolean;
  /** Lines longer than {@link MAX_LINE} (only their start was scanned), and the first of them. */
  longLines: number;
  firstLongLine?: number;
  /** Lines with bytes that are not UTF-8 (decoded as U+FFFD), and the first of them. */
  invalidUtf8Lines: number;
  firstInvalidUtf8Line?: number;
}

/** An opened input: its bytes and, for a file, its size (for progress). */
export interface OpenedInput {
  readonly chunks: AsyncIterable<Uint8Array | string>;
  readonly size?: number;
}

/** Why a path could not be read, in a few words (`no such file`, `permission denied`, ...). */
export function readFailureReason(failure: unknown): string {
  const code = (failure as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return failure instanceof Error ? failure.message : describe(failure);
}

/**
 * Opens a file for `scan`: a clear {@link InputError} for a missing, unreadable or directory path,
 * before anything is read. FIFOs and devices are read as streams (size unknown).
 */
export async function openFile(path: string): Promise<OpenedInput> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    // Opening checks the permission now, so the error is the file's, not a stream's later.
    const handle = await open(path, 'r');
    return {
      chunks: handle.createReadStream({ highWaterMark: 1 << 20 }),
      ...(info.isFile() ? { size: info.size } : {}),
    };
  } catch (failure) {
    throw new InputError(`cannot read ${path}: ${readFailureReason(failure)}`);
  }
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/** Splits byte chunks into lines and hands each to `onLine`; returns what it saw. */
export class LineSplitter {
  readonly stats: ReadStats = { bytes: 0, gzip: false, longLines: 0, invalidUtf8Lines: 0 };
  readonly #onLine: (line: string) => void;
  /** The start of the current line, from earlier chunks (at most MAX_LINE * 4 bytes kept). */
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #skipping = false;
  #line = 0;

  constructor(onLine: (line: string) => void) {
    this.#onLine = onLine;
  }

  /** Whether the chunk being split is valid UTF-8 as a whole (then its lines need no check). */
  #chunkValid = false;
  #chunk: Buffer | undefined;

  #emit(bytes: Buffer, start: number, end: number, long: boolean): void {
    if (end > start && bytes[end - 1] === CR) end -= 1;
    this.#line += 1;
    if (long || end - start > MAX_LINE * 4) {
      end = Math.min(end, start + MAX_LINE * 4);
      this.stats.longLines += 1;
      this.stats.firstLongLine ??= this.#line;
    }
    const slice = bytes.subarray(start, end);
    if (!(this.#chunkValid && bytes === this.#chunk) && !isUtf8(slice)) {
      // A long line may be cut inside a character: only count it when the cut is not the cause.
      if (!long || slice.toString('utf8').slice(0, -1).includes('\uFFFD')) {
        this.stats.invalidUtf8Lines += 1;
        this.stats.firstInvalidUtf8Line ??= this.#line;
      }
    }
    this.#onLine(slice.toString('utf8'));
  }

  /** Feeds the next chunk. */
  push(chunk: Buffer): void {
    this.stats.bytes += chunk.length;
    // One check for the whole chunk; only a chunk that fails it (bad bytes, or a character cut at
    // its end) has its lines checked one by one.
    this.#chunk = chunk;
    this.#chunkValid = isUtf8(chunk);
    let start = 0;
    let at = chunk.indexOf(NEWLINE, start);
    if (this.#pendingBytes > 0 || this.#skipping) {
      if (at < 0) {
        this.#keep(chunk, 0, chunk.length);
        return;
      }
      this.#keep(chunk, 0, at);
      const joined = Buffer.concat(this.#pending);
      this.#emit(joined, 0, joined.length, this.#skipping);
      this.#pending = [];
      this.#pendingBytes = 0;
      this.#skipping = false;
      start = at + 1;
      at = chunk.indexOf(NEWLINE, start);
    }
    while (at >= 0) {
      this.#emit(chunk, start, at, false);
      start = at + 1;
      at = chunk.indexOf(NEWLINE, start);
    }
    if (start < chunk.length) this.#keep(chunk, start, chunk.length);
  }

  /** Keeps the start of an unfinished line, up to the longest line scanned; the rest is skipped. */
  #keep(chunk: Buffer, start: number, end: number): void {
    const room = MAX_LINE * 4 - this.#pendingBytes;
    if (end - start > room) this.#skipping = true;
    const take = Math.min(end - start, Math.max(room, 0));
    if (take > 0) {
      // A copy: the chunk's memory is the stream's, and may be large.
      this.#pending.push(Buffer.from(chunk.subarray(start, start + take)));
      this.#pendingBytes += take;
    }
  }

  /** Ends the input: a last line without a line break is a line too. */
  end(): void {
    if (this.#pendingBytes > 0 || this.#skipping) {
      const joined = Buffer.concat(this.#pending);
      this.#emit(joined, 0, joined.length, this.#skipping);
    }
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#skipping = false;
  }
}

const GZIP = [0x1f, 0x8b];

/** Why the first bytes are not a text log, or `undefined` when they may be one. */
function notText(head: Buffer): string | undefined {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    return 'it is UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)';
  const nul = head.subarray(0, 8192).indexOf(0);
  if (nul >= 0) return `it is not a text log (a NUL byte at offset ${nul}: a binary file?)`;
  return undefined;
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** Async iteration over a gunzip stream fed from `source`. */
async function* gunzip(
  first: Buffer,
  rest: AsyncIterator<Uint8Array | string>,
  onRaw: (n: number) => void,
  name: string,
): AsyncGenerator<Buffer> {
  const unzip = createGunzip();
  const feed = (async () => {
    try {
      unzip.write(first);
      for (let next = await rest.next(); !next.done; next = await rest.next()) {
        const buf = toBuffer(next.value);
        onRaw(buf.length);
        if (!unzip.write(buf)) await new Promise((r) => unzip.once('drain', r));
      }
      unzip.end();
    } catch (failure) {
      unzip.destroy(failure as Error);
    }
  })();
  try {
    for await (const chunk of unzip) yield chunk as Buffer;
  } catch (failure) {
    throw new InputError(
      `cannot scan ${name}: its gzip data is damaged (${failure instanceof Error ? failure.message : String(failure)})`,
    );
  } finally {
    await feed;
  }
}

/**
 * Reads `input` line by line into `onLine`, with bounded memory. Gzip is unpacked on the fly.
 * `onBytes` is told the source bytes read so far (for progress).
 * @throws InputError when the input is not a text log or its gzip data is damaged.
 */
export async function readLines(
  input: OpenedInput,
  name: string,
  onLine: (line: string) => void,
  onBytes?: (bytes: number) => void,
): Promise<ReadStats> {
  const splitter = new LineSplitter(onLine);
  const iterator = input.chunks[Symbol.asyncIterator]();
  let raw = 0;
  const counted = (n: number): void => {
    raw += n;
    onBytes?.(raw);
  };
  let first = await iterator.next();
  while (!first.done && toBuffer(first.value).length === 0) first = await iterator.next();
  if (first.done) return splitter.stats;
  const head = toBuffer(first.value);
  counted(head.length);
  let chunks: AsyncIterable<Buffer>;
  if (head[0] === GZIP[0] && head[1] === GZIP[1]) {
    splitter.stats.gzip = true;
    chunks = gunzip(head, iterator, counted, name);
  } else {
    chunks = (async function* () {
      yield head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const buf = toBuffer(next.value);
        counted(buf.length);
        yield buf;
      }
    })();
  }
  let checked = false;
  for await (const chunk of chunks) {
    if (!checked) {
      const why = notText(chunk);
      if (why) throw new InputError(`cannot scan ${name}: ${why}`);
      checked = true;
    }
    splitter.push(chunk);
  }
  splitter.end();
  splitter.stats.bytes = raw;
  return splitter.stats;
}
