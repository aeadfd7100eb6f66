/**
 * The same operations on DuckDB and on PostgreSQL give identical results, down to
 * order, numbers and text, with the SAMPLE monitoring data loaded so observations
 * are compared too; on each engine both with the facts in memory (as a small version
 * is served) and queried in the warehouse (as a large one is).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineUnavailable, startTestApi, type Engine, type TestApi } from './helpers/graphql.ts';

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
  'aggregates by region, year, chapter and measure kind': `{
    a: aggregate(input: { measure: COUNT, groupBy: [REGION, YEAR] }) { totalRows truncated rows { regionCode year count isSample } }
    b: aggregate(input: { measure: SUM, groupBy: [INDICATOR, REGION, YEAR], filter: { kind: OBSERVATION } }) { totalRows rows { indicatorCode regionCode year unit value count } }
    c: aggregate(input: { measure: AVG, groupBy: [CHAPTER, MEASURE_KIND, PERIOD], orderBy: [{ key: VALUE, direction: DESC }], limit: 15 }) { totalRows truncated rows { chapterNumber measureKind periodStart periodEnd unit value } }
    d: aggregate(input: { measure: MAX, groupBy: [CATEGORY, KIND, PROVENANCE], countConflictsOnce: false, countRestatementsOnce: false }) { rows { category kind provenance unit value count } }
  }`,
  'progress, series and breakdowns': `{
    progress { indicator { code } region { code } status completionRate latest { id value } }
    indicators(first: 17) { edges { node { code series(region: "411725") { year value fact { id } } breakdown(year: 2023) { additive countySum entries { rank region { code } value } } } } }
  }`,
  'indicators, projects and regions by filter and order': `{
    indicators(filter: { name: "人才" }, orderBy: [{ field: CATEGORY, direction: DESC }, { field: NAME }], first: 20) { totalCount edges { node { code } } }
    projects(filter: { region: "411725" }, first: 50) { totalCount edges { node { code } } }
    text: projects(filter: { text: "返乡" }, first: 50) { totalCount edges { node { code } } }
    regions(filter: { level: COUNTY }) { code name }
  }`,
};

/** Every way a version is served: each engine, with the facts in memory or queried in the warehouse. */
const WAYS: readonly { name: string; engine: Engine; factsInMemory: boolean }[] = [
  { name: 'DuckDB, facts in memory', engine: 'duckdb', factsInMemory: true },
  { name: 'DuckDB, facts in the warehouse', engine: 'duckdb', factsInMemory: false },
  { name: 'PostgreSQL, facts in memory', engine: 'postgres', factsInMemory: true },
  { name: 'PostgreSQL, facts in the warehouse', engine: 'postgres', factsInMemory: false },
];

describe.skipIf(engineUnavailable('postgres'))('DuckDB and PostgreSQL, facts in memory and in the warehouse', () => {
  let apis: TestApi[] = [];
  beforeAll(async () => {
    apis = await Promise.all(WAYS.map((way) => startTestApi({ engine: way.engine, factsInMemory: way.factsInMemory, includeSample: true })));
  });
  afterAll(async () => {
    await Promise.all(apis.map((api) => api.close()));
  });

  it.each(Object.entries(OPERATIONS))('answer "%s" identically', async (_name, query) => {
    const [first, ...others] = await Promise.all(apis.map((api) => api.execute(query)));
    expect(first!.errors).toBeUndefined();
    expect(JSON.stringify(first!.data)).toMatch(/\d/);
    others.forEach((other, k) => expect(other, WAYS[k + 1]!.name).toEqual(first));
  });

  it('serve the same data version, SAMPLE rows included', async () => {
    const query = '{ dataset { version manifestVersion includesSample files { key sha256 rows } } facts(filter: { provenance: SAMPLE }) { totalCount } }';
    const [first, ...others] = await Promise.all(apis.map((api) => api.execute<{ dataset: { version: string }; facts: { totalCount: number } }>(query)));
    others.forEach((other, k) => expect(other, WAYS[k + 1]!.name).toEqual(first));
    expect(first!.data!.dataset.version).toMatch(/^[0-9a-f]{16}\+sample$/);
    expect(first!.data!.facts.totalCount).toBe(330);
  });
});
