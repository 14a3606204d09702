/**
 * The compact row formats of the agora-web catalog, and the builders that turn rows into entries.
 * @module
 */
import { withUnifiedText } from '../../src/catalog.js';
import type { CatalogEntry, EntrySource, RtcErrorCode } from '../../src/index.js';

/** What a row may set besides code, name, unified code and English text. */
export type RowExtra = Partial<
  Pick<CatalogEntry, 'kind' | 'severity' | 'strategy' | 'delayMs' | 'source' | 'aliases' | 'actor'>
>;

/** `[vendorCode, vendorName, unified code, English message, English action, extra?]`. */
export type Row = readonly [
  vendorCode: string | number,
  vendorName: string,
  code: RtcErrorCode,
  message: string,
  action: string,
  extra?: RowExtra,
];

/**
 * `[vendorName, unified code, English message, English action, extra?]`: a row of a family whose
 * codes the SDK reports by name, the value being the name unless `extra.value` says otherwise.
 */
export type NamedRow = readonly [
  vendorName: string,
  code: RtcErrorCode,
  message: string,
  action: string,
  extra?: RowExtra & { readonly value?: string },
];

/** Defaults shared by the rows of one family. */
export interface FamilyDefaults {
  readonly family: string;
  readonly source: EntrySource;
  readonly kind?: CatalogEntry['kind'];
}

/** Builds the entries of one code family. */
export function family(defaults: FamilyDefaults, rows: readonly Row[]): CatalogEntry[] {
  return rows.map(([vendorCode, vendorName, code, message, action, extra]) =>
    withUnifiedText({
      vendorCode,
      vendorName,
      code,
      kind: extra?.kind ?? defaults.kind ?? 'error',
      message,
      action,
      family: defaults.family,
      source: extra?.source ?? defaults.source,
      ...(extra?.severity !== undefined ? { severity: extra.severity } : {}),
      ...(extra?.strategy !== undefined ? { strategy: extra.strategy } : {}),
      ...(extra?.delayMs !== undefined ? { delayMs: extra.delayMs } : {}),
      ...(extra?.aliases !== undefined ? { aliases: extra.aliases } : {}),
      ...(extra?.actor !== undefined ? { actor: extra.actor } : {}),
    }),
  );
}

/** Builds the entries of one family whose codes are reported by name (see {@link NamedRow}). */
export function namedFamily(defaults: FamilyDefaults, rows: readonly NamedRow[]): CatalogEntry[] {
  return family(
    defaults,
    rows.map(([vendorName, code, message, action, extra]) => [
      extra?.value ?? vendorName,
      vendorName,
      code,
      message,
      action,
      extra,
    ]),
  );
}
