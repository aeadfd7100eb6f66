/**
 * The export formats besides CSV (functions/export/formats/), each read back by an
 * independent reader: JSON Lines by JSON.parse line by line, Parquet by DuckDB (its
 * own Parquet implementation, not the writer's), xlsx by ExcelJS. The same hand-made
 * table goes through every format: codes a spreadsheet would turn into dates or
 * numbers, Chinese text, nulls, a rounded sum, integers past 32 bits, and a table
 * with columns but no rows. Then the formats bundled as the Lambda bundles them, and
 * the BI examples in examples/bi/: the ids they name, and their requests answered
 * by npm start's server.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parse as parseGraphql, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExampleOperations } from '../examples/example-operations.ts';
import type { ExportFormat } from '../functions/export/export-formats.ts';
import type { Cell, ExportColumn, ExportTable } from '../functions/export/export-table.ts';
import { FORMAT_WRITERS } from '../functions/export/formats/export-formats.ts';
import { toJsonl } from '../functions/export/formats/jsonl-writer.ts';
import { toParquet } from '../functions/export/formats/parquet-writer.ts';
import { MAX_CELL_TEXT, sheetName, toXlsx } from '../functions/export/formats/xlsx-writer.ts';
import { bundleHandler } from '../infra/lambda-bundle/bundle-handler.ts';
import { PROJECT_ROOT } from '../infra/lambda-bundle/lambda-layout.ts';
import { runCommand } from './helpers/lambda-artifact.ts';
import { useLocalServer } from './helpers/use-local-server.ts';

// The route's format map takes these entries as they are (checked by the compiler).
const asRouteFormats: Record<string, ExportFormat> = FORMAT_WRITERS;

const COLUMNS: ExportColumn[] = [
  { name: 'indicator.code', type: 'text', context: true },
  { name: 'indicator.name', type: 'text', context: true },
  { name: 'indicator.breakdown.isSample', type: 'boolean', context: true },
  { name: 'rank', type: 'integer', context: false },
  { name: 'region.code', type: 'text', context: false },
  { name: 'region.name', type: 'text', context: false },
  { name: 'value', type: 'number', context: false },
  { name: 'population', type: 'integer', context: false },
  { name: 'code', type: 'text', context: false },
];

/** Text a spreadsheet or a type-guessing reader would take for a date, time, number, boolean or formula. */
const TRICKY_CODES = ['3-3', '8-04', '15:35:50', '1+X', '0101', '411725', '=SUM(A1)', 'TRUE', '1e5', '-0'];
const VALUES: (number | null)[] = [Number((0.1 + 0.2).toPrecision(12)), 7, -1.5, 0.123456789012, 1e-7, 12345678.9, null, 0, 2.5, 100];

const ROWS: Cell[][] = TRICKY_CODES.map((code, i) => [
  'I04', '高技能人才总量', true, i + 1,
  i === 0 ? '411700' : `4117${String(i + 1).padStart(2, '0')}`,
  i === 0 ? '驻马店市' : i === 3 ? null : `区县${i}\n第二行`,
  VALUES[i]!,
  i === 1 ? 411725 : i === 2 ? 3_000_000_000 : i === 4 ? null : i * 1000,
  code,
]);

const TABLE: ExportTable = { columns: COLUMNS, rows: ROWS, rowsPath: 'indicator.breakdown.entries', ignoredLists: [] };
const EMPTY: ExportTable = { ...TABLE, rows: [] };

it('the table has what the formats must get right', () => {
  expect(ROWS[0]![6]).toBe(0.3);
  expect(ROWS.flat()).toEqual(expect.arrayContaining([null, 411725, 3_000_000_000, '驻马店市', '0101', '411725']));
  expect(asRouteFormats).toBe(FORMAT_WRITERS);
});

