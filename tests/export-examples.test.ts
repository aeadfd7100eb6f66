/**
 * Every example operation exported by npm start's server in every format, each read
 * back by an independent parser (csv-parse, DuckDB's Parquet reader, ExcelJS, JSON):
 * one row per result row, the same columns as `describe=1` names (no `node.`), the
 * context fields repeated on every row, codes as text, numbers rounded as the API
 * rounds them, Chinese intact, and the four formats holding the same values.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExampleOperations } from '../examples/example-operations.ts';
import { useLocalServer } from './helpers/use-local-server.ts';

type Value = string | number | boolean | null;
interface Described { columns: { name: string; type: 'text' | 'integer' | 'number' | 'boolean'; context: boolean }[]; rowsPath: string }

const examples = loadExampleOperations();

/** A value as the API rounds it: 12 significant digits. */
const rounded = (value: number) => Number(value.toPrecision(12));

describe('every example in every export format', () => {
  const server = useLocalServer({ SEEDS_SAMPLE: '1' });
  let dir: string;
  let instance: DuckDBInstance;
  let duckdb: DuckDBConnection;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'export-examples-'));
    instance = await DuckDBInstance.create(':memory:');
    duckdb = await instance.connect();
  });

  afterAll(async () => {
    duckdb?.closeSync();
    instance?.closeSync();
    await rm(dir, { recursive: true, force: true });
  });

  const exportOf = async (params: Record<string, string>) => {
    const response = await fetch(`${server.origin}/export.csv?${new URLSearchParams(params)}`, { signal: AbortSignal.timeout(20_000) });
    expect(response.status, `${JSON.stringify(params)}: ${response.status}`).toBe(200);
    return response;
  };

  /** Rows as the CSV gives them, typed by describe=1 (CSV itself has no types). */
  function typedCsvRows(text: string, described: Described): Value[][] {
    const records = parseCsv(text, { bom: true }) as string[][];
    expect(records[0]).toEqual(described.columns.map((column) => column.name));
    return records.slice(1).map((record) => record.map((field, k) => {
      if (field === '') return null;
      switch (described.columns[k]!.type) {
        case 'integer':
        case 'number': return Number(field);
        case 'boolean': return field === 'true';
        case 'text': return field;
      }
    }));
  }

  async function parquetRows(bytes: Uint8Array, name: string): Promise<{ names: string[]; types: string[]; rows: Value[][] }> {
    const file = path.join(dir, `${name}.parquet`);
    await writeFile(file, bytes);
    const reader = await duckdb.runAndReadAll(`select * from read_parquet('${file}')`);
    const rows = reader.getRowsJS().map((row) => row.map((value) => (typeof value === 'bigint' ? Number(value) : value as Value)));
    return { names: reader.columnNames(), types: reader.columnTypes().map((type) => type.toString()), rows };
  }

  async function xlsxRows(bytes: Uint8Array): Promise<{ names: string[]; rows: Value[][] }> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const width = sheet.getRow(1).cellCount;
    const read = (row: number) => Array.from({ length: width }, (_, k) => {
      const value = sheet.getRow(row).getCell(k + 1).value;
      return value === null || value === undefined ? null : value as Value;
    });
    return { names: read(1) as string[], rows: Array.from({ length: sheet.rowCount - 1 }, (_, k) => read(k + 2)) };
  }

  it.each(examples.map((example) => [example.name] as const))('%s: the same rows, columns and types in csv, jsonl, parquet and xlsx', async (name) => {
    const described = await (await exportOf({ id: name, describe: '1' })).json() as Described;
    const names = described.columns.map((column) => column.name);
    expect(names.some((column) => column.startsWith('node.') || column.includes('.node.') || column.includes('edges.'))).toBe(false);

    const csvResponse = await exportOf({ id: name });
    const rowCount = Number(csvResponse.headers.get('x-row-count'));
    const csv = typedCsvRows(await csvResponse.text(), described);
    expect(csv).toHaveLength(rowCount);

    const jsonl = (await (await exportOf({ id: name, format: 'jsonl' })).text()).split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, Value>);
    expect(jsonl.map((row) => Object.keys(row))).toEqual(jsonl.map(() => names));
    expect(jsonl.map((row) => names.map((column) => row[column] ?? null))).toEqual(csv);

    const parquet = await parquetRows(new Uint8Array(await (await exportOf({ id: name, format: 'parquet' })).arrayBuffer()), name);
    expect(parquet.names).toEqual(names);
    // Text columns are strings in Parquet whatever they hold (codes stay text); integers and numbers are numbers.
    described.columns.forEach((column, k) => {
      expect(parquet.types[k], column.name).toBe({ text: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN' }[column.type]);
    });
    expect(parquet.rows).toEqual(csv);

    const xlsx = await xlsxRows(new Uint8Array(await (await exportOf({ id: name, format: 'xlsx' })).arrayBuffer()));
    expect(xlsx.names).toEqual(names);
    expect(xlsx.rows).toEqual(csv);

    for (const row of csv) {
      described.columns.forEach((column, k) => {
        const value = row[k];
        if (value === null || value === undefined) return;
        if (column.type === 'text') expect(typeof value, column.name).toBe('string');
        if (column.type === 'number') expect(value, column.name).toBe(rounded(value as number));
      });
    }
    // Context columns hold one value for the whole table.
    described.columns.forEach((column, k) => {
      if (column.context) expect(new Set(csv.map((row) => row[k])).size, column.name).toBeLessThanOrEqual(1);
    });
  });

  it('repeats the county ranking\'s indicator on every row and keeps its Chinese names and codes as text', async () => {
    const bytes = new Uint8Array(await (await exportOf({ id: 'county-ranking-2023', format: 'xlsx' })).arrayBuffer());
    const { names, rows } = await xlsxRows(bytes);
    const column = (name: string) => names.indexOf(name);
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => `${row[column('indicator.code')]} ${row[column('indicator.name')]}`))).toEqual(new Set(['I04 高技能人才总量']));
    expect(rows.map((row) => row[column('region.code')]).every((code) => typeof code === 'string' && /^4117\d\d$/.test(code))).toBe(true);
    expect(rows.map((row) => row[column('region.name')])).toContain('确山县');
  });
});
