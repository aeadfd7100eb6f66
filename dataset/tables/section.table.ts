/**
 * The section table, declared once: what its seed file holds (the schema
 * seeds:check and the loader validate against), its columns (row type, DDL, append
 * order: table-spec.ts) and how a validated seed fills a row.
 */
import * as z from 'zod';
import { chapterNumber, nonEmpty, sectionId } from '../vocabulary.ts';
import { integer, key, text, type RowOf } from './table-spec.ts';

export const sectionSchema = z.strictObject({
  id: sectionId,
  chapter: chapterNumber,
  number: z.number().int().positive(),
  title: nonEmpty,
  text: z.string(),
  line: z.number().int().positive(),
});

export type SectionSeed = z.infer<typeof sectionSchema>;

export const SECTION_COLUMNS = { id: key(text()), ordinal: integer(), chapter: integer(), number: integer(), title: text(), text: text() };

export type SectionTable = RowOf<typeof SECTION_COLUMNS>;

export function sectionRowOfSeed(s: SectionSeed, ordinal: number): SectionTable {
  return { id: s.id, ordinal, chapter: s.chapter, number: s.number, title: s.title, text: s.text };
}