describe('the format map', () => {
  it('names each format with its content type and file extension', () => {
    expect(Object.fromEntries(Object.entries(FORMAT_WRITERS).map(([name, format]) => [name, [format.contentType, format.extension]]))).toEqual({
      jsonl: ['application/x-ndjson; charset=utf-8', 'jsonl'],
      parquet: ['application/vnd.apache.parquet', 'parquet'],
      xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
    });
  });

  it('writes text for JSON Lines and bytes for Parquet and xlsx, with the options the route passes', async () => {
    const options = { dataVersion: 'v-test', excel: false, name: 'county-ranking-2023' };
    expect(typeof await FORMAT_WRITERS.jsonl.write(TABLE, options)).toBe('string');
    expect(await FORMAT_WRITERS.parquet.write(TABLE, options)).toBeInstanceOf(Uint8Array);
    expect(await FORMAT_WRITERS.xlsx.write(TABLE, options)).toBeInstanceOf(Uint8Array);
  });

  it('refuses a cell that does not have its column type, naming the column and row', async () => {
    const wrong = (type: ExportColumn['type'], cell: Cell): ExportTable => ({ ...EMPTY, columns: [{ name: 'x.y', type, context: false }], rows: [[1], [cell]] as Cell[][] });
    await expect(toParquet(wrong('integer', 1.5))).rejects.toThrow('export column "x.y" is integer, but row 2 holds 1.5');
    await expect(toParquet(wrong('integer', '7'))).rejects.toThrow(/"x\.y" is integer/);
    await expect(toXlsx({ ...wrong('text', 5), rows: [['a'], [5]] })).rejects.toThrow('export column "x.y" is text, but row 2 holds 5');
    await expect(toXlsx({ ...wrong('boolean', 'true'), rows: [[true], ['true']] })).rejects.toThrow(/"x\.y" is boolean/);
  });
});

describe('JSON Lines, parsed line by line', () => {
  const text = toJsonl(TABLE);

  it('is one line per row, each ended by \\n, without a BOM or CR', () => {
    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(text).not.toContain('\r');
    expect(text.endsWith('}\n')).toBe(true);
    // Line breaks inside text are escaped by JSON, so they never split a row.
    expect(text.split('\n')).toHaveLength(ROWS.length + 1);
  });

  it('holds an object per row, keys the column names in column order, values typed as the cells', () => {
    const objects = text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const [i, object] of objects.entries()) {
      expect(Object.keys(object)).toEqual(COLUMNS.map((column) => column.name));
      expect(Object.values(object)).toEqual(ROWS[i]);
    }
    expect(objects[0]).toMatchObject({ 'indicator.name': '高技能人才总量', 'region.name': '驻马店市', value: 0.3, code: '3-3' });
    expect(objects[1]).toMatchObject({ population: 411725, code: '8-04' });
    expect(objects[3]).toMatchObject({ 'region.name': null, code: '1+X' });
    expect(objects.map((object) => typeof object.code)).toEqual(Array(ROWS.length).fill('string'));
    expect(text.split('\n')[0]).toContain('"value":0.3,');
  });

  it('keeps column order for any names, __proto__ and integer-like ones included', () => {
    const table: ExportTable = { ...EMPTY, columns: ['b', '__proto__', '1'].map((name) => ({ name, type: 'integer', context: false })), rows: [[1, 2, 3]] };
    expect(toJsonl(table)).toBe('{"b":1,"__proto__":2,"1":3}\n');
  });

  it('is empty for a table without rows (describe=1 names its columns)', () => {
    expect(toJsonl(EMPTY)).toBe('');
  });
});

