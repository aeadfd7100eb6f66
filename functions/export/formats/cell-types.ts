/**
 * Checks shared by the typed formats (Parquet, xlsx): a cell must have its column's
 * type, or be null. export-rows.ts makes every cell so; a cell that is not would be
 * written as something else (a string in a DOUBLE column, a fraction in INT64), so
 * the writers refuse the table instead.
 */
import type { Cell, ExportColumn } from '../export-table.ts';

export function checkedCell(cell: Cell | undefined, column: ExportColumn, row: number): Cell {
  if (cell === null || cell === undefined) return null;
  const fits = column.type === 'text' ? typeof cell === 'string'
    : column.type === 'boolean' ? typeof cell === 'boolean'
    : column.type === 'integer' ? Number.isSafeInteger(cell)
    : typeof cell === 'number';
  if (!fits) throw new TypeError(`export column "${column.name}" is ${column.type}, but row ${row + 1} holds ${JSON.stringify(cell)}`);
  return cell;
}
