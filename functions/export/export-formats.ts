/**
 * The formats an export is written in, each from the same table (export-table.ts):
 * CSV (csv.ts) and, in formats/, JSON Lines, Parquet and xlsx. `format=` names one;
 * CSV is the default.
 */
import { toCsv } from './csv.ts';
import type { ExportTable } from './export-table.ts';
import { FORMAT_WRITERS } from './formats/export-formats.ts';

export interface WriteOptions {
  /** Written into the file where the format has a place for it (Parquet metadata). */
  dataVersion: string;
  /** CSV only: text Excel would convert is written as ="…" (csv.ts). */
  excel: boolean;
  /** CSV only: start with a byte order mark (csv.ts). */
  bom: boolean;
  /** The export's name (the persisted operation or the operation's name), e.g. for a sheet name. */
  name: string;
}

export interface ExportFormat {
  contentType: string;
  extension: string;
  write(table: ExportTable, options: WriteOptions): Promise<string | Uint8Array> | string | Uint8Array;
}

export const EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv', write: (table, options) => toCsv(table, { excel: options.excel, bom: options.bom }) },
  ...FORMAT_WRITERS,
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
