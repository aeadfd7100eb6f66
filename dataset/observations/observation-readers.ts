/**
 * How DuckDB reads a monitoring file: the one definition used to stage, validate
 * and count rows. The CSV dialect is pinned (comma, double quotes, RFC 4180
 * escaping) rather than sniffed: a sniffer that meets an unterminated quote
 * quietly turns quoting off and reports good rows as bad, where a pinned dialect
 * makes the read fail and the file is rejected as a whole with a clear reason.
 */
import type { ObservationFile } from '../seed.schemas.ts';

const CSV_OPTIONS = `header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', parallel = false, strict_mode = true`;

/** A table function reading the file at `pathSql` (a quoted literal or a $n parameter). */
export function observationReader(format: ObservationFile['format'], pathSql: string): string {
  return format === 'csv' ? `read_csv(${pathSql}, ${CSV_OPTIONS})` : `read_parquet(${pathSql}, file_row_number = true)`;
}

/** DuckDB's first error line, with the temporary file path replaced by the file's key. */
export function readErrorMessage(error: unknown, filePath: string, key: string): string {
  return (error as Error).message.split('\n')[0]!.replaceAll(filePath, key);
}
