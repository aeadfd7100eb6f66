/**
 * Client-friendly identity on both engines: every type with a stable key has `id`
 * (its own key, what its lookup takes) and `nodeId` ("<type>:" + id, global), so
 * Apollo Client's and urql's default keys (`__typename` + `id`) and Relay's
 * `node(id:)` work without hand-written keys.
 */
import { expect, it } from 'vitest';
import { scopeToAudience } from '../warehouse/visible-data.ts';
import { describeEachEngine, useTestApi, type TestApi } from './helpers/graphql.ts';

async function data<T>(api: TestApi, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.execute<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** One of every Node type, with the id and nodeId each must have. */
const ONE_OF_EACH = `{
  plan { __typename id nodeId }
  chapter(number: 6) { __typename id nodeId }
  section(id: "8.2") { __typename id nodeId }
  box(id: "3-3") { __typename id nodeId }
  project(code: "3-3-07") { __typename id nodeId }
  indicator(code: "I04") { __typename id nodeId progress { __typename id nodeId } }
  region(code: "411725") { __typename id nodeId mentions { __typename id nodeId } }
  fact(id: "I04-target") { __typename id nodeId }
  observation: facts(filter: { provenance: SAMPLE, indicator: "I04", region: "411725" }, first: 1) { edges { node { __typename id nodeId } } }
  dataset { __typename id nodeId version }
}`;

interface Identified { __typename: string; id: string; nodeId: string }

/** Every object of an answer that has an id, in document order. */
function identified(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) identified(item, out);
  else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.__typename === 'string' && typeof object.id === 'string') out.push(object);
    for (const child of Object.values(object)) identified(child, out);
  }
  return out;
}

