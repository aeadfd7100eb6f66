/**
 * An answer as the table every format writes: the rows at the shape's row list,
 * a cell per column, values made plain and alike across formats.
 */
import type { Cell, ColumnType, ExportTable } from './export-table.ts';
import { rowsOf, valuesAt, type RowShape } from './row-shape.ts';

/** Values of a list inside a row are joined with this, in one text cell. */
export const LIST_SEPARATOR = '; ';

export interface ExportRowOptions {
  /**
   * Keep line breaks inside text. By default each run of line breaks (CR, LF, CRLF)
   * becomes one space: a quoted line break is valid CSV, but many tools (Excel's
   * import preview, line-oriented scripts, Grafana's CSV parser) split rows on it.
   */
  keepLineBreaks?: boolean;
}

/** Sums of doubles differ in the last bits between engines and orders of addition; the API rounds to 12 digits, and so does the export. */
function roundNumber(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(roundNumber(value));
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** One cell from the values found for a column: typed as the column, null when there is none. */
function cellOf(values: readonly unknown[], type: ColumnType, options: ExportRowOptions): Cell {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (present.length === 0) return null;
  switch (type) {
    case 'integer':
    case 'number': return roundNumber(Number(present[0]));
    case 'boolean': return Boolean(present[0]);
    case 'text': {
      const text = present.map(textOf).join(LIST_SEPARATOR);
      return options.keepLineBreaks ? text : text.replace(/(\r\n|\r|\n)+/g, ' ');
    }
  }
}

/** The table of an answer: context cells read once from the root, row cells from each row. */
export function exportTable(data: Record<string, unknown>, shape: RowShape, options: ExportRowOptions = {}): ExportTable {
  const contextCells = new Map(shape.columns.filter((column) => column.context).map((column) => [column.name, cellOf(valuesAt(data, column.path), column.type, options)]));
  const rows = rowsOf(data, shape).map((row) => shape.columns.map((column) => (column.context ? contextCells.get(column.name)! : cellOf(valuesAt(row, column.path), column.type, options))));
  return {
    columns: shape.columns.map(({ name, type, context }) => ({ name, type, context })),
    rows,
    rowsPath: shape.rowsPath.join('.'),
    ignoredLists: shape.ignoredLists,
  };
}
