/**
 * The chapter table, declared once: what its seed file holds (the schema
 * seeds:check and the loader validate against), its columns (row type, DDL, append
 * order: table-spec.ts) and how a validated seed fills a row.
 */
import * as z from 'zod';
import { chapterNumber, nonEmpty } from '../vocabulary.ts';
import { integer, key, text, type RowOf } from './table-spec.ts';

export const chapterSchema = z.strictObject({
  number: chapterNumber,
  title: nonEmpty,
  titleEn: nonEmpty,
  /** The chapter's opening paragraphs, before its first section. */
  intro: z.string(),
  /** Every line of the chapter as printed, headings included. */
  text: nonEmpty,
  line: z.number().int().positive(),
});

export type ChapterSeed = z.infer<typeof chapterSchema>;

export const CHAPTER_COLUMNS = { number: key(integer()), title: text(), title_en: text(), intro: text(), text: text() };

export type ChapterTable = RowOf<typeof CHAPTER_COLUMNS>;

export function chapterRowOfSeed(c: ChapterSeed): ChapterTable {
  return { number: c.number, title: c.title, title_en: c.titleEn, intro: c.intro, text: c.text };
}
