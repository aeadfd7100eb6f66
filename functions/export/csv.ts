/**
 * CSV as Excel, Power BI, Grafana, pandas and DuckDB read it: RFC 4180 (CRLF line
 * ends, quotes doubled) in UTF-8 with a byte order mark, without which Excel opens
 * Chinese text as mojibake. Text cells are always quoted and numbers and booleans
 * never, so a reader that honours quotes (Python's csv.QUOTE_NONNUMERIC, Power
 * Query's QuoteStyle.Csv with the types from `describe=1`) keeps codes such as
 * 411725 or 0101 as text; a null is an empty, unquoted field.
 */
import type { Cell, ExportTable } from './export-table.ts';

export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  /**
   * For opening by double-click in Excel, which reads CSV without types and turns
   * text that looks like a date, time, number or fraction into one (3-3 → 3 March,
   * 8-04 → August 2004, 15:35:50 → a time, 0101 → 101, 411725123456789 → 4.11E+14).
   * Such a text cell is written as the formula ="…", which Excel shows as the text
   * itself. Off by default: for every other reader ="3-3" is not 3-3.
   */
  excel?: boolean;
  /**
   * The byte order mark, on by default: without it Excel reads UTF-8 as the local code
   * page. Off (bom=0) for parsers that keep it as part of the first column's name
   * (Grafana Infinity's backend parser).
   */
  bom?: boolean;
}

/** Text a spreadsheet would run as a formula is kept as text with a leading ' (OWASP CSV injection). */
function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Text Excel would read as a number, date, time, fraction, percentage or boolean when it opens a CSV. */
function excelWouldConvert(text: string): boolean {
  return /^\s*[\d.]/.test(text) || /^(true|false)$/i.test(text) || /^[A-Za-z]{3,9}[-/ ]\d/.test(text);
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

function csvField(cell: Cell, options: CsvOptions): string {
  if (cell === null) return '';
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  const text = guardFormula(cell);
  if (options.excel && excelWouldConvert(text)) {
    const formula = `=${quoted(text)}`;
    // Excel reads an unquoted field as it stands; quoted only where the field needs it.
    return /[",\r\n]/.test(text) ? quoted(formula) : formula;
  }
  return quoted(text);
}

/** The header line and one line per row. */
export function toCsv(table: ExportTable, options: CsvOptions = {}): string {
  const lines = [
    table.columns.map((column) => quoted(column.name)),
    ...table.rows.map((row) => row.map((cell) => csvField(cell, options))),
  ];
  return `${options.bom === false ? '' : UTF8_BOM}${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}
