/**
 * The same operations on DuckDB and on PostgreSQL give identical results, down to
 * order, numbers and text, with the SAMPLE monitoring data loaded so observations
 * are compared too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineUnavailable, startTestApi, type TestApi } from './helpers/graphql.ts';

const OPERATIONS: Record<string, string> = {
  'every fact with every field': `{ facts(first: 500) { totalCount edges { cursor node {
      id kind subject indicator { code } value valueText valueParts comparator comparatorText unit periodStart periodEnd periodType
      region { code } regionText appliesTo { code } provenance isSample inferredColumn note
      source { chapter { number } section { id } box { id } project { code } quote } origin { file row }
      conflictsWith { id } agreesWith { id } } } } }`,
  'chapters down to facts': '{ chapters { number title sections { id title facts { id value } boxes { id projects { code title facts { id } regions { code } } } } indicators { code } } }',
  'regions with children, facts and projects': '{ regions { code name level parent { code } children { code } facts(first: 500) { totalCount edges { node { id value } } } projects { code } } }',
  'indicators with baselines and targets': '{ indicators(first: 50) { totalCount edges { node { code name unit category attribute direction baseline { id value } target { id valueText } facts(first: 500) { totalCount edges { node { id } } } } } } }',
  'a county, by value descending': '{ facts(filter: { region: "411725" }, orderBy: [{ field: VALUE, direction: DESC }], first: 500) { totalCount edges { node { id value provenance } } } }',
  'observations by indicator and period': '{ facts(filter: { kind: OBSERVATION, indicator: "I08" }, orderBy: [{ field: PERIOD_END, direction: DESC }, { field: VALUE }], first: 100) { totalCount edges { node { id region { code } value periodType note } } } }',
};

describe.skipIf(engineUnavailable('postgres'))('DuckDB and PostgreSQL', () => {
  let duckdb: TestApi;
  let postgres: TestApi;
  beforeAll(async () => {
    [duckdb, postgres] = await Promise.all([startTestApi({ engine: 'duckdb', includeSample: true }), startTestApi({ engine: 'postgres', includeSample: true })]);
  });
  afterAll(async () => {
    await Promise.all([duckdb?.close(), postgres?.close()]);
  });

  it.each(Object.entries(OPERATIONS))('answer "%s" identically', async (_name, query) => {
    const [fromDuckDb, fromPostgres] = await Promise.all([duckdb.execute(query), postgres.execute(query)]);
    expect(fromDuckDb.errors).toBeUndefined();
    expect(fromPostgres).toEqual(fromDuckDb);
  });

  it('serve the same data version, SAMPLE rows included', async () => {
    const query = '{ dataset { version manifestVersion includesSample files { key sha256 rows } } facts(filter: { provenance: SAMPLE }) { totalCount } }';
    const [fromDuckDb, fromPostgres] = await Promise.all([duckdb.execute<{ dataset: { version: string }; facts: { totalCount: number } }>(query), postgres.execute(query)]);
    expect(fromPostgres).toEqual(fromDuckDb);
    expect(fromDuckDb.data!.dataset.version).toMatch(/^[0-9a-f]{16}\+sample$/);
    expect(fromDuckDb.data!.facts.totalCount).toBe(330);
  });
});
