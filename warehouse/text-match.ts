/** Plain substring matching, the same in memory and on both engines. */
import { sql, type RawBuilder } from 'kysely';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Lower-cases ASCII letters only, exactly as `foldedColumn` folds the text searched:
 * one code unit for one, so an offset in the folded text is an offset in the original.
 */
export function foldAsciiCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

// Not lower(): PostgreSQL's depends on the database locale and DuckDB's folds all of
// Unicode, so the engines could disagree; translate() over A–Z is the same on both.
export function foldedColumn(column: string): RawBuilder<string> {
  return sql<string>`translate(${sql.ref(column)}, ${sql.lit(UPPER)}, ${sql.lit(LOWER)})`;
}

/** True where one of the texts contains the text, ASCII letters in any case (a missing text contains nothing). */
export function anyContains(texts: readonly (string | null)[], text: string): boolean {
  const needle = foldAsciiCase(text);
  return texts.some((haystack) => haystack !== null && foldAsciiCase(haystack).includes(needle));
}
