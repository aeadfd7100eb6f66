/** Counts the data rows of a monitoring file with DuckDB, reading it exactly as the loader does. */
import { SeedValidationError } from '../check/seed-issues.ts';
import type { ObservationFile } from '../seed.schemas.ts';
import { observationReader, readErrorMessage } from './observation-readers.ts';

export async function countObservationRows(filePath: string, file: Pick<ObservationFile, 'key' | 'format'>): Promise<number> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const result = await connection.runAndReadAll(`select count(*) as n from ${observationReader(file.format, '$1')}`, [filePath]);
    return Number(result.getRowObjectsJS()[0]!.n);
  } catch (error) {
    throw new SeedValidationError([{ file: file.key, message: `cannot be read as ${file.format.toUpperCase()}: ${readErrorMessage(error, filePath, file.key)}` }]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
