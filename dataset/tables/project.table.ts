/**
 * The project table, declared once: what its seed file holds (the schema
 * seeds:check and the loader validate against), its columns (row type, DDL, append
 * order: table-spec.ts) and how a validated seed fills a row.
 */
import * as z from 'zod';
import { boxId, chapterNumber, nonEmpty, projectCode } from '../vocabulary.ts';
import { boolean, integer, key, text, type RowOf } from './table-spec.ts';

export const projectSchema = z.strictObject({
  code: projectCode,
  box: boxId,
  chapter: chapterNumber,
  item: z.number().int().min(1).max(99),
  title: nonEmpty,
  /** True where the box item has no title line and the title is its first clause. */
  titleFromText: z.boolean(),
  text: nonEmpty,
  /** The item's heading line exactly as printed in the source. */
  printedHeading: nonEmpty,
  /** Normalisations applied to the printed heading (e.g. a restored "+"). */
  normalisations: z.array(nonEmpty),
  line: z.number().int().positive(),
});

export type ProjectSeed = z.infer<typeof projectSchema>;

export const PROJECT_COLUMNS = {
  code: key(text()), ordinal: integer(), box: text(), chapter: integer(), item: integer(), title: text(),
  title_from_text: boolean(), text: text(), printed_heading: text(), normalisations: text(),
};

export type ProjectTable = RowOf<typeof PROJECT_COLUMNS>;

export function projectRowOfSeed(p: ProjectSeed, ordinal: number): ProjectTable {
  return {
    code: p.code, ordinal, box: p.box, chapter: p.chapter, item: p.item, title: p.title, title_from_text: p.titleFromText,
    text: p.text, printed_heading: p.printedHeading, normalisations: JSON.stringify(p.normalisations),
  };
}
