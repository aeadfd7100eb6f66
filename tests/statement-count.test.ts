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

describeEachEngine('statement count on %s', (engine) => {
  const api = useTestApi({ engine, includeSample: true });

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
