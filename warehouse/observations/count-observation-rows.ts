/** Counts the data rows of a monitoring file with DuckDB, the same reader the loader uses. */
import { DuckDBInstance } from '@duckdb/node-api';
import type { ObservationFile } from '../../dataset/seed.schemas.ts';

export async function countObservationRows(filePath: string, format: ObservationFile['format']): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = format === 'csv' ? `read_csv($1, header = true, all_varchar = true, parallel = false)` : `read_parquet($1)`;
    const result = await connection.runAndReadAll(`select count(*) as n from ${reader}`, [filePath]);
    return Number(result.getRowObjectsJS()[0]!.n);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
