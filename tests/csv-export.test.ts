/**
 * The CSV export: how an operation becomes rows and columns (decided from the
 * operation and the schema), the CSV text itself, and GET /export.csv on npm start's
 * server as a real process: every example exports one CSV row per result row, with
 * the Chinese text intact when read back by an independent CSV parser, the data
 * version in a header, revalidation, a clear error for every bad request, and one
 * structured access log line per request.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExampleOperations } from '../examples/example-operations.ts';
import { toCsv } from '../functions/export/csv.ts';
import { exportTable } from '../functions/export/export-rows.ts';
import type { Cell, ColumnType, ExportTable } from '../functions/export/export-table.ts';
import { rowShapeOf, rowsOf, RowShapeError } from '../functions/export/row-shape.ts';
import { createExecutableSchema } from '../functions/graphql/apollo-server.ts';
import { useLocalServer } from './helpers/use-local-server.ts';
import { readJson, REAL_SEEDS_DIR } from './helpers/seeds.ts';

const schema = createExecutableSchema();

function shapeOf(query: string, rows?: string) {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition')!;
  return rowShapeOf(schema, document, operation, rows);
}

const columnNames = (query: string, rows?: string) => shapeOf(query, rows).columns.map((column) => column.name);

describe('rows and columns from the operation', () => {
  it('takes the first list as the rows and its scalar fields, dotted, as the columns', () => {
    const shape = shapeOf('{ progress { indicator { code name } status completionRate } }');
    expect(shape.rowsPath).toEqual(['progress']);
    expect(shape.columns.map((column) => column.name)).toEqual(['indicator.code', 'indicator.name', 'status', 'completionRate']);
  });

  it('looks through objects to the first list, depth first in document order', () => {
    const query = '{ chapter(number: 9) { number title } facts(first: 3) { totalCount edges { node { id value } } } }';
    expect(shapeOf(query).rowsPath).toEqual(['facts', 'edges']);
    // The chapter and the count, selected above the rows, repeat on every row; a connection's edges lose "node.".
    expect(columnNames(query)).toEqual(['chapter.number', 'chapter.title', 'facts.totalCount', 'id', 'value']);
  });

  it('repeats the fields selected above the rows on every row, as context columns with their types', () => {
    const shape = shapeOf('{ indicator(code: "I04") { code name series { year value isSample } } }');
    expect(shape.rowsPath).toEqual(['indicator', 'series']);
    expect(shape.columns).toEqual([
      { name: 'indicator.code', path: ['indicator', 'code'], type: 'text', context: true },
      { name: 'indicator.name', path: ['indicator', 'name'], type: 'text', context: true },
      { name: 'year', path: ['year'], type: 'integer', context: false },
      { name: 'value', path: ['value'], type: 'number', context: false },
      { name: 'isSample', path: ['isSample'], type: 'boolean', context: false },
    ]);
    const table = exportTable({ indicator: { code: 'I04', name: '高技能人才总量', series: [{ year: 2020, value: 7, isSample: false }, { year: 2021, value: 7.1 + 0.2, isSample: true }] } }, shape);
    expect(table.rows).toEqual([['I04', '高技能人才总量', 2020, 7, false], ['I04', '高技能人才总量', 2021, 7.3, true]]);
  });

  it('names the lists it leaves out, and keeps a name taken already apart', () => {
    const shape = shapeOf('{ indicator(code: "I04") { code facts(first: 2) { edges { node { id indicator { code } } } } } chapters { number } }');
    expect(shape.rowsPath).toEqual(['indicator', 'facts', 'edges']);
    expect(shape.ignoredLists).toEqual(['chapters']);
    expect(shape.columns.map((column) => column.name)).toEqual(['indicator.code', 'id', 'indicator.code (2)']);
  });

  it('expands fragments and inline fragments in place and names columns by alias', () => {
    const query = `{ facts(first: 2) { edges { node { ...Quoted kind ... on Fact { factId: id } } } } }
      fragment Quoted on Fact { source { quote } unit }`;
    expect(columnNames(query)).toEqual(['source.quote', 'unit', 'kind', 'factId']);
  });

  it('keeps a column whose values are all null, because columns come from the operation, not the data', () => {
    const shape = shapeOf('{ facts(first: 1) { edges { node { id region { code } } } } }');
    expect(shape.columns.map((column) => column.name)).toEqual(['id', 'region.code']);
    expect(exportTable({ facts: { edges: [{ node: { id: 'f1', region: null } }] } }, shape).rows).toEqual([['f1', null]]);
  });

  it('keeps a list inside a row in the row, all its values in one cell', () => {
    const shape = shapeOf('{ chapters { number boxes { id } } }');
    expect(shape.columns.map((column) => [column.name, column.type])).toEqual([['number', 'integer'], ['boxes.id', 'text']]);
    expect(exportTable({ chapters: [{ number: 4, boxes: [{ id: '3-1' }, { id: '3-2' }] }] }, shape).rows).toEqual([[4, '3-1; 3-2']]);
  });

  it('makes an operation without a list one row', () => {
    const shape = shapeOf('{ indicator(code: "I04") { code name target { value } } }');
    expect(shape).toEqual({
      rowsPath: [],
      columns: [
        { name: 'indicator.code', path: ['indicator', 'code'], type: 'text', context: false },
        { name: 'indicator.name', path: ['indicator', 'name'], type: 'text', context: false },
        { name: 'indicator.target.value', path: ['indicator', 'target', 'value'], type: 'number', context: false },
      ],
      ignoredLists: [],
    });
  });

  it('exports the list named by rows=, and names what is wrong with a bad one', () => {
    const query = '{ chapters { number } facts(first: 3) { edges { node { id } } } }';
    expect(shapeOf(query).rowsPath).toEqual(['chapters']);
    expect(shapeOf(query, 'facts.edges').rowsPath).toEqual(['facts', 'edges']);
    expect(() => shapeOf(query, 'facts.nodes')).toThrow(new RowShapeError('rows=facts.nodes: the operation selects no field "facts.nodes"'));
    expect(() => shapeOf(query, 'facts')).toThrow(new RowShapeError('rows=facts: "facts" is not a list'));
    expect(() => shapeOf('{ chapters { sections { id } } }', 'chapters.sections')).toThrow(/"chapters" is already a list/);
  });

  it('stops at a circular fragment instead of looping (validation rejects it later)', () => {
    const query = '{ facts { edges { node { ...A } } } } fragment A on Fact { id conflictsWith { ...A } }';
    // The second expansion of A is skipped, so conflictsWith has no scalar to show.
    expect(columnNames(query)).toEqual(['id']);
  });
});

describe('CSV text', () => {
  const table = (columns: [string, ColumnType][], rows: Cell[][]): ExportTable => ({
    columns: columns.map(([name, type]) => ({ name, type, context: false })), rows, rowsPath: 'rows', ignoredLists: [],
  });

  it('starts with a BOM, ends lines with CRLF, quotes every text cell and no number, boolean or null', () => {
    const csv = toCsv(table([['name', 'text'], ['value', 'number'], ['isSample', 'boolean'], ['note', 'text']], [['高技能人才总量', 9, false, '含"技师",高级工'], ['411725', null, true, null]]));
    expect(csv).toBe('\uFEFF"name","value","isSample","note"\r\n"高技能人才总量",9,false,"含""技师"",高级工"\r\n"411725",,true,\r\n');
  });

  it('keeps text a spreadsheet would run as a formula as text', () => {
    expect(toCsv(table([['a', 'text'], ['b', 'text']], [['=1+1', '@SUM(A1)']]))).toBe('\uFEFF"a","b"\r\n"\'=1+1","\'@SUM(A1)"\r\n');
  });

  it('with excel=1, writes as ="…" the text Excel would turn into a date, time or number, and nothing else', () => {
    const codes = ['3-3', '8-04', '15:35:50', '1+X', '0101', '411725', 'Mar-3', 'TRUE', '高技能人才', 'I04', '3,4'];
    const csv = toCsv(table(codes.map((code, k) => [`c${k}`, 'text']), [codes]), { excel: true });
    expect(csv.split('\r\n')[1]).toBe('="3-3",="8-04",="15:35:50",="1+X",="0101",="411725",="Mar-3",="TRUE","高技能人才","I04","=""3,4"""');
  });

  it('rounds numbers to 12 significant digits and replaces line breaks in text by a space unless asked to keep them', () => {
    const shape = shapeOf('{ facts(first: 1) { edges { node { value subject } } } }');
    const data = { facts: { edges: [{ node: { value: 0.1 + 0.2, subject: '第一行\r\n第二行\n\n第三行' } }] } };
    expect(exportTable(data, shape).rows).toEqual([[0.3, '第一行 第二行 第三行']]);
    expect(exportTable(data, shape, { keepLineBreaks: true }).rows).toEqual([[0.3, '第一行\r\n第二行\n\n第三行']]);
  });
});

describe('GET /export.csv on the local server', () => {
  const logLines: Record<string, unknown>[] = [];
  const examples = loadExampleOperations();
  // SAMPLE data makes the progress and county examples non-empty; every row says it is synthetic.
  const server = useLocalServer({ SEEDS_SAMPLE: '1' });
  beforeAll(() => {
    server.child.stdout!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.startsWith('{')) logLines.push(JSON.parse(line));
    });
  });

  const exportCsv = (params: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}/export.csv?${new URLSearchParams(params)}`, { headers, signal: AbortSignal.timeout(10_000) });

  async function graphqlData(query: string): Promise<Record<string, unknown>> {
    const response = await fetch(`${server.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(10_000) });
    const body = await response.json() as { data: Record<string, unknown> };
    return body.data;
  }

  it.each(examples.map((example) => [example.name, example] as const))('exports the example %s: one CSV row per result row', async (_name, example) => {
    const response = await exportCsv({ id: example.name });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${example.name}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(Buffer.from(bytes), { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
    const shape = shapeOf(example.document);
    const resultRows = rowsOf(await graphqlData(example.document), shape);
    expect(records).toHaveLength(resultRows.length);
    expect(response.headers.get('x-row-count')).toBe(String(resultRows.length));
    expect(Object.keys(records[0] ?? Object.fromEntries(shape.columns.map((column) => [column.name, ''])))).toEqual(shape.columns.map((column) => column.name));
  });

  it('keeps the Chinese names exactly, read back by an independent CSV parser', async () => {
    const indicators = await readJson<{ code: string; name: string }[]>(REAL_SEEDS_DIR, 'data/indicators.json');
    const response = await exportCsv({ id: 'status-of-all-table-indicators' });
    const records = parseCsv(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((record) => [record['indicator.code'], record['indicator.name']])).toEqual(indicators.map((indicator) => [indicator.code, indicator.name]));
    expect(records.map((record) => record['region.name'])).toEqual(Array(17).fill('驻马店市'));
  });

  it('runs a query with variables, and a persisted operation by its SHA-256', async () => {
    const byQuery = await exportCsv({ query: 'query($code: ID!) { indicator(code: $code) { code name unit } }', variables: JSON.stringify({ code: 'I04' }) });
    // Response.text() would drop the BOM; the bytes keep it.
    expect(Buffer.from(await byQuery.arrayBuffer()).toString('utf8')).toBe('\uFEFF"indicator.code","indicator.name","indicator.unit"\r\n"I04","高技能人才总量","万人"\r\n');
    const search = examples.find((example) => example.name === 'passages-mentioning-fanxiang-chuangye')!;
    const byHash = await exportCsv({ id: search.sha256 });
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get('content-disposition')).toBe(`attachment; filename="${search.name}.csv"`);
  });

  it('names the data version, and answers a revalidation with the same version 304', async () => {
    const first = await exportCsv({ id: 'targets-by-chapter-and-measure-kind' });
    const dataset = await graphqlData('{ dataset { version } }') as { dataset: { version: string } };
    expect(first.headers.get('x-data-version')).toBe(dataset.dataset.version);
    expect(dataset.dataset.version).toMatch(/\+sample$/);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const again = await exportCsv({ id: 'targets-by-chapter-and-measure-kind' }, { 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it.each([
    ['nothing to run', {}, 400, /Give the operation as query=… \(GraphQL text\) or id=… \(a persisted operation: chapter-facts-with-quotes, /],
    ['both query and id', { query: '{ plan { title } }', id: 'county-ranking-2023' }, 400, /either query= or id=, not both/],
    ['an unknown id', { id: 'all-the-data' }, 404, /No persisted operation "all-the-data". Known: chapter-facts-with-quotes/],
    ['variables that are not JSON', { query: '{ plan { title } }', variables: '{code: I04}' }, 400, /variables= is not valid JSON/],
    ['variables that are not an object', { query: '{ plan { title } }', variables: '[1]' }, 400, /variables= must be a JSON object/],
    ['a query that does not parse', { query: '{ plan { title ' }, 400, /Syntax Error/],
    ['a mutation', { query: 'mutation { deleteEverything }' }, 405, /The export runs queries only, not a mutation/],
    ['an unknown field', { query: '{ plan { secret } }' }, 400, /Cannot query field "secret" on type "Plan"/],
    ['a bad argument', { query: '{ facts(first: -1) { edges { node { id } } } }' }, 400, /Invalid argument "first"/],
    ['a bad rows=', { query: '{ chapters { number } }', rows: 'chapters.number' }, 400, /rows=chapters.number: "chapters" is already a list/],
  ] as const)('refuses %s with a message naming what is wrong', async (_case, params, status, message) => {
    const response = await exportCsv(params);
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json() as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(message);
  });

  it('repeats the context on every row and says which list the rows are: the county ranking', async () => {
    const response = await exportCsv({ id: 'county-ranking-2023' });
    expect(response.headers.get('x-export-rows')).toBe('indicator.breakdown.entries');
    const records = parseCsv(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(10);
    expect(new Set(records.map((record) => `${record['indicator.code']}|${record['indicator.name']}|${record['indicator.breakdown.year']}`))).toEqual(new Set(['I04|高技能人才总量|2023']));
    expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining(['rank', 'region.code', 'region.name', 'value', 'share']));
    expect(Object.keys(records[0]!).some((name) => name.startsWith('node.') || name.includes('edges.'))).toBe(false);
  });

  it('names the list it used and the sibling lists it left out, and rows= chooses another', async () => {
    const both = await exportCsv({ query: '{ chapters { number } regions { code } }' });
    expect(both.headers.get('x-export-rows')).toBe('chapters');
    expect(both.headers.get('x-export-ignored-lists')).toBe('regions');
    expect(both.headers.get('x-row-count')).toBe('13');
    const chosen = await exportCsv({ query: '{ chapters { number } regions { code } }', rows: 'regions' });
    expect(chosen.headers.get('x-export-rows')).toBe('regions');
    expect(chosen.headers.get('x-export-ignored-lists')).toBe('chapters');
  });

  it('describes the columns and their types without the rows (describe=1)', async () => {
    const response = await exportCsv({ id: 'county-ranking-2023', describe: '1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-data-version')).toMatch(/\+sample$/);
    const body = await response.json() as { columns: { name: string; type: string; context: boolean }[]; rowsPath: string; ignoredLists: string[]; dataVersion: string; formats: string[] };
    expect(body.rowsPath).toBe('indicator.breakdown.entries');
    expect(body.columns).toEqual(expect.arrayContaining([
      { name: 'indicator.code', type: 'text', context: true },
      { name: 'rank', type: 'integer', context: false },
      { name: 'region.code', type: 'text', context: false },
      { name: 'share', type: 'number', context: false },
    ]));
    expect(body.ignoredLists).toEqual([]);
    expect(body.formats).toContain('csv');
    const csv = parseCsv(await (await exportCsv({ id: 'county-ranking-2023' })).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(body.columns.map((column) => column.name)).toEqual(Object.keys(csv[0]!));
  });

  it('leaves out the byte order mark with bom=0, for parsers that keep it in the first name', async () => {
    const response = await exportCsv({ query: '{ regions(filter: { level: COUNTY }) { code } }', bom: '0' });
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 7).toString('utf8')).toBe('"code"\r');
  });

  it('writes for Excel with excel=1: region codes as ="…", bytes checked', async () => {
    const response = await exportCsv({ query: '{ regions(filter: { level: COUNTY }) { code name } }', excel: '1' });
    const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(text.split('\r\n')[1]).toBe('="411721","西平县"');
  });

  it.each([
    ['an unknown format', { id: 'county-ranking-2023', format: 'pdf' }, /format= is one of csv/],
    ['a bad describe', { id: 'county-ranking-2023', describe: 'maybe' }, /describe= is 1 or 0, not "maybe"/],
    ['a bad newlines', { id: 'county-ranking-2023', newlines: 'crlf' }, /newlines= is keep or space/],
    ['a described query that does not validate', { query: '{ plan { secret } }', describe: '1' }, /Cannot query field "secret"/],
  ] as const)('refuses %s, naming the parameter', async (_case, params, message) => {
    const response = await exportCsv(params);
    expect(response.status).toBe(400);
    const body = await response.json() as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(message);
  });

  it('writes one structured access line per request: request id, operation, status, duration, data version', async () => {
    const response = await exportCsv({ id: 'county-ranking-2023' });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await response.arrayBuffer();
    const line = logLines.find((logged) => logged.requestId === requestId && logged.message === 'request');
    expect(line).toMatchObject({
      level: 'info', method: 'GET', path: '/export.csv', status: 200, operationName: 'CountyRanking',
      dataVersion: response.headers.get('x-data-version'), durationMs: expect.any(Number),
    });
    const failed = await exportCsv({ query: '{ facts(first: -1) { edges { node { id } } } }' });
    await failed.arrayBuffer();
    expect(logLines.find((logged) => logged.requestId === failed.headers.get('x-request-id'))).toMatchObject({ status: 400, errorCodes: ['BAD_USER_INPUT'] });
  });
});
