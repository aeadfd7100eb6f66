/**
 * A cursor pages the list it was minted for, and only that one: from another
 * field, another parent's list, or the same field with another filter or order it
 * is BAD_USER_INPUT naming `after`, never a page of other rows. Both engines.
 */
import { expect, it } from 'vitest';
import { describeEachEngine, useTestApi, type GraphQLResult } from './helpers/graphql.ts';

interface Page { edges: { node: Record<string, unknown> }[]; pageInfo: { endCursor: string | null } }

/** Lists that take `after`, each as an operation whose one connection is `list`. */
const LISTS = {
  'facts(I04)': '{ list: facts(filter: { indicator: "I04" }, first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } } }',
  'facts(i04, another page size)': '{ list: facts(filter: { indicator: "i04" }, first: 3, after: $after) { edges { node { id } } pageInfo { endCursor } } }',
  'facts(I05)': '{ list: facts(filter: { indicator: "I05" }, first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } } }',
  'facts(I04, by value)': '{ list: facts(filter: { indicator: "I04" }, orderBy: [{ field: VALUE }], first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } } }',
  'facts': '{ list: facts(first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } } }',
  'indicators': '{ list: indicators(first: 2, after: $after) { edges { node { code } } pageInfo { endCursor } } }',
  'indicators(by name)': '{ list: indicators(orderBy: [{ field: NAME }], first: 2, after: $after) { edges { node { code } } pageInfo { endCursor } } }',
  'indicators(TALENT)': '{ list: indicators(filter: { category: TALENT }, first: 2, after: $after) { edges { node { code } } pageInfo { endCursor } } }',
  'projects': '{ list: projects(first: 2, after: $after) { edges { node { code } } pageInfo { endCursor } } }',
  'projects(box 3-3)': '{ list: projects(filter: { box: "3-3" }, first: 2, after: $after) { edges { node { code } } pageInfo { endCursor } } }',
  'Indicator(I04).facts': '{ indicator(code: "I04") { list: facts(first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } } } }',
  'Indicator(I05).facts': '{ indicator(code: "I05") { list: facts(first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } } } }',
  'Region(411725).facts': '{ region(code: "411725") { list: facts(first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } } } }',
  'Region(411723).facts': '{ region(code: "411723") { list: facts(first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } } } }',
} as const;
type ListName = keyof typeof LISTS;

/** The lists a cursor of each list must be refused by (every other list but its own filter written another way). */
const SAME_LIST: Partial<Record<ListName, ListName>> = { 'facts(I04)': 'facts(i04, another page size)', 'facts(i04, another page size)': 'facts(I04)' };

describeEachEngine('cursors on %s', (engine) => {
  const api = useTestApi({ engine, includeSample: true });

  async function page(list: ListName, after: string | null): Promise<GraphQLResult<Record<string, unknown>>> {
    return api.execute(`query($after: String) ${LISTS[list]}`, { after });
  }

  /** The one connection of an answer: at the root, or under the indicator or region. */
  const connectionOf = (result: GraphQLResult<Record<string, unknown>>): Page => {
    const data = result.data!;
    return (data.list ?? (Object.values(data)[0] as { list: Page }).list) as Page;
  };

  async function endCursor(list: ListName): Promise<string> {
    const result = await page(list, null);
    expect(result.errors).toBeUndefined();
    const connection = connectionOf(result);
    expect(connection.edges).toHaveLength(list.includes('another page size') ? 3 : 2);
    return connection.pageInfo.endCursor!;
  }

  it.each(Object.keys(LISTS) as ListName[])('a cursor of %s pages its own list on', async (list) => {
    const cursor = await endCursor(list);
    const next = await page(list, cursor);
    expect(next.errors).toBeUndefined();
    const first = connectionOf(await page(list, null)).edges.map((e) => JSON.stringify(e.node));
    const second = connectionOf(next).edges.map((e) => JSON.stringify(e.node));
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((node) => first.includes(node))).toEqual([]);
  });

  it('accepts the same filter written another way, and another page size', async () => {
    const cursor = await endCursor('facts(I04)');
    const next = await page('facts(i04, another page size)', cursor);
    expect(next.errors).toBeUndefined();
    const firstFive = (await api.execute<{ facts: Page }>('{ facts(filter: { indicator: "I04" }, first: 5) { edges { node { id } } pageInfo { endCursor } } }')).data!.facts.edges.map((e) => e.node.id);
    expect(connectionOf(next).edges.map((e) => e.node.id)).toEqual(firstFive.slice(2, 5));
  });

  const pairs = (Object.keys(LISTS) as ListName[]).flatMap((from) => (Object.keys(LISTS) as ListName[])
    .filter((to) => to !== from && SAME_LIST[from] !== to).map((to) => [from, to] as const));

  it.each(pairs)('refuses a cursor of %s on %s as BAD_USER_INPUT naming after', async (from, to) => {
    const cursor = await endCursor(from);
    const result = await page(to, cursor);
    expect(result.errors, `${from} → ${to}`).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    expect(result.errors![0]!.message).toMatch(/another list \(another field, parent, filter or orderBy\)/);
  });

  it('refuses a cursor of an earlier release (no list in it) on the current version, saying to start again', async () => {
    const version = (await api.execute<{ dataset: { version: string } }>('{ dataset { version } }')).data!.dataset.version;
    const legacy = Buffer.from(`c1|${version}|1`).toString('base64url');
    const result = await page('facts', legacy);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    expect(result.errors![0]!.message).toMatch(/earlier release .* start paging again/);
  });

  it('still names the data version first when a cursor is from another one', async () => {
    const cursor = await endCursor('facts');
    const decoded = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
    const stale = Buffer.from(['c2', '0000000000000000', decoded[2], decoded[3]].join('|')).toString('base64url');
    const result = await page('facts', stale);
    expect(result.errors![0]!.message).toMatch(/data version 0000000000000000/);
  });
});
