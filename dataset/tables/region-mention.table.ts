/**
 * The region mention table, declared once: what its seed file holds (the schema
 * seeds:check and the loader validate against), its columns (row type, DDL, append
 * order: table-spec.ts) and how a validated seed fills a row.
 */
import * as z from 'zod';
import { boxId, chapterNumber, nonEmpty, projectCode, regionCode, sectionId } from '../vocabulary.ts';
import { integer, key, nullable, text, type RowOf } from './table-spec.ts';

export const regionMentionSchema = z.strictObject({
  region: regionCode,
  /** Null for a mention in the notice that precedes the chapters. */
  chapter: chapterNumber.nullable(),
  section: sectionId.nullable(),
  box: boxId.nullable(),
  project: projectCode.nullable(),
  quote: nonEmpty,
  note: z.string().nullable(),
});

export type RegionMentionSeed = z.infer<typeof regionMentionSchema>;

export const REGION_MENTION_COLUMNS = {
  ordinal: key(integer()), region: text(), chapter: nullable(integer()), section: nullable(text()),
  box: nullable(text()), project: nullable(text()), quote: text(), note: nullable(text()),
};

export type RegionMentionTable = RowOf<typeof REGION_MENTION_COLUMNS>;

export function regionMentionRowOfSeed(m: RegionMentionSeed, ordinal: number): RegionMentionTable {
  return { ordinal, region: m.region, chapter: m.chapter, section: m.section, box: m.box, project: m.project, quote: m.quote, note: m.note };
}
