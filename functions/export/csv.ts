/**
 * CSV as Excel, Power BI and Grafana read it: RFC 4180 (CRLF line ends, fields with
 * commas, quotes or line breaks quoted) in UTF-8 with a byte order mark, without
 * which Excel opens Chinese text as mojibake.
 */
export const UTF8_BOM = '\uFEFF';

/** Values inside one cell that came from a list are joined with this. */
export const LIST_SEPARATOR = '; ';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    // A text cell that a spreadsheet would run as a formula is kept as text (OWASP CSV injection).
    return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function csvCell(values: readonly unknown[]): string {
  const text = values.map(cellText).join(LIST_SEPARATOR);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header line and one line per row; each row holds, per column, the values found for it. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[][])[]): string {
  const lines = [header.map((name) => csvCell([name])), ...rows.map((row) => row.map(csvCell))];
  return `${UTF8_BOM}${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