describe('Parquet, read back by DuckDB', () => {
  let dir: string;
  let connection: DuckDBConnection;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'export-parquet-'));
    connection = await (await DuckDBInstance.create(':memory:')).connect();
  });
  afterAll(async () => {
    connection?.closeSync();
    await rm(dir, { recursive: true, force: true });
  });

  async function written(table: ExportTable, name: string, dataVersion?: string): Promise<string> {
    const file = path.join(dir, `${name}.parquet`);
    await writeFile(file, await toParquet(table, { dataVersion }));
    return file;
  }
  async function query(sql: string): Promise<Record<string, unknown>[]> {
    return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  }

  it('has a typed, nullable column per export column, named as the export names it, in order', async () => {
    const file = await written(TABLE, 'table', '2026-05-01T00:00:00Z+sample');
    expect(await query(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).toEqual(COLUMNS.map((column) => expect.objectContaining({
      column_name: column.name,
      column_type: { text: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN' }[column.type],
      null: 'YES',
    })));
    const schema = await query(`SELECT name, type, logical_type, converted_type, repetition_type FROM parquet_schema('${file}') WHERE name <> 'root'`);
    expect(schema.filter((element) => element.type === 'BYTE_ARRAY').map((element) => [element.logical_type, element.converted_type]))
      .toEqual(Array(5).fill(['StringType()', 'UTF8']));
    expect(schema.map((element) => element.type)).toEqual(['BYTE_ARRAY', 'BYTE_ARRAY', 'BOOLEAN', 'INT64', 'BYTE_ARRAY', 'BYTE_ARRAY', 'DOUBLE', 'INT64', 'BYTE_ARRAY']);
    expect(new Set(schema.map((element) => element.repetition_type))).toEqual(new Set(['OPTIONAL']));
  });

  it('holds every row and cell: codes as text, Chinese intact, nulls as NULL, 0.3 as 0.3, integers exact', async () => {
    const file = await written(TABLE, 'values');
    const rows = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${file}')`)).getRowsJS();
    expect(rows.map((row) => row.map((cell) => (typeof cell === 'bigint' ? Number(cell) : cell)))).toEqual(ROWS);
    expect(rows.map((row) => row[8])).toEqual(TRICKY_CODES);
    const [sums] = await query(`SELECT sum(population)::BIGINT AS total, count(*) FILTER (WHERE "region.name" IS NULL) AS nulls, max("indicator.name") AS name FROM read_parquet('${file}')`);
    expect(sums).toEqual({ total: BigInt(ROWS.reduce((sum, row) => sum + ((row[7] as number | null) ?? 0), 0)), nulls: 1n, name: '高技能人才总量' });
  });

  it('writes the data version, the rows path and the columns into the key-value metadata', async () => {
    const file = await written(TABLE, 'metadata', '2026-05-01T00:00:00Z+sample');
    const entries = await query(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${file}')`);
    const metadata = Object.fromEntries(entries.map((entry) => [entry.key, entry.value]));
    expect(metadata).toMatchObject({ dataVersion: '2026-05-01T00:00:00Z+sample', rowsPath: 'indicator.breakdown.entries' });
    expect(JSON.parse(metadata.columns as string)).toEqual(COLUMNS);
    const without = await query(`SELECT decode(key) AS key FROM parquet_kv_metadata('${await written(TABLE, 'no-version')}')`);
    expect(without.map((entry) => entry.key)).not.toContain('dataVersion');
  });

  it('keeps the columns of a table without rows', async () => {
    const file = await written(EMPTY, 'empty');
    expect((await query(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).map((row) => row.column_name)).toEqual(COLUMNS.map((column) => column.name));
    expect(await query(`SELECT count(*) AS n FROM read_parquet('${file}')`)).toEqual([{ n: 0n }]);
  });
});

describe('xlsx, read back by ExcelJS', () => {
  async function workbook(table: ExportTable, name?: string): Promise<ExcelJS.Worksheet[]> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await toXlsx(table, { name })) as unknown as ExcelJS.Buffer);
    return book.worksheets;
  }

  it('is one sheet named after the export, a bold frozen header row of the column names in order', async () => {
    const sheets = await workbook(TABLE, 'county-ranking-2023');
    expect(sheets.map((sheet) => sheet.name)).toEqual(['county-ranking-2023']);
    const sheet = sheets[0]!;
    const header = sheet.getRow(1);
    expect(COLUMNS.map((_, c) => header.getCell(c + 1).value)).toEqual(COLUMNS.map((column) => column.name));
    expect(COLUMNS.map((_, c) => header.getCell(c + 1).font?.bold)).toEqual(Array(COLUMNS.length).fill(true));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(ROWS.length + 1);
  });

  it('types every cell: text stays text (tricky codes included), numbers are numbers, booleans booleans, null empty', async () => {
    const sheet = (await workbook(TABLE))[0]!;
    for (const [r, row] of ROWS.entries()) {
      const cells = COLUMNS.map((_, c) => sheet.getRow(r + 2).getCell(c + 1));
      for (const [c, cell] of cells.entries()) {
        const expected = row[c]!;
        const where = `row ${r + 2} ${COLUMNS[c]!.name}`;
        if (expected === null) {
          expect(cell.type, where).toBe(ExcelJS.ValueType.Null);
        } else if (typeof expected === 'string') {
          expect([cell.type, cell.value, cell.numFmt], where).toEqual([ExcelJS.ValueType.String, expected, '@']);
        } else if (typeof expected === 'number') {
          expect([cell.type, cell.value], where).toEqual([ExcelJS.ValueType.Number, expected]);
        } else {
          expect([cell.type, cell.value], where).toEqual([ExcelJS.ValueType.Boolean, expected]);
        }
      }
    }
    expect(ROWS.map((_, r) => sheet.getRow(r + 2).getCell(9).value)).toEqual(TRICKY_CODES);
    expect(sheet.getRow(2).getCell(6).value).toBe('驻马店市');
    expect(sheet.getRow(2).getCell(7).value).toBe(0.3);
  });

  it('fits column widths to their contents, counting Chinese characters double, within bounds', async () => {
    const sheet = (await workbook({ ...TABLE, rows: [...ROWS, ROWS[0]!.map((cell, c) => (c === 8 ? 'x'.repeat(500) : cell))] }))[0]!;
    const widths = COLUMNS.map((_, c) => sheet.getColumn(c + 1).width!);
    expect(widths.every((width) => width >= 6 && width <= 60), String(widths)).toBe(true);
    expect(widths[8]).toBe(60);
    // 高技能人才总量 is 7 characters, 14 wide; rank's header "rank" is 4.
    expect(widths[1]).toBeGreaterThanOrEqual(16);
    expect(widths[3]).toBeLessThan(widths[1]!);
  });

  it('keeps the header of a table without rows', async () => {
    const sheet = (await workbook(EMPTY))[0]!;
    expect(sheet.rowCount).toBe(1);
    expect(COLUMNS.map((_, c) => sheet.getRow(1).getCell(c + 1).value)).toEqual(COLUMNS.map((column) => column.name));
  });

  it('cuts text at the 32,767 characters a cell holds', async () => {
    const long = '驻'.repeat(MAX_CELL_TEXT + 10);
    const sheet = (await workbook({ ...EMPTY, columns: [{ name: 'text', type: 'text', context: false }], rows: [[long]] }))[0]!;
    const value = sheet.getRow(2).getCell(1).value as string;
    expect(value).toHaveLength(MAX_CELL_TEXT);
    expect(value.endsWith('驻…')).toBe(true);
  });

  it('makes a sheet name Excel accepts from any export name', () => {
    expect(sheetName('county-ranking-2023')).toBe('county-ranking-2023');
    expect(sheetName('a[b]:c*d?e/f\\g')).toBe('a-b--c-d-e-f-g');
    expect(sheetName('StatusOfAllTableIndicatorsAndMoreThan31')).toBe('StatusOfAllTableIndicatorsAndMo');
    expect(sheetName("'quoted'")).toBe('quoted');
    expect([sheetName(undefined), sheetName(''), sheetName('History'), sheetName("''")]).toEqual(['export', 'export', 'export', 'export']);
  });
});

