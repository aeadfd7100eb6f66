/**
 * The region table, declared once: what its seed file holds (the schema
 * seeds:check and the loader validate against), its columns (row type, DDL, append
 * order: table-spec.ts) and how a validated seed fills a row.
 */
import * as z from 'zod';
import { nonEmpty, REGION_CODE_SCHEMES, REGION_LEVELS, regionCode } from '../vocabulary.ts';
import { integer, key, nullable, text, type RowOf } from './table-spec.ts';

export const regionSchema = z.strictObject({
  code: regionCode,
  name: nonEmpty,
  nameEn: nonEmpty,
  level: z.enum(REGION_LEVELS),
  parent: regionCode.nullable(),
  /** Where the code comes from: GB/T 2260, the national statistical zone code, this project, or SAMPLE (synthetic, benchmarks only). */
  codeScheme: z.enum(REGION_CODE_SCHEMES),
  note: z.string().nullable(),
});

export type RegionSeed = z.infer<typeof regionSchema>;

export const REGION_COLUMNS = {
  code: key(text()), ordinal: integer(), name: text(), name_en: text(), level: text(REGION_LEVELS),
  parent: nullable(text()), code_scheme: text(REGION_CODE_SCHEMES), note: nullable(text()),
};

export type RegionTable = RowOf<typeof REGION_COLUMNS>;

export function regionRowOfSeed(r: RegionSeed, ordinal: number): RegionTable {
  return { code: r.code, ordinal, name: r.name, name_en: r.nameEn, level: r.level, parent: r.parent, code_scheme: r.codeScheme, note: r.note };
}
