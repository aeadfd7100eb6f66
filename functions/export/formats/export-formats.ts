/**
 * The export formats besides CSV, each written from the same table (export-table.ts)
 * by its own small module: `format=jsonl`, `format=parquet`, `format=xlsx`.
 * Each entry fits functions/export/export-formats.ts's ExportFormat, so the route's
 * map can take them as they are (`{ csv, ...FORMAT_WRITERS }`).
 */
import type { ExportTable } from '../export-table.ts';
import { JSONL_CONTENT_TYPE, toJsonl } from './jsonl-writer.ts';
import { PARQUET_CONTENT_TYPE, toParquet } from './parquet-writer.ts';
import { toXlsx, XLSX_CONTENT_TYPE } from './xlsx-writer.ts';

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

export const FORMAT_WRITERS: Record<FormatName, FormatWriter> = {
  jsonl: { contentType: JSONL_CONTENT_TYPE, extension: 'jsonl', write: async (table) => toJsonl(table) },
  parquet: { contentType: PARQUET_CONTENT_TYPE, extension: 'parquet', write: (table, options = {}) => toParquet(table, { dataVersion: options.dataVersion }) },
  xlsx: { contentType: XLSX_CONTENT_TYPE, extension: 'xlsx', write: (table, options = {}) => toXlsx(table, { name: options.name }) },
};
