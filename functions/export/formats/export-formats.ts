/**
 * The export formats besides CSV, each written from the same table (export-table.ts)
 * by its own small module: `format=jsonl`, `format=parquet`, `format=xlsx`.
 * Each entry fits functions/export/export-formats.ts's ExportFormat, so the route's
 * map can take them as they are (`{ csv, ...FORMAT_WRITERS }`).
 */
import type { ExportTable } from '../export-table.ts';

export interface FormatWriteOptions {
  /** The answer's data version: Parquet writes it into the file's key-value metadata. */
  dataVersion?: string;
  /** The export's name (id or operation name): the xlsx sheet is named after it ("export" if none). */
  name?: string;
}

export interface FormatWriter {
  contentType: string;
  /** The file name extension, without the dot, for content-disposition. */
  extension: string;
  write(table: ExportTable, options?: FormatWriteOptions): Promise<string | Uint8Array>;
}

export type FormatName = 'jsonl' | 'parquet' | 'xlsx';

/**
 * The writers are imported when first used: the Parquet and xlsx libraries are a tenth
 * of the bundle, and evaluating them on every cold start (bench:lambda) would make every
 * caller wait for what only an export in those formats needs.
 */
export const FORMAT_WRITERS: Record<FormatName, FormatWriter> = {
  jsonl: {
    contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl',
    write: async (table) => (await import('./jsonl-writer.ts')).toJsonl(table),
  },
  parquet: {
    contentType: 'application/vnd.apache.parquet', extension: 'parquet',
    write: async (table, options = {}) => (await import('./parquet-writer.ts')).toParquet(table, { dataVersion: options.dataVersion }),
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx',
    write: async (table, options = {}) => (await import('./xlsx-writer.ts')).toXlsx(table, { name: options.name }),
  },
};
