/**
 * The row builder of agora-ng's secondary families (disconnect reasons, media relay, error events):
 * the SDK reports a member's name as its value, and the entry is named `family.value`.
 * @module
 */
import type { CatalogEntry, RtcErrorCode } from '../../src/index.js';
import { catalogRow, type RowExtra } from '../../src/catalog.js';

/** One entry of `family`: an error the SDK reports (`sdk`), unless `extra` says otherwise. */
export const familyEntry = (
  family: string,
  value: string,
  code: RtcErrorCode,
  message: string,
  action: string,
  extra: RowExtra = {},
): CatalogEntry => catalogRow(family, 'sdk', value, `${family}.${value}`, code, message, action, extra);
