/**
 * An Excel workbook (Office Open XML, .xlsx), written by write-excel-file: one sheet
 * named after the export, a bold header row that stays in view (frozen), a column
 * per export column with a width fitted to its contents, and typed cells:
 *
 * - text is a string cell with the Text number format (`@`). A workbook stores a
 *   string cell as a string, so Excel never turns `3-3`, `8-04`, `15:35:50`, `1+X`,
 *   `0101` or `411725` into a date or a number (that happens when Excel *parses*
 *   text: opening a CSV, or typing); the `@` format keeps it text when someone edits
 *   the cell. Text starting with `=` is a string too, never a formula.
 * - integer and number are number cells, boolean are TRUE/FALSE cells;
 * - no value is an empty cell.
 *
 * A cell holds at most 32,767 characters in Excel; longer text is cut there, ending
 * in "…" (no export of this API comes close: its longest text is a plan passage).
 */
import writeXlsxFile, { type Cell as XlsxCell, type Row } from 'write-excel-file/node';
import type { Cell, ExportTable } from '../export-table.ts';
import { checkedCell } from './cell-types.ts';

export const MAX_CELL_TEXT = 32_767;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

export interface XlsxWriteOptions {
  /** The export's name (persisted operation id or operation name); the sheet is named after it. */
  name?: string;
}

/**
 * A sheet name Excel accepts: 1–31 characters, none of []:*?/\, not starting or
 * ending with an apostrophe, not "History" (reserved). Anything else becomes "export".
 */
export function sheetName(name: string | undefined): string {
  const cleaned = [...(name ?? '').replace(/[[\]:*?/\\\p{Cc}]/gu, '-')].slice(0, 31).join('').replace(/^'+|'+$/g, '').trim();
  return cleaned && cleaned.toLowerCase() !== 'history' ? cleaned : 'export';
}

function cutText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1; // do not split a surrogate pair
  return `${text.slice(0, end)}…`;
}

/** Width in Excel's units (about one Latin character): CJK and other wide characters count twice. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u.test(char) ? 2 : 1;
  return width;
}

function xlsxCell(cell: Cell): XlsxCell {
  if (cell === null) return null;
  if (typeof cell === 'string') return { type: String, value: cutText(cell), format: '@' };
  if (typeof cell === 'boolean') return { type: Boolean, value: cell };
  return Number.isFinite(cell) ? { type: Number, value: cell } : null;
}

function cellText(cell: Cell): string {
  return cell === null ? '' : typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(cell);
}

export async function toXlsx(table: ExportTable, options: XlsxWriteOptions = {}): Promise<Uint8Array> {
  const header: Row = table.columns.map((column) => ({ type: String, value: column.name, fontWeight: 'bold' }));
  const widths = table.columns.map((column) => displayWidth(column.name));
  const body: Row[] = table.rows.map((row, r) => table.columns.map((column, c) => {
    const cell = checkedCell(row[c], column, r);
    widths[c] = Math.max(widths[c]!, displayWidth(cellText(cell).slice(0, MAX_WIDTH * 2)));
    return xlsxCell(cell);
  }));
  const buffer = await writeXlsxFile([header, ...body], {
    sheet: sheetName(options.name),
    columns: widths.map((width) => ({ width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2)) })),
    stickyRowsCount: 1,
  }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
