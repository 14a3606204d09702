/**
 * Server reasons carried by overloaded codes (`CAN_NOT_GET_GATEWAY_SERVER`, `UNEXPECTED_RESPONSE`,
 * `UPDATE_TICKET_FAILED`): the access point's `desc` strings ("dynamic key expired", "invalid vendor
 * key, can not find appid"...) and the gateway's error names ("ERR_DYNAMIC_KEY_EXPIRED",
 * "K_UID_BANNED"...), as the 4.24.8 bundle words them. Ordered: the first rule that matches wins, so
 * an aggregated message naming several reasons reports the one the app must act on.
 * @module
 */
import type { RtcErrorCode } from '../../src/index.js';

/** One reason pattern and the unified code it means. */
export interface ReasonRule {
  readonly pattern: RegExp;
  readonly code: RtcErrorCode;
}

export const REASON_RULES: readonly ReasonRule[] = [
  {
    pattern: /dynamic[ _]key[ _]expired|K_TIMESTAMP_EXPIRED|dynamic key or token timeout|DYNAMIC_KEY_TIMEOUT/i,
    code: 'token_expired',
  },
  { pattern: /invalid vendor key|INVALID_VENDOR_KEY|\binvalid appid\b/i, code: 'app_id_invalid' },
  { pattern: /no active status|NO_ACTIVE_STATUS/i, code: 'app_inactive' },
  {
    pattern:
      /static use dynamic key|dynamic use static key|STATIC_USE_DYANMIC|DYNAMIC_USE_STATIC|invalid token|NO_AUTHORIZED|CERTIFICATE_INVALID|CHANNEL_PERMISSION_INVALID|REJOIN_TOKEN_INVALID/i,
    code: 'token_invalid',
  },
  { pattern: /\b(?:K_)?(?:UID|IP|CHANNEL)[ _]BANNED\b/i, code: 'banned' },
  { pattern: /LICENSE_|forbidden in this area/i, code: 'not_authorized' },
  { pattern: /invalid channel name|INVALID_CHANNEL_NAME|CHANNEL_NAME_EMPTY/i, code: 'invalid_channel_name' },
  { pattern: /invalid string uid|INVALID_STRINGUID|ERR_INVALID_UID/i, code: 'invalid_uid' },
  { pattern: /ILLEGAL_CLIENT_ROLE_LEVEL|INVALID_OPTIONAL_INFO/, code: 'invalid_params' },
  { pattern: /CHANNEL_NOT_FOUND/, code: 'channel_not_found' },
  { pattern: /CHANNEL_CONFLICTED/, code: 'channel_conflict' },
  { pattern: /REPEAT_JOIN/, code: 'already_joined' },
  { pattern: /ERR_NOT_JOINED|REJOIN_NOT_JOINED/, code: 'not_joined' },
  { pattern: /TOO_MANY_MESSAGES/, code: 'rate_limited' },
  {
    pattern: /LOOKUP_CHANNEL_TIMEOUT|OPEN_CHANNEL_TIMEOUT|JOIN_CHANNEL_TIMEOUT|SET_CLIENT_ROLE_TIMEOUT/,
    code: 'network_timeout',
  },
  {
    pattern:
      /no [a-z0-9 ]*service available|SERVICE_NOT_READY|SERVICE_TOO_HEAVY|users over load|TOO_MANY_USERS|NO_AVAILABLE_CHANNEL|NO_CHANNEL_AVAILABLE|VOCS?_(?:UN)?AVAILABLE|VOS_AVAILABLE|VOM_SERVICE_UNAVAILABLE|REQUEST_DEFERRED/i,
    code: 'server_busy',
  },
  { pattern: /unilbs internal error|allocator internal error|ERR_INTERNAL_ERROR/i, code: 'server_error' },
  {
    pattern:
      /_REJECTED|K_TICKET_INVALID|unable to allocate services|TOO_MANY_BROADCASTERS|TOO_MANY_SUBSCRIBERS|REQUEST_INVALID|ILLEAGAL_PLUGIN/,
    code: 'request_rejected',
  },
  { pattern: /NOT_SUPPORTED_MESSAGE|DATASTREAM2_NOT_AVAILABLE/, code: 'not_supported' },
];

/**
 * Every rule above needs a space or an underscore in what it matches (each alternative of each
 * pattern has one outside any group, class other than `[ _]` or quantified atom; a test checks it),
 * so text without either matches none: such text, e.g. a long run of one character, is ruled out
 * in one scan rather than one per rule.
 */
const SPACE_OR_UNDERSCORE = /[ _]/;

/** The first rule matching `text`, with the matched words. */
export function findReason(text: string): { code: RtcErrorCode; matched: string } | undefined {
  if (!SPACE_OR_UNDERSCORE.test(text)) return undefined;
  for (const rule of REASON_RULES) {
    const m = rule.pattern.exec(text);
    if (m) return { code: rule.code, matched: m[0] };
  }
  return undefined;
}
