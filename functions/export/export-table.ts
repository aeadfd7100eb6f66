/**
 * The table an export writes, whatever the format: columns with names and types
 * decided from the operation and the schema (row-shape.ts), and rows of plain cells
 * (export-rows.ts). Every format (CSV, JSON Lines, Parquet, xlsx) writes the same
 * table, so the same query gives the same columns and values in each.
 */

/**
 * A column's type, from the GraphQL type of its field: Int → integer, Float → number,
 * Boolean → boolean; String, ID and enums → text. A list inside a row is one text
 * cell (its values joined with "; "), so its column is text whatever its items are.
 * Codes (ids, region and indicator codes) are ID or String fields: always text.
 */
export type ColumnType = 'text' | 'integer' | 'number' | 'boolean';

export interface ExportColumn {
  /** The header (see row-shape.ts for how names are made); unique within a table. */
  name: string;
  type: ColumnType;
  /** Selected above the row list (e.g. `indicator { code }` around `series { … }`): the same value on every row. */
  context: boolean;
}

/** A cell: text, a number (rounded to 12 significant digits, as the API rounds), a boolean, or null (no value). */
export type Cell = string | number | boolean | null;

export interface ExportTable {
  columns: ExportColumn[];
  rows: Cell[][];
  /** The list the rows are, as response keys joined with dots (e.g. `facts.edges`); empty for a one-row answer. */
  rowsPath: string;
  /** Other lists the operation selects outside the row list, which the export leaves out (`rows=` picks another). */
  ignoredLists: string[];
}