describe('the formats bundled as the Lambda bundles them', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'export-formats-bundle-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stays small, and writes files DuckDB and ExcelJS read from the bundle alone', async () => {
    const bundle = await bundleHandler({
      projectRoot: PROJECT_ROOT, entry: 'functions/export/formats/export-formats.ts', bundleFile: 'formats/index.mjs', artifactRoot: dir, minify: false,
    });
    expect(bundle.bytesByPackage.map((entry) => entry.name).sort()).toEqual(['(project)', 'fflate', 'hyparquet', 'hyparquet-writer', 'write-excel-file']);
    // ~290 KB unminified, against the handler's ~4.5 MB.
    expect(bundle.bundleBytes).toBeLessThan(400_000);
    await writeFile(path.join(dir, 'run.mjs'), [
      "import { writeFileSync } from 'node:fs';",
      "import { FORMAT_WRITERS } from './formats/index.mjs';",
      `const table = ${JSON.stringify(TABLE)};`,
      'for (const [name, format] of Object.entries(FORMAT_WRITERS)) writeFileSync(new URL(`out.${format.extension}`, import.meta.url), await format.write(table, { dataVersion: "v1", name: "bundled" }));',
      "console.log('done');",
    ].join('\n'));
    const { output } = await runCommand(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'node'), [path.join(dir, 'run.mjs')], { timeoutMs: 20_000 });
    expect(output.trim().split('\n').at(-1)).toBe('done');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (await connection.runAndReadAll(`SELECT count(*) AS n, max(code) AS code FROM read_parquet('${path.join(dir, 'out.parquet')}')`)).getRowObjectsJS();
    connection.closeSync();
    expect(rows).toEqual([{ n: BigInt(ROWS.length), code: 'TRUE' }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'out.xlsx'));
    expect(book.worksheets.map((sheet) => [sheet.name, sheet.rowCount])).toEqual([['bundled', ROWS.length + 1]]);
    expect((await readFile(path.join(dir, 'out.jsonl'), 'utf8')).split('\n')).toHaveLength(ROWS.length + 1);
  });
});

