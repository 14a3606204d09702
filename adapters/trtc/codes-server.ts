/**
 * Result codes of Tencent's servers for the account system and `userSig`. They reach a v5 app as
 * the `extraCode` of a 5400 `SERVER_ERROR` (enterRoom rejected), or as the extra code of the
 * `originError` of a 5500 (scheduling or signalling refused); a 4.x app sees them as the extra code
 * of 0x4001/0x4004.
 *
 * Rows and wording from the pages named in `fixtures/vendor-docs/trtc-*.json`: the "Account errors"
 * table of the 4.x ErrorCode page (-8, 70001–70006), the account error table of Tencent's REST API
 * common error codes (70009, 70013, 70014, 70016, 70020, 70050, 70051) and the SDK's own enum
 * (-100013 `ACCOUNT_NO_MONEY`). The stored web copy of the 4.x page breaks off after 70006; its
 * whole account table (70007 onward too) comes from the page's Markdown source in Tencent's
 * documentation repository (`fixtures/vendor-docs/tencent-account-trtc-v4-*.json`).
 * @module
 */
import type { CatalogEntry, RtcErrorCode } from '../../src/index.js';
import { catalogRow, type RowExtra } from '../../src/catalog.js';
import { FAMILY } from './entry.js';

/** `SERVER_ERROR.<code>`: unique beside the v5 and 4.x names, and says how the code arrives. */
export const serverName = (code: number): string => `SERVER_ERROR.${code}`;

const docs = (c: number, u: RtcErrorCode, m: string, a: string, x?: RowExtra): CatalogEntry =>
  catalogRow(FAMILY.server, 'docs', c, serverName(c), u, m, a, x);

const REGENERATE =
  'Generate a new userSig on your server (with the secret key of this sdkAppId) and enter the room with it.';

const USER_SIG_TOOL = `Check the generated userSig with Tencent's userSig tool. ${REGENERATE}`;
const INTERNAL = 'Internal error of the account system.';
const TRY_LATER = 'Try again later; if it keeps failing, contact Tencent Cloud support.';
const CHECK_APP = 'Check the sdkAppId and the account system configured for it in the Tencent Cloud console.';
const BUILT_BY_SDK =
  'The SDK builds this request: check the userId and sdkAppId, and report it to Tencent Cloud support with the SDK version.';

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
  docs(
    70107,
    'invalid_uid',
    'The userId is not registered in the account system.',
    "Register (import) the userId in Tencent's account system first, or check the userId.",
  ),
  docs(70007, 'token_invalid', 'userSig verification failed.', USER_SIG_TOOL),
  docs(70008, 'token_invalid', 'userSig verification failed.', USER_SIG_TOOL),
  docs(70010, 'token_invalid', 'userSig verification failed.', USER_SIG_TOOL),
  docs(
    70015,
    'app_id_invalid',
    'No verification method was found for this sdkAppId and account type.',
    'Check that the account system is integrated for this sdkAppId (Tencent Cloud console).',
  ),
  docs(
    70017,
    'server_error',
    'Verifying the credential with a third party timed out inside the account system.',
    TRY_LATER,
  ),
  docs(
    70018,
    'token_invalid',
    'Verifying the credential with a third party failed inside the account system.',
    REGENERATE,
  ),
  docs(
    70019,
    'token_invalid',
    'The credential field (the userSig) of the request is empty.',
    'Pass the userSig your server generated: an empty one is a bug of the token source.',
    {
      severity: 'fatal',
      strategy: 'none',
      actor: 'app',
    },
  ),
  docs(70052, 'token_expired', 'The userSig is no longer valid.', 'Generate a new userSig and enter the room with it.'),
  docs(70101, 'invalid_params', 'The request packet is empty.', BUILT_BY_SDK),
  docs(70102, 'invalid_params', 'The account type of the request is wrong.', BUILT_BY_SDK),
  docs(70103, 'invalid_uid', 'The phone number format of the account is wrong.', 'Check the userId format.'),
  docs(70104, 'invalid_uid', 'The email address format of the account is wrong.', 'Check the userId format.'),
  docs(70105, 'invalid_uid', 'The TLS account format is wrong.', 'Check the userId format.'),
  docs(70106, 'invalid_uid', 'The account format type is invalid.', 'Check the userId format.'),
  docs(70113, 'invalid_params', 'The number of items in a batch operation is invalid.', BUILT_BY_SDK),
  docs(70114, 'not_authorized', 'The account is restricted for security reasons.', 'Contact Tencent Cloud support.'),
  docs(70115, 'not_authorized', "The uin is not the developer's uin of this sdkAppId.", CHECK_APP),
  docs(70140, 'app_id_invalid', 'The sdkAppId does not match the account type (acctype).', CHECK_APP),
  docs(70145, 'invalid_params', 'The account type is wrong.', BUILT_BY_SDK),
  docs(70169, 'server_error', INTERNAL, TRY_LATER),
  docs(70201, 'server_error', INTERNAL, TRY_LATER),
  docs(70202, 'server_error', INTERNAL, TRY_LATER),
  docs(70203, 'server_error', INTERNAL, TRY_LATER),
  docs(70204, 'app_id_invalid', 'The sdkAppId has no account type (acctype).', CHECK_APP),
  docs(70205, 'server_error', 'Looking up the account type (acctype) failed.', TRY_LATER),
  docs(70206, 'invalid_params', 'The number of items in a batch request is invalid.', BUILT_BY_SDK),
  docs(70207, 'server_error', INTERNAL, TRY_LATER),
  docs(70208, 'server_error', INTERNAL, TRY_LATER),
  docs(70209, 'server_error', "Getting the developer's uin failed.", TRY_LATER),
  docs(70210, 'not_authorized', "The uin of the request is not the developer's.", CHECK_APP),
  docs(70211, 'invalid_params', 'The uin of the request is invalid.', CHECK_APP),
  docs(70212, 'server_error', INTERNAL, TRY_LATER),
  docs(70213, 'server_error', 'The account system could not access its internal data.', TRY_LATER),
  docs(70214, 'token_invalid', 'Verifying an internal credential failed.', REGENERATE),
  docs(
    70221,
    'token_expired',
    'The login state is no longer valid.',
    'Authenticate again: generate a new userSig and enter the room with it.',
  ),
  docs(70222, 'server_error', INTERNAL, TRY_LATER),
  docs(70225, 'server_error', INTERNAL, TRY_LATER),
  docs(70231, 'server_error', INTERNAL, TRY_LATER),
  docs(70236, 'token_invalid', 'Verifying the user signature failed.', USER_SIG_TOOL),
  docs(70308, 'server_error', INTERNAL, TRY_LATER),
  docs(70346, 'token_invalid', 'Verifying the credential failed.', USER_SIG_TOOL),
  docs(70347, 'token_expired', 'The credential has expired.', 'Generate a new userSig and enter the room with it.'),
  docs(70348, 'server_error', INTERNAL, TRY_LATER),
  docs(70362, 'server_error', 'Internal timeout of the account system.', TRY_LATER),
  docs(70401, 'server_error', INTERNAL, TRY_LATER),
  docs(
    70402,
    'invalid_params',
    'A parameter is invalid: a required field is missing or does not meet the protocol.',
    'Check that the required fields are set and meet the requirements.',
  ),
  docs(
    70403,
    'not_authorized',
    'The operation needs the app administrator, and the caller is not.',
    'Perform the operation as the app administrator.',
  ),
  catalogRow(
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
