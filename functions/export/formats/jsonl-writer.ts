/**
 * JSON Lines (https://jsonlines.org): one JSON object per row, its keys the column
 * names in column order, its values typed as the columns are (numbers as JSON
 * numbers, booleans, null for no value). UTF-8 without a byte order mark, each line
 * ended by "\n" (the last one too). A table without rows is an empty file: JSON
 * Lines has no header, so its columns are only in `describe=1`.
 */
import type { Cell, ExportTable } from '../export-table.ts';

function jsonOf(cell: Cell | undefined): string {
  // JSON has no NaN or Infinity (GraphQL Float has neither either); a missing cell is no value.
  if (cell === null || cell === undefined || (typeof cell === 'number' && !Number.isFinite(cell))) return 'null';
  return JSON.stringify(cell);
}

export function toJsonl(table: ExportTable): string {
  // Each line is built as text, not by JSON.stringify of an object: an object would put
  // integer-like keys first and swallow a key named __proto__; the text keeps column order.
  const keys = table.columns.map((column) => `${JSON.stringify(column.name)}:`);
  return table.rows.map((row) => `{${keys.map((key, i) => key + jsonOf(row[i])).join(',')}}\n`).join('');
}