// ---------------------------------------------------------------------------------------------
// The BI examples in examples/bi/.

const BI_DIR = path.join(import.meta.dirname, '..', 'examples', 'bi');
const EXAMPLES = loadExampleOperations();

interface GrafanaVariable { type: string; name: string; query: string; current?: { value?: string } }
interface InfinityColumn { selector: string; text: string; type: string }
interface InfinityTarget { datasource: { type: string; uid: string }; type: string; source: string; parser?: string; url: string; url_options: { method: string }; columns: InfinityColumn[] }
interface GrafanaDashboard { schemaVersion: number; uid: string; panels: { type: string; title: string; datasource: { type: string; uid: string }; targets: InfinityTarget[] }[]; templating: { list: GrafanaVariable[] } }

const dashboard = JSON.parse(await readFile(path.join(BI_DIR, 'grafana-dashboard.json'), 'utf8')) as GrafanaDashboard;
const powerQuery = await readFile(path.join(BI_DIR, 'zmd-export.pq'), 'utf8');

/** A target's URL as Grafana sends it: ${name} and ${name:percentencode} replaced by the variables' defaults, the API at `api`. */
function grafanaUrl(url: string, api: string): URL {
  const resolved = url.replace(/\$\{(\w+)(?::(\w+))?\}/g, (_, name: string, format?: string) => {
    const variable = dashboard.templating.list.find((candidate) => candidate.name === name);
    if (!variable) throw new Error(`${url} uses the undefined variable ${name}`);
    const value = name === 'api' ? api : (variable.current?.value ?? variable.query);
    if (format && format !== 'percentencode') throw new Error(`unexpected variable format ${format}`);
    return format === 'percentencode' ? encodeURIComponent(value) : value;
  });
  return new URL(resolved);
}

/** The variables the example operation declares, by name. */
function declaredVariables(exportId: string): string[] {
  const example = EXAMPLES.find((candidate) => candidate.name === exportId)!;
  const operation = parseGraphql(example.document).definitions.find((definition) => definition.kind === 'OperationDefinition') as OperationDefinitionNode;
  return (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value);
}

const targets = dashboard.panels.flatMap((panel) => panel.targets.map((target) => ({ panel, target })));

