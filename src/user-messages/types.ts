/**
 * The shape of a table of end-user text (see `userMessage`).
 * @module
 */
import type { RtcErrorCode } from '../codes.js';

/** One short end-user sentence per unified code, in one language. */
export type UserMessages = Readonly<Record<RtcErrorCode, string>>;
