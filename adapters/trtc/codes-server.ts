/**
 * Result codes of Tencent's servers for the account system and `userSig`. They reach a v5 app as
 * the `extraCode` of a 5400 `SERVER_ERROR` (enterRoom rejected), or as the extra code of the
 * `originError` of a 5500 (scheduling or signalling refused); a 4.x app sees them as the extra code
 * of 0x4001/0x4004.
 *
 * Rows and wording from the pages named in `fixtures/vendor-docs/trtc-*.json`: the "Account errors"
 * table of the 4.x ErrorCode page (-8, 70001–70006), the account error table of Tencent's REST API
 * common error codes (70009, 70013, 70014, 70016, 70020, 70050, 70051) and the SDK's own enum
 * (-100013 `ACCOUNT_NO_MONEY`). The stored copy of the 4.x page breaks off after 70006: the rest of
 * its table (70007 onward) could not be read and is not guessed here.
 * @module
 */
import type { CatalogEntry, RtcErrorCode } from '../../src/index.js';
import { FAMILY, row, type Extra } from './entry.js';

/** `SERVER_ERROR.<code>`: unique beside the v5 and 4.x names, and says how the code arrives. */
export const serverName = (code: number): string => `SERVER_ERROR.${code}`;

const docs = (c: number, u: RtcErrorCode, m: string, a: string, x?: Extra): CatalogEntry =>
  row(FAMILY.server, 'docs', c, serverName(c), u, m, a, x);

const REGENERATE =
  'Generate a new userSig on your server (with the secret key of this sdkAppId) and enter the room with it.';

/** The account-system and userSig result codes. */
export const SERVER_ENTRIES: readonly CatalogEntry[] = [
  docs(-8, 'app_id_invalid', 'Incorrect sdkAppId.', 'Check that the sdkAppId is entered correctly.'),
  docs(
    70001,
    'token_expired',
    'The userSig has expired.',
    'Generate a new userSig. If it expires right after generation, check that its validity period is not too short or 0.',
  ),
  docs(
    70002,
    'token_invalid',
    'The userSig is empty (length 0).',
    'Check the parameters of the userSig calculation so that it is calculated correctly.',
    {
      severity: 'fatal',
      strategy: 'none',
      actor: 'app',
    },
  ),
  docs(
    70003,
    'token_invalid',
    'userSig verification failed (it may have been truncated).',
    `Check that the userSig was not truncated (short buffer). ${REGENERATE}`,
  ),
  docs(
    70004,
    'token_invalid',
    'userSig verification failed (it may have been truncated).',
    `Check that the userSig was not truncated (short buffer). ${REGENERATE}`,
  ),
  docs(
    70005,
    'token_invalid',
    'userSig verification failed.',
    `Check the generated userSig with Tencent's userSig tool. ${REGENERATE}`,
  ),
  docs(
    70006,
    'token_invalid',
    'userSig verification failed.',
    `Check the generated userSig with Tencent's userSig tool. ${REGENERATE}`,
  ),
  docs(
    70009,
    'token_invalid',
    'userSig verification failed: it was probably generated with the key of another sdkAppId.',
    'Generate the userSig with the secret key of the sdkAppId the app uses.',
  ),
  docs(
    70013,
    'token_invalid',
    'The userId of the request does not match the userId the userSig was generated for.',
    'Generate the userSig for the userId that enters the room.',
  ),
  docs(
    70014,
    'token_invalid',
    'The sdkAppId of the request does not match the sdkAppId the userSig was generated for.',
    'Generate the userSig for the sdkAppId the app uses.',
  ),
  docs(
    70016,
    'app_id_invalid',
    'The key of this sdkAppId does not exist: userSig verification failed.',
    'Check the sdkAppId and the data center it belongs to.',
  ),
  docs(
    70020,
    'app_id_invalid',
    'The sdkAppId does not exist: userSig verification failed.',
    'Check the sdkAppId and the data center it belongs to.',
  ),
  docs(
    70050,
    'rate_limited',
    'userSig verification failed too often: requests are rate-limited.',
    'Check the userSig, then retry after one minute.',
    {
      severity: 'fatal',
      strategy: 'none',
      actor: 'app',
    },
  ),
  docs(70051, 'banned', 'The account is on the blacklist.', 'Remove the account from the blacklist first.'),
  row(
    FAMILY.server,
    'sdk',
    -100013,
    'ACCOUNT_NO_MONEY',
    'app_inactive',
    'The TRTC account has run out of credit.',
    'Recharge the Tencent Cloud account of this sdkAppId.',
    {
      aliases: [serverName(-100013)],
    },
  ),
];
