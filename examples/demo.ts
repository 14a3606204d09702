/**
 * `npm run demo`: a scripted RTC session on simulated clients of each SDK, driven through
 * `wrapClient`, printed as a timeline. The clients are fakes shaped like the SDKs' own surfaces;
 * every raw error they produce is a case of `fixtures/<vendor>/*.json`. Time is virtual: retry
 * delays and warning windows keep their real values, and the whole session runs in a moment.
 *
 *   npm run demo                 # coloured on a terminal, plain when piped or with NO_COLOR
 *   npm run demo -- --lang zh    # messages and actions in Chinese
 *   npm run demo -- --json       # one JSON object per event
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { VirtualClock } from './demo/clock.js';
import { agoraNgSession } from './demo/agora-ng.js';
import { agoraWebSession } from './demo/agora-web.js';
import { agoraNativeSession } from './demo/agora-native.js';
import { aliyunSession } from './demo/aliyun.js';
import { trtcSession } from './demo/trtc.js';
import { seededRandom, type Session } from './demo/session.js';
import { clockTime, Timeline } from './demo/timeline.js';

/** Where the demo writes, and what it knows of its terminal. */
export interface DemoIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr?: { write(text: string): unknown };
  /** Whether stdout is a terminal (colours are used only then). Default: `false`. */
  readonly isTTY?: boolean;
  /** Environment (`NO_COLOR`). Default: none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const USAGE = `Usage: npm run demo -- [--lang en|zh] [--json] [--seed N]

A scripted RTC session on simulated Agora (Web 4.x, Web 3.x, native) and Alibaba Cloud RTC clients,
wrapped with wrapClient: join retried with backoff, token renewal, a denied microphone, a storm of
warnings coalesced into one line, the network degrading and recovering, and a ban or kick that ends
the session. The raw errors come from fixtures/; time is virtual, so it runs in a moment.

Options:
  --lang en|zh   Language of messages and actions (default en).
  --json         One JSON object per event: RtcError.toJSON() plus event, vendor, time (ms), step.
  --seed N       Seed of the backoff jitter (default 42); the same seed prints the same delays.
  -h, --help     Show this help.

Colours are used only when standard output is a terminal and NO_COLOR is not set.
`;

/** Runs the demo; resolves with the exit status (0, or 2 on bad usage). */
export async function main(args: readonly string[], io: DemoIO): Promise<number> {
  let values: { lang?: string; json?: boolean; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        lang: { type: 'string' },
        json: { type: 'boolean' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (failure) {
    (io.stderr ?? io.stdout).write(`${failure instanceof Error ? failure.message : String(failure)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const lang = values.lang ?? 'en';
  const seed = values.seed === undefined ? 42 : Number(values.seed);
  if ((lang !== 'en' && lang !== 'zh') || !Number.isInteger(seed)) {
    const bad = lang !== 'en' && lang !== 'zh' ? `--lang must be en or zh, not '${lang}'` : '--seed must be an integer';
    (io.stderr ?? io.stdout).write(`${bad}\n\n${USAGE}`);
    return 2;
  }

  const clock = new VirtualClock();
  const env = io.env ?? {};
  const timeline = new Timeline({
    write: (text) => io.stdout.write(text),
    clock,
    json: values.json === true,
    lang,
    colour: io.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === ''),
  });
  const session: Session = { clock, timeline, random: seededRandom(seed) };

  timeline.text('rtc-errors demo: one RTC session on simulated SDK clients, every error through wrapClient.');
  timeline.text('Raw errors are fixture cases (fixtures/<vendor>/*.json); times are virtual, delays are real values.');
  await agoraNgSession(session);
  await agoraWebSession(session);
  await agoraNativeSession(session);
  await aliyunSession(session);
  await trtcSession(session);

  const c = timeline.counts;
  timeline.text(
    `\nSession over after ${clockTime(timeline.elapsed)} of virtual time: ${c.fatal} fatal, ${c.recoverable} recoverable, ` +
      `${c.recovered} recovered, ${c.retry} retries, ${c.giveup} give-ups.`,
  );
  return 0;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // `npm run demo | head` closes the pipe early: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  });
}
