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
import { rowShapeOf, rowsOf, RowShapeError, valuesAt } from '../functions/export/row-shape.ts';
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
    expect(columnNames(query)).toEqual(['node.id', 'node.value']);
  });

  it('expands fragments and inline fragments in place and names columns by alias', () => {
    const query = `{ facts(first: 2) { edges { node { ...Quoted kind ... on Fact { factId: id } } } } }
      fragment Quoted on Fact { source { quote } unit }`;
    expect(columnNames(query)).toEqual(['node.source.quote', 'node.unit', 'node.kind', 'node.factId']);
  });

  it('keeps a column whose values are all null, because columns come from the operation, not the data', () => {
    const shape = shapeOf('{ facts(first: 1) { edges { node { id region { code } } } } }');
    expect(shape.columns.map((column) => column.name)).toEqual(['node.id', 'node.region.code']);
    const rows = rowsOf({ facts: { edges: [{ node: { id: 'f1', region: null } }] } }, shape).map((row) => shape.columns.map((column) => valuesAt(row, column.path)));
    expect(rows).toEqual([[['f1'], []]]);
  });

  it('keeps a list inside a row in the row, all its values in one cell', () => {
    const shape = shapeOf('{ chapters { number boxes { id } } }');
    expect(shape.columns.map((column) => column.name)).toEqual(['number', 'boxes.id']);
    const [row] = rowsOf({ chapters: [{ number: 4, boxes: [{ id: '3-1' }, { id: '3-2' }] }] }, shape);
    expect(valuesAt(row, ['boxes', 'id'])).toEqual(['3-1', '3-2']);
  });

  it('makes an operation without a list one row', () => {
    const shape = shapeOf('{ indicator(code: "I04") { code name target { value } } }');
    expect(shape).toEqual({
      rowsPath: [],
      columns: [
        { name: 'indicator.code', path: ['indicator', 'code'] },
        { name: 'indicator.name', path: ['indicator', 'name'] },
        { name: 'indicator.target.value', path: ['indicator', 'target', 'value'] },
      ],
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
    expect(columnNames(query)).toEqual(['node.id']);
  });
});

describe('CSV text', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = toCsv(['name', 'note'], [[['高技能人才总量'], ['含"技师",高级工\n等']], [[' padded '], []]]);
    expect(csv).toBe('\uFEFFname,note\r\n高技能人才总量,"含""技师"",高级工\n等"\r\n" padded ",\r\n');
  });

  it('writes numbers and booleans plainly, joins list values and keeps formula-like text as text', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[[9], [true], ['=1+1'], ['3-1', '3-2']]])).toBe('\uFEFFa,b,c,d\r\n9,true,\'=1+1,3-1; 3-2\r\n');
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
    expect(Buffer.from(await byQuery.arrayBuffer()).toString('utf8')).toBe('\uFEFFindicator.code,indicator.name,indicator.unit\r\nI04,高技能人才总量,万人\r\n');
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
