/**
 * How TRTC prints codes in browser console logs, for `rtc-errors scan`. Read off trtc-sdk-v5 5.17.1
 * (`trtc.js`) and captured in Chromium (fixtures/logs/trtc-*.log):
 * - a failed API call: `[HH:MM:SS:ms] <ERROR> [↑t1|u1] enterRoom() failed 5   OPERATION_FAILED: <message>
 *   code:5500 params: [...]` (`code:` is the extraCode when there is one; an abort is printed at WARN);
 * - the inner 4.x-style error of a v5 error (and every 4.x `trtc-js-sdk` error):
 *   `... <SCHEDULE_FAILED 0x404c>`;
 * - the scheduling server's answer: `[HH:MM:SS:ms] <ERROR> schedule failed: <message> 70001`, then in
 *   the error join fails with: `Failed to join room - schedule failed: <message> code: 70001`;
 * - a server refusal of the room: `Join room failed result: 70001 error: ...`.
 * @module
 */
import type { LogPattern } from '../../src/cli/types.js';

/** Log formats of trtc. */
export const TRTC_LOG_PATTERNS: readonly LogPattern[] = [
  // v5: ` code:5302 params: [...]` at the end of a failed API call
  { regex: /\bcode:(?<code>5\d{3}) params:/, family: 'v5' },
  // the tag every 4.x-style error appends to its message: `<PLAY_NOT_ALLOWED 0x4043>`
  { regex: /<[A-Z][A-Z0-9_]* (?<code>0x[0-9a-f]{4})>/, family: 'v4' },
  // the scheduling server's answer: `<ERROR> schedule failed: <its message> 70001` (0 when it was not reached)
  { regex: /<ERROR> schedule failed: (?<detail>.*) (?<code>-?[1-9]\d*)$/, family: 'server' },
  // the same answer inside the error that join fails with: `join failed RtcError: Failed to join room -
  // schedule failed: <message> code: 70001` (and `enterRoom() failed ... reason: ... code: 70001`)
  { regex: /\bschedule failed: (?<detail>.*?) code: (?<code>-?[1-9]\d*)\b/, family: 'server' },
  // the server's result code when it refuses the room: `Join room failed result: 70001 error: ...`
  { regex: /\b(?:Join room|switch room) failed\.? result: (?<code>-?\d+) error: (?<detail>.*)/i, family: 'server' },
];
