/**
 * Apache Parquet, written by hyparquet-writer (pure JavaScript, no native code or
 * temporary files). One flat schema, a column per export column, each OPTIONAL
 * (nullable), named exactly as the export names it (dots included: Parquet names
 * are free text, and DuckDB, pyarrow/pandas read them as one name; in Spark quote
 * them with backticks). Types:
 *
 * | export  | Parquet                                                  |
 * |---------|----------------------------------------------------------|
 * | text    | BYTE_ARRAY, logical type STRING (converted type UTF8)     |
 * | integer | INT64                                                     |
 * | number  | DOUBLE                                                    |
 * | boolean | BOOLEAN                                                   |
 *
 * INT64 rather than INT32, though GraphQL's Int is 32-bit: it is what the readers call
 * a whole number (DuckDB BIGINT, pandas/Arrow int64, Power BI Int64.Type, Spark
 * LongType), so joining or appending the export to other integer data needs no
 * widening cast, and a sum computed in the file's own type cannot overflow. With
 * dictionary encoding and Snappy the wider type costs nothing measurable.
 *
 * The data version goes into the file's key-value metadata (`dataVersion`), with
 * the rows path and the column list as the export describes them (`describe=1`).
 */
import { ByteWriter, parquetWrite, type ColumnSource, type SchemaElement } from 'hyparquet-writer';
import type { ColumnType, ExportTable } from '../export-table.ts';
import { checkedCell } from './cell-types.ts';

const PARQUET_TYPES: Record<ColumnType, Omit<SchemaElement, 'name'>> = {
  text: { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } },
  integer: { type: 'INT64' },
  number: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
};

export interface ParquetWriteOptions {
  /** Written into the file's key-value metadata as `dataVersion`. */
  dataVersion?: string;
}

export async function toParquet(table: ExportTable, options: ParquetWriteOptions = {}): Promise<Uint8Array> {
  const schema: SchemaElement[] = [
    { name: 'root', num_children: table.columns.length },
    ...table.columns.map((column): SchemaElement => ({ name: column.name, ...PARQUET_TYPES[column.type], repetition_type: 'OPTIONAL' })),
  ];
  const columnData: ColumnSource[] = table.columns.map((column, c) => ({
    name: column.name,
    data: table.rows.map((row, r) => {
      const cell = checkedCell(row[c], column, r);
      // hyparquet-writer takes INT64 values as bigint (a JS number is exact only to 2^53).
      return column.type === 'integer' && cell !== null ? BigInt(cell as number) : cell;
    }),
  }));
  const kvMetadata = [
    ...(options.dataVersion ? [{ key: 'dataVersion', value: options.dataVersion }] : []),
    { key: 'rowsPath', value: table.rowsPath },
    { key: 'columns', value: JSON.stringify(table.columns) },
  ];
  const writer = new ByteWriter();
  await parquetWrite({ writer, schema, columnData, kvMetadata, createdBy: 'zmd-plan-graphql export (hyparquet-writer)' });
  return new Uint8Array(writer.getBuffer());
}
