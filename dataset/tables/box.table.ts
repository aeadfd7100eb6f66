/**
 * The box table, declared once: what its seed file holds (the schema
 * seeds:check and the loader validate against), its columns (row type, DDL, append
 * order: table-spec.ts) and how a validated seed fills a row.
 */
import * as z from 'zod';
import { BOX_KINDS, boxId, chapterNumber, nonEmpty, sectionId } from '../vocabulary.ts';
import { integer, key, nullable, text, type RowOf } from './table-spec.ts';

export const boxSchema = z.strictObject({
  id: boxId,
  chapter: chapterNumber,
  /** The section the box stands in, or null when it follows the chapter intro. */
  section: sectionId.nullable(),
  title: nonEmpty,
  kind: z.enum(BOX_KINDS),
  line: z.number().int().positive(),
});

export type BoxSeed = z.infer<typeof boxSchema>;

export const BOX_COLUMNS = { id: key(text()), ordinal: integer(), chapter: integer(), section: nullable(text()), title: text(), kind: text(BOX_KINDS) };

export type BoxTable = RowOf<typeof BOX_COLUMNS>;

export function boxRowOfSeed(b: BoxSeed, ordinal: number): BoxTable {
  return { id: b.id, ordinal, chapter: b.chapter, section: b.section, title: b.title, kind: b.kind };
}