describeEachEngine('node identity on %s', (engine) => {
  const api = useTestApi({ engine, includeSample: true });

  async function oneOfEach(): Promise<Identified[]> {
    return identified(await data(api, ONE_OF_EACH)) as unknown as Identified[];
  }

  it('gives every keyed type an id that is its lookup key, and a nodeId of "<type>:" + id', async () => {
    const found = await oneOfEach();
    const version = (await data<{ dataset: { version: string } }>(api, '{ dataset { version } }')).dataset.version;
    expect(Object.fromEntries(found.map((o) => [o.__typename, o.nodeId]))).toEqual({
      Plan: 'Plan:plan',
      Chapter: 'Chapter:6',
      Section: 'Section:8.2',
      Box: 'Box:3-3',
      Project: 'Project:3-3-07',
      Indicator: 'Indicator:I04',
      IndicatorProgress: 'IndicatorProgress:I04:411700:2025:DEFAULT',
      Region: 'Region:411725',
      // The region's last mention in document order (12-03 is a project of 专栏12).
      RegionMention: 'RegionMention:411725:p12-03',
      Fact: expect.stringMatching(/^Fact:o:SAMPLE:I04:411725:\d{4}$/),
      Dataset: `Dataset:${version}`,
    });
    for (const o of found) expect(o.nodeId).toBe(`${o.__typename}:${o.id}`);
    // The plain keys are the public ones, unchanged.
    const lookups = await data<Record<string, { id: string } | null>>(api, `{
      c: chapter(id: "6") { id } i: indicator(id: "I04") { id } p: project(id: "3-3-07") { id } r: region(id: "411725") { id }
      f: fact(id: "I04-target") { id } s: section(id: "8.2") { id } b: box(id: "3-3") { id }
    }`);
    expect(Object.values(lookups).map((o) => o!.id)).toEqual(['6', 'I04', '3-3-07', '411725', 'I04-target', '8.2', '3-3']);
  });

  it('keeps ids stable from request to request', async () => {
    expect(await oneOfEach()).toEqual(await oneOfEach());
  });

  it('resolves every kind of nodeId with node(id:), round trip', async () => {
    const found = await oneOfEach();
    expect(new Set(found.map((o) => o.__typename)).size).toBe(11);
    const query = `query($ids: [ID!]!) { ${found.map((_, k) => `n${k}: node(id: $ids_${k}) { __typename nodeId ... on Fact { id value } ... on Chapter { id title } ... on IndicatorProgress { id status latestValue } ... on RegionMention { id quote } ... on Dataset { id version } }`).join(' ')} }`
      .replace('query($ids: [ID!]!)', `query(${found.map((_, k) => `$ids_${k}: ID!`).join(', ')})`);
    const answer = await data<Record<string, Identified>>(api, query, Object.fromEntries(found.map((o, k) => [`ids_${k}`, o.nodeId])));
    found.forEach((o, k) => expect(answer[`n${k}`], o.nodeId).toMatchObject({ __typename: o.__typename, nodeId: o.nodeId }));
  });

  it('answers node(id:) with what the type\'s own lookup answers', async () => {
    const answer = await data<{ byNode: unknown; byLookup: unknown; progressByNode: unknown; progress: { progress: unknown } }>(api, `{
      byNode: node(id: "Fact:I04-target") { ... on Fact { id value valueText source { quote } conflictsWith { id } } }
      byLookup: fact(id: "I04-target") { id value valueText source { quote } conflictsWith { id } }
      progressByNode: node(id: "IndicatorProgress:I04:411725:2023:SAMPLE") { ... on IndicatorProgress { id status completionRate latestValue explanation } }
      progress: indicator(code: "I04") { progress(region: "411725", asOf: 2023, provenance: SAMPLE) { id status completionRate latestValue explanation } }
    }`);
    expect(answer.byNode).toEqual(answer.byLookup);
    expect(answer.progressByNode).toEqual(answer.progress.progress);
  });

  it('gives progress rows of other asOf or provenance arguments other ids, so a cache never mixes them', async () => {
    const answer = await data<{ indicator: Record<string, { id: string; latestYear: number | null }> }>(api, `{ indicator(code: "I04") {
      now: progress(region: "411725") { id latestYear } then: progress(region: "411725", asOf: 2022) { id latestYear }
      sample: progress(region: "411725", provenance: SAMPLE) { id latestYear } late: progress(region: "411725", asOf: 2030) { id latestYear }
    } }`);
    const { now, then, sample, late } = answer.indicator;
    expect(new Set([now!.id, then!.id, sample!.id]).size).toBe(3);
    expect(then!.id).toBe('I04:411725:2022:DEFAULT');
    // asOf past the plan's end is the plan's end: the same row, the same id.
    expect(late).toEqual(now);
  });

  it('makes __typename:id a unique, consistent key across a big query (the default cache key of Apollo Client and urql)', async () => {
    const answer = await data(api, `{
      plan { __typename id nodeId title chapters { __typename id nodeId number title } }
      chapters { __typename id nodeId number title sections { __typename id nodeId title chapter { __typename id nodeId number } boxes { __typename id nodeId title } }
        boxes { __typename id nodeId title projects { __typename id nodeId title regions { __typename id nodeId name } } }
        facts { __typename id nodeId value indicator { __typename id nodeId name } region { __typename id nodeId name } conflictsWith { __typename id nodeId value } } }
      indicators(first: 17) { edges { node { __typename id nodeId name baseline { __typename id nodeId value } target { __typename id nodeId value }
        progress { __typename id nodeId status region { __typename id nodeId name } } } } }
      regions { __typename id nodeId name parent { __typename id nodeId name } mentions { __typename id nodeId quote chapter { __typename id nodeId number } } }
      progress(filter: { asOf: 2023 }) { __typename id nodeId status indicator { __typename id nodeId name } }
      facts(filter: { provenance: SAMPLE }, first: 200) { edges { node { __typename id nodeId value region { __typename id nodeId name } } } }
      dataset { __typename id nodeId version }
    }`);
    const objects = identified(answer);
    expect(objects.length).toBeGreaterThan(1000);
    const byKey = new Map<string, Record<string, unknown>>();
    for (const object of objects) {
      const key = `${object.__typename as string}:${object.id as string}`;
      expect(object.nodeId).toBe(key);
      const known = byKey.get(key);
      // The same key is the same thing: every field both copies carry agrees (a cache merging them loses nothing).
      if (known) for (const [field, value] of Object.entries(object)) if (typeof value !== 'object' && field in known) expect(known[field], `${key}.${field}`).toEqual(value);
      byKey.set(key, { ...known, ...Object.fromEntries(Object.entries(object).filter(([, v]) => typeof v !== 'object')) });
    }
    const types = new Set([...byKey.values()].map((o) => o.__typename));
    expect([...types].sort()).toEqual(['Box', 'Chapter', 'Dataset', 'Fact', 'Indicator', 'IndicatorProgress', 'Plan', 'Project', 'Region', 'RegionMention', 'Section']);
    // Plain ids repeat across types (chapter 1, box "1"); global ones never do.
    const plain = [...byKey.values()].map((o) => o.id);
    expect(new Set(plain).size).toBeLessThan(plain.length);
    // The asOf: 2023 rows and the default ones are different keys.
    expect([...byKey.keys()].filter((k) => k.startsWith('IndicatorProgress:I04:411700:'))).toEqual(['IndicatorProgress:I04:411700:2025:DEFAULT', 'IndicatorProgress:I04:411700:2023:DEFAULT']);
  });

  it.each([
    ['a plain id', 'I04-target'],
    ['an unknown type', 'Chapterr:6'],
    ['a type without a key', 'AggregateRow:1'],
    ['an empty key', 'Chapter:'],
    ['an empty string', ''],
  ])('refuses %s as BAD_USER_INPUT naming id', async (_what, id) => {
    const result = await api.execute('query($id: ID!) { node(id: $id) { nodeId } }', { id });
    expect(result.data).toEqual({ node: null });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
    expect(result.errors![0]!.message).toMatch(/not a global id/);
  });

  it.each([
    'Chapter:14', 'Chapter:six', 'Section:99.9', 'Box:99', 'Project:9-9-99', 'Indicator:I99', 'Region:000000', 'Fact:I99-target',
    'Fact:o:SAMPLE:I04:411725:1999', 'RegionMention:411725:p1-01', 'RegionMention:nowhere', 'Dataset:0000000000000000', 'Plan:other',
    'IndicatorProgress:I04:411725:2031:DEFAULT', 'IndicatorProgress:I04:411725:2023:PLAN', 'IndicatorProgress:I99:411725:2023:DEFAULT', 'IndicatorProgress:I04',
  ])('answers %s, which names nothing, with null', async (id) => {
    const result = await api.execute('query($id: ID!) { node(id: $id) { nodeId } }', { id });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ node: null });
  });

  it('looks nodes up through the request\'s loaders: plan rows with no statement, observations in one (none when the facts are in memory)', async () => {
    await data(api, '{ plan { id } }');
    const ids = (await data<{ facts: { edges: { node: { nodeId: string } }[] } }>(api, '{ facts(filter: { provenance: SAMPLE }, first: 25) { edges { node { nodeId } } } }')).facts.edges.map((e) => e.node.nodeId);
    const planIds = ['Plan:plan', 'Chapter:1', 'Chapter:6', 'Section:8.2', 'Box:3-3', 'Project:3-3-07', 'Indicator:I04', 'Region:411725', 'Fact:I04-target', 'RegionMention:411725:s12.4'];
    api.statements.length = 0;
    const plan = await data<Record<string, { nodeId: string }>>(api, `{ ${planIds.map((id, k) => `n${k}: node(id: "${id}") { nodeId }`).join(' ')} }`);
    expect(Object.values(plan).map((n) => n.nodeId)).toEqual(planIds);
    expect(api.statements).toEqual([]);
    const observations = await data<Record<string, { nodeId: string }>>(api, `{ ${ids.map((id, k) => `n${k}: node(id: "${id}") { nodeId ... on Fact { value region { name } } }`).join(' ')} }`);
    expect(Object.values(observations).map((n) => n.nodeId)).toEqual(ids);
    const inMemory = await scopeToAudience(api.warehouse.db, 'public').inMemory();
    expect(api.statements).toHaveLength(inMemory ? 0 : 1);
  });
});