describe('the BI examples', () => {
  it('keep examples/ to its *.graphql examples: the BI folder adds no example operation', () => {
    expect(EXAMPLES.map((example) => example.name)).not.toContain('bi');
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
  });

  it('Grafana: a current dashboard whose two panels read the Infinity data source picked by a variable', () => {
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(39);
    expect(dashboard.templating.list.find((variable) => variable.name === 'datasource')).toMatchObject({ type: 'datasource', query: 'yesoreyeram-infinity-datasource' });
    expect(dashboard.panels.map((panel) => panel.type)).toEqual(['table', 'barchart']);
    for (const { panel, target } of targets) {
      expect([panel.datasource, target.datasource]).toEqual(Array(2).fill({ type: 'yesoreyeram-infinity-datasource', uid: '${datasource}' }));
      expect(target).toMatchObject({ type: 'csv', source: 'url', parser: 'simple', url_options: { method: 'GET' } });
      expect(target.columns.length).toBeGreaterThan(1);
    }
    // No data source uid from one Grafana (that would not import anywhere else).
    expect(JSON.stringify(dashboard)).not.toMatch(/"uid":\s*"(?!\$\{datasource\}|-- Grafana --|zmd-plan-export)/);
  });

  it('Grafana: names only export ids that exist, with variables the operation declares', () => {
    const ids = targets.map(({ target }) => grafanaUrl(target.url, 'http://api.test').searchParams.get('id'));
    expect(ids).toEqual(['status-of-all-table-indicators', 'county-ranking-2023']);
    for (const { target } of targets) {
      const url = grafanaUrl(target.url, 'http://api.test');
      expect(url.pathname).toBe('/export.csv');
      expect(EXAMPLES.map((example) => example.name)).toContain(url.searchParams.get('id'));
      const variables = url.searchParams.get('variables');
      if (variables) expect(declaredVariables(url.searchParams.get('id')!)).toEqual(expect.arrayContaining(Object.keys(JSON.parse(variables))));
    }
    expect(JSON.parse(grafanaUrl(targets[1]!.target.url, 'http://api.test').searchParams.get('variables')!)).toEqual({ indicator: 'I04', year: 2023 });
  });

  it('Power Query: loads an export id that exists, through RelativePath and Query, as Parquet or as typed CSV', () => {
    const exportId = /ExportId = "([^"]+)"/.exec(powerQuery)?.[1];
    expect(EXAMPLES.map((example) => example.name)).toContain(exportId);
    expect(powerQuery).toContain('Web.Contents(BaseUrl, [RelativePath = "export.csv", Query = ExportQuery & extra])');
    expect(powerQuery).toContain('Parquet.Document(Binary.Buffer(Export([format = "parquet"])))');
    expect(powerQuery).toContain('Json.Document(Export([describe = "1"]))');
    expect(powerQuery).toMatch(/Table\.TransformColumnTypes\(\s*Promoted,\s*List\.Transform\(Described\[columns\]/);
    // Every export type has its Power Query type.
    for (const type of ['integer', 'number', 'boolean']) expect(powerQuery).toContain(`exportType = "${type}"`);
  });
});

describe('the BI examples against npm start\'s server', () => {
  const server = useLocalServer({ SEEDS_SAMPLE: '1' });
  const get = (url: URL | string) => fetch(url, { signal: AbortSignal.timeout(10_000) });

  it.each(targets.map(({ panel, target }) => [panel.title, target] as const))('Grafana panel %s: its columns are in the CSV, numbers where typed number', async (_title, target) => {
    const url = grafanaUrl(target.url, server.origin);
    const response = await get(url);
    expect(response.status, await response.clone().text()).toBe(200);
    // Infinity's default parser trims the text first, which drops the BOM.
    const records = parseCsv((await response.text()).trim(), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(url.searchParams.get('id') === 'status-of-all-table-indicators' ? 17 : 10);
    const header = Object.keys(records[0]!);
    expect(header).toEqual(expect.arrayContaining(target.columns.map((column) => column.selector)));
    // The types the panel gives its columns are the export's own (describe=1).
    url.searchParams.set('describe', '1');
    const described = await (await get(url)).json() as { columns: { name: string; type: string }[] };
    for (const column of target.columns) {
      const exportType = described.columns.find((candidate) => candidate.name === column.selector)?.type;
      expect([column.selector, exportType === 'integer' || exportType === 'number' ? 'number' : 'string']).toEqual([column.selector, column.type]);
      if (column.type === 'number') expect(records.every((record) => record[column.selector] === '' || Number.isFinite(Number(record[column.selector]))), column.selector).toBe(true);
    }
    expect(records.some((record) => /\p{Script=Han}/u.test(Object.values(record).join('')))).toBe(true);
  });

  it('Power Query: the Parquet it loads has the columns and types describe=1 names, ten counties', async () => {
    const exportId = /ExportId = "([^"]+)"/.exec(powerQuery)![1]!;
    const response = await get(`${server.origin}/export.csv?${new URLSearchParams({ id: exportId, format: 'parquet' })}`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    const described = await (await get(`${server.origin}/export.csv?${new URLSearchParams({ id: exportId, describe: '1' })}`)).json() as { columns: ExportColumn[]; dataVersion: string };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'export-pq-'));
    try {
      const file = path.join(dir, 'county.parquet');
      await writeFile(file, Buffer.from(await response.arrayBuffer()));
      const connection = await (await DuckDBInstance.create(':memory:')).connect();
      const columns = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).getRowObjectsJS();
      const rows = (await connection.runAndReadAll(`SELECT "region.name", "region.code", value FROM read_parquet('${file}')`)).getRowObjectsJS();
      const metadata = (await connection.runAndReadAll(`SELECT decode(value) AS value FROM parquet_kv_metadata('${file}') WHERE decode(key) = 'dataVersion'`)).getRowObjectsJS();
      connection.closeSync();
      expect(columns.map((column) => [column.column_name, column.column_type])).toEqual(
        described.columns.map((column) => [column.name, { text: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN' }[column.type]]));
      expect(rows).toHaveLength(10);
      expect(rows.every((row) => typeof row['region.code'] === 'string' && /\p{Script=Han}/u.test(row['region.name'] as string))).toBe(true);
      expect(metadata).toEqual([{ value: response.headers.get('x-data-version') }]);
      expect(described.dataVersion).toBe(response.headers.get('x-data-version'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
