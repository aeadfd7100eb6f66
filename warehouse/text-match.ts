/** Plain substring matching that both engines answer alike. */
import { sql, type RawBuilder } from 'kysely';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/** Lower-cases ASCII letters only, exactly as `foldedColumn` folds the text searched. */
export function foldAsciiCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

// Not lower(): PostgreSQL's depends on the database locale and DuckDB's folds all of
// Unicode, so the engines could disagree; translate() over A–Z is the same on both.
export function foldedColumn(column: string): RawBuilder<string> {
  return sql<string>`translate(${sql.ref(column)}, ${sql.lit(UPPER)}, ${sql.lit(LOWER)})`;
}

/**
 * True where one of the columns contains the text, ASCII letters in any case. strpos,
 * not LIKE: % and _ stay literal. The text is a bound parameter.
 */
export function anyColumnContains(columns: readonly string[], text: string): RawBuilder<boolean> {
  const needle = foldAsciiCase(text);
  return sql<boolean>`(${sql.join(columns.map((column) => sql`strpos(${foldedColumn(column)}, cast(${needle} as varchar)) > 0`), sql` or `)})`;
}
