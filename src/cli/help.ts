/**
 * Help texts of the `rtc-errors` command and its subcommands.
 * @module
 */

/** Help of the whole command. */
export function topHelp(vendors: readonly string[]): string {
  return `rtc-errors: explain RTC SDK error codes (Agora, Alibaba Cloud RTC) in one vocabulary.

Usage:
  rtc-errors explain [--vendor ID] [--lang en|zh] [--json] CODE...
  rtc-errors list    [--vendor ID] [--lang en|zh] [--json|--markdown]
  rtc-errors scan    [FILE|-] [--vendor ID] [--lang en|zh] [--json] [--redact-ids]
  rtc-errors help [COMMAND]

Commands:
  explain   What a code means, how severe it is, whether to retry and what to do.
  list      Every code of every vendor's catalog (or one vendor's).
  scan      Find every known code in an SDK log and count it.

Options:
  -h, --help      Show help (also after a command: rtc-errors scan --help).
  -v, --version   Show the version.

Vendors: ${vendors.join(', ')}

Exit status: 0 success, 1 nothing found (unknown code, no code in the log), 2 bad usage or unreadable input.
Colour is used only when standard output is a terminal and NO_COLOR is not set.
`;
}

const VENDOR = (vendors: readonly string[]): string =>
  `  --vendor ID     Only this vendor (comma-separated for several): ${vendors.join(', ')}.`;
const LANG = '  --lang en|zh    Language of messages and actions (default en).';

/** Help of `explain`. */
export function explainHelp(vendors: readonly string[]): string {
  return `Usage: rtc-errors explain [--vendor ID] [--lang en|zh] [--json] CODE...

Explains codes as the SDK shows them: a name (UID_CONFLICT, ERR_INVALID_VENDOR_KEY), a number
(101, 17040388) or a hex value (0x01040404). Without --vendor every vendor that knows the code
answers, each candidate with its family when one number means several things.

Options:
${VENDOR(vendors)}
${LANG}
  --json          Print a JSON array, one object per vendor entry (with the query it answers).
  -h, --help      Show this help.

Exit status: 0 when every code is known, 1 when one is not (closest known codes are suggested), 2 on bad usage.

Examples:
  rtc-errors explain CAN_NOT_GET_GATEWAY_SERVER
  rtc-errors explain --vendor aliyun 0x01040404 --lang zh
  rtc-errors explain 101 --json
`;
}

/** Help of `list`. */
export function listHelp(vendors: readonly string[]): string {
  return `Usage: rtc-errors list [--vendor ID] [--lang en|zh] [--json|--markdown]

Lists every catalog entry: vendor code, name, unified code, severity and retry strategy.

Options:
${VENDOR(vendors)}
${LANG}
  --json          Print a JSON array, one object per entry.
  --markdown      Print a Markdown table.
  -h, --help      Show this help.
`;
}

/** Help of `scan`. */
export function scanHelp(vendors: readonly string[]): string {
  return `Usage: rtc-errors scan [FILE|-] [--vendor ID] [--lang en|zh] [--json] [--redact-ids]

Reads SDK log text (a file, or standard input when FILE is - or missing) and prints every known
error code found, with how often it occurs, its unified code, severity and what to do. Each vendor's
log formats come with its adapter (Agora Web NG "AgoraRTCError CODE", Agora Web 3.x console lines,
native onError/onWarning callbacks, Alibaba Cloud RTC hex and decimal codes) and include the SDKs'
uncoded sentences ("Connect choose server error", "GetServerTime error", ...). A stack trace counts
with the line above it. Timestamps at the start of lines give when a code was first and last seen.

Any size: the input is read as a stream (gzip files directly) with bounded memory; on a terminal,
progress shows on standard error. Tokens, signatures, nonces and app certificates are never printed
(masked as ***); app ids, user ids and channel names are kept unless --redact-ids.

Options:
${VENDOR(vendors)}
${LANG}
  --json          Print a JSON object: { source, lines, findings: [...], unrecognized: [...] }.
  --redact-ids    Also mask app ids, user ids and channel names.
  -h, --help      Show this help.

Exit status: 0 when a known code was found, 1 when none was (also for an empty input), 2 on bad
usage or input that cannot be read as a log (missing, unreadable, a directory, binary, UTF-16,
damaged gzip). Long lines and invalid UTF-8 are scanned, with a note on standard error.

Examples:
  rtc-errors scan customer-console.log
  rtc-errors scan support-bundle.log.gz --json --redact-ids
  adb logcat -d | rtc-errors scan - --vendor agora-native
`;
}
