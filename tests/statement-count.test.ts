/**
 * No N+1: every child field that looks up rows goes through a per-request
 * DataLoader, so a request's SQL statement count depends on the shape of the
 * query, never on how many rows it returns. Proved on both engines by running
 * the same shape over few and over many rows.
 */
import { expect, it } from 'vitest';
import { describeEachEngine, useTestApi } from './helpers/graphql.ts';

/** One shape, parameterised by how many parents it starts from. */
const SHAPES: Record<string, (few: boolean) => string> = {
  'chapters → sections → facts → indicator → region': (few) => `{
    chapters { number sections { id facts { id value indicator { code name } region { code name } source { quote box { id } project { code } } conflictsWith { id } appliesTo { code } } } }
  }`.replace('chapters {', few ? 'c: chapter(number: 1) {' : 'chapters {'),
  'indicators → facts (paged per indicator) → region': (few) => `{
    indicators(first: ${few ? 1 : 17}) { edges { node { code baseline { value } target { value } facts(first: 10) { totalCount edges { node { id region { code } indicator { code } } } } } } }
  }`,
  'regions → children → facts (paged per region) → projects': (few) => `{
    ${few ? 'r: region(code: "411725")' : 'regions'} { code parent { code } children { code } facts(first: 5) { totalCount edges { node { id appliesTo { code } } } } projects { code box { id } } mentions { quote } }
  }`,
  'boxes → projects → facts and regions': (few) => `{
    boxes { id projects { code chapter { number } facts { id value } regions { code } } }
  }`.replace('boxes {', few ? 'b: box(id: "12") {' : 'boxes {'),
  'facts with SAMPLE observations → indicator → region → parent': (few) => `{
    facts(filter: { provenance: SAMPLE }, first: ${few ? 2 : 330}) { totalCount edges { node { id indicator { code unit } region { code parent { code } } origin { file row } } } }
  }`,
  'aggregate rows → region → indicator → chapter': (few) => `{
    aggregate(input: { measure: SUM, groupBy: [REGION, INDICATOR, YEAR], filter: { provenance: SAMPLE }, limit: ${few ? 2 : 330} }) { totalRows rows { region { name } indicator { name } chapter { title } value } }
  }`,
};

/** Operations whose facts come from memory when a version is small (warehouse/memory/). */
const FACT_OPERATIONS = [
  '{ facts(first: 200) { totalCount edges { node { id value indicator { name } region { name } } } } }',
  '{ indicator(code: "I04") { facts(first: 100) { totalCount edges { node { id value periodEnd } } } } }',
  '{ regions { facts(first: 5) { totalCount edges { node { id } } } } }',
  '{ facts(filter: { chapter: 1, kind: TARGET }, orderBy: [{ field: VALUE }], first: 100) { edges { node { id } } } }',
  '{ aggregate(input: { measure: COUNT, groupBy: [REGION, YEAR] }) { totalRows rows { regionCode year count } } }',
  '{ aggregate(input: { measure: SUM, groupBy: [REGION, INDICATOR, YEAR], filter: { provenance: SAMPLE } }) { rows { value } } }',
  '{ progress { status latest { id value } } }',
  '{ indicator(code: "I04") { series(region: "411700") { year value } breakdown(year: 2023) { entries { region { code } value } } } }',
  '{ fact(id: "o:SAMPLE:I04:411725:2023") { id value } }',
];

describeEachEngine('statement count on %s', (engine) => {
  // Counting the statements of the warehouse queries, so the facts are queried there, however small the version.
  const api = useTestApi({ engine, includeSample: true, factsInMemory: false });

  /** Statements run and objects returned (every object is a row some resolver looked up). */
  async function run(query: string): Promise<{ statements: number; objects: number }> {
    api.statements.length = 0;
    const result = await api.execute(query);
    expect(result.errors).toBeUndefined();
    return { statements: api.statements.length, objects: JSON.stringify(result.data).split('{').length - 1 };
  }

  it.each(Object.entries(SHAPES))('%s: statements bounded by the shape, not the rows', async (_name, shape) => {
    const few = await run(shape(true));
    const many = await run(shape(false));
    // Many more rows…
    expect(many.objects).toBeGreaterThan(few.objects * 1.4);
    // …but a handful of statements either way: one per level of the query at most (an N+1
    // would run one per parent object, hundreds here).
    expect(many.statements).toBeLessThanOrEqual(12);
    expect(many.objects).toBeGreaterThan(many.statements * 8);
    // The larger run may reach a level the smaller one had no rows for, never more than that.
    expect(many.statements - few.statements).toBeLessThanOrEqual(1);
  });

  it('counts a list only when totalCount is asked for, and knows the next page by one row more', async () => {
    const withTotal = await run('{ facts(filter: { provenance: PLAN }, first: 10) { totalCount pageInfo { hasNextPage } edges { node { id } } } }');
    const withoutTotal = await run('{ facts(filter: { provenance: PLAN }, first: 10) { pageInfo { hasNextPage } edges { node { id } } } }');
    expect(withoutTotal.statements).toBe(withTotal.statements - 1);
    const page = async (first: number, after?: string) => (await api.execute<{ facts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      'query($first: Int, $after: String) { facts(filter: { provenance: PLAN }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } } }', { first, after })).data!.facts;
    const { totalCount } = await page(1);
    const allButOne = await page(totalCount - 1);
    expect(allButOne.pageInfo.hasNextPage).toBe(true);
    expect((await page(totalCount)).pageInfo.hasNextPage).toBe(false);
    expect((await page(1, allButOne.pageInfo.endCursor)).pageInfo.hasNextPage).toBe(false);
  });
});

describeEachEngine('facts in memory on %s', (engine) => {
  const api = useTestApi({ engine, includeSample: true, factsInMemory: true });

  it('reads a small version\'s facts once, then answers fact pages, aggregates and progress with no statement', async () => {
    const first = await api.execute(FACT_OPERATIONS[0]!);
    expect(first.errors).toBeUndefined();
    api.statements.length = 0;
    for (const operation of FACT_OPERATIONS) {
      const result = await api.execute(operation);
      expect(result.errors, operation).toBeUndefined();
      expect(JSON.stringify(result.data), operation).toMatch(/\d/);
    }
    expect(api.statements).toEqual([]);
  });
});
