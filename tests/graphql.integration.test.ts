/**
 * Real GraphQL operations against the warehouse loaded from the real seeds, on both
 * engines: every assertion below runs on DuckDB and on a real PostgreSQL server.
 */
import { readFile } from 'node:fs/promises';
import { getNamedType, isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExecutableSchema } from '../functions/graphql/apollo-server.ts';
import { MAX_PAGE_SIZE } from '../resolvers/pagination.ts';
import { describeEachEngine, engineUnavailable, startTestApi, type TestApi } from './helpers/graphql.ts';
import { SOURCE_TEXT_PATH } from './helpers/seeds.ts';

let api: TestApi;

type Edges<T> = { edges: { cursor: string; node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.execute<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describeEachEngine('on %s', (engine) => {
  beforeAll(async () => {
    if (!engineUnavailable(engine)) api = await startTestApi({ engine });
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('the document', () => {
    it('serves 13 chapters with their titles', async () => {
      const { chapters } = await data<{ chapters: { number: number; title: string }[] }>('{ chapters { number title } }');
      expect(chapters).toHaveLength(13);
      expect(chapters[0]).toEqual({ number: 1, title: '发展基础和主要目标' });
    });

    it('serves the plan header', async () => {
      const { plan } = await data<{ plan: Record<string, unknown> }>('{ plan { title documentNumber issuer signedOn publishedOn indexNumber periodStart periodEnd visionYear chapters { number } } }');
      expect(plan).toMatchObject({ documentNumber: '驻政〔2022〕36号', signedOn: '2022-04-28', publishedOn: '2022-05-11', periodStart: 2021, periodEnd: 2025, visionYear: 2035 });
      expect(plan.chapters).toHaveLength(13);
    });

    it('walks chapter → sections → boxes → projects', async () => {
      const { chapter } = await data<{ chapter: { sections: { id: string; boxes: { id: string; projects: { code: string }[] }[] }[] } }>(
        '{ chapter(number: 3) { sections { id boxes { id projects { code } } } } }');
      expect(chapter.sections.map((s) => s.id)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5']);
      expect(chapter.sections[4]!.boxes[0]!.projects.map((p) => p.code)).toEqual(['3-3-01', '3-3-02', '3-3-03', '3-3-04', '3-3-05', '3-3-06', '3-3-07', '3-3-08']);
    });

    it('answers a section, a box and a project by id', async () => {
      const result = await data<{ section: { title: string; chapter: { number: number } }; box: { title: string; kind: string }; project: { title: string; box: { id: string }; chapter: { number: number } } }>(
        '{ section(id: "8.2") { title chapter { number } } box(id: "1") { title kind } project(code: "7-06") { title box { id } chapter { number } } }');
      expect(result.section).toEqual({ title: '全面增强就业吸纳能力', chapter: { number: 8 } });
      expect(result.box.kind).toBe('INDICATOR_TABLE');
      expect(result.project).toEqual({ title: '1+X证书制度推广计划', box: { id: '7' }, chapter: { number: 7 } });
    });

    it('answers null for a missing single item', async () => {
      const result = await data('{ chapter(number: 99) { title } section(id: "1.9") { title } box(id: "2") { title } project(code: "1-01") { title } indicator(code: "X") { name } region(code: "000000") { name } }');
      expect(result).toEqual({ chapter: null, section: null, box: null, project: null, indicator: null, region: null });
    });
  });

  describe('indicators', () => {
    it('answers I04 with its 2020 baseline and 2025 target', async () => {
      const { indicator } = await data<{ indicator: unknown }>('{ indicator(code: "I04") { name unit baseline { value periodEnd } target { value periodEnd } } }');
      expect(indicator).toEqual({ name: '高技能人才总量', unit: '万人', baseline: { value: 7, periodEnd: 2020 }, target: { value: 9, periodEnd: 2025 } });
    });

    it('has no baseline where the table prints none', async () => {
      const { indicator } = await data<{ indicator: { baseline: null; target: { valueText: string; inferredColumn: boolean } } }>('{ indicator(code: "I12") { baseline { id } target { valueText inferredColumn } } }');
      expect(indicator).toEqual({ baseline: null, target: { valueText: '稳步提高', inferredColumn: true } });
    });

    it('filters and orders the indicator connection', async () => {
      const { indicators } = await data<{ indicators: Edges<{ code: string; direction: string }> }>(
        '{ indicators(filter: { category: EMPLOYMENT }, orderBy: [{ field: CODE, direction: DESC }]) { totalCount edges { node { code direction } } } }');
      expect(indicators.totalCount).toBe(6);
      expect(indicators.edges.map((e) => e.node.code)).toEqual(['I13', 'I12', 'I11', 'I10', 'I09', 'I08']);
      const binding = await data<{ indicators: Edges<{ code: string }> }>('{ indicators(filter: { attribute: BINDING }) { edges { node { code } } } }');
      expect(binding.indicators.edges.map((e) => e.node.code)).toEqual(['I13']);
    });

    it('lists every fact linked to an indicator: table, prose and box items', async () => {
      const { indicator } = await data<{ indicator: { facts: Edges<{ id: string }> } }>('{ indicator(code: "I07") { facts { totalCount edges { node { id } } } } }');
      const ids = indicator.facts.edges.map((e) => e.node.id);
      expect(ids.slice(0, 2)).toEqual(['I07-baseline', 'I07-target']);
      expect(ids).toContain('p3-3-07-04');
      expect(indicator.facts.totalCount).toBe(ids.length);
    });
  });

  describe('facts', () => {
    it('has at least 170 plan facts, table and prose', async () => {
      const { facts } = await data<{ facts: { totalCount: number } }>('{ facts(filter: { provenance: PLAN }) { totalCount } }');
      expect(facts.totalCount).toBeGreaterThanOrEqual(170);
    });

    it('serves only quotes that occur verbatim in the source, each containing its printed value', async () => {
      const source = await readFile(SOURCE_TEXT_PATH, 'utf8');
      let after: string | null = null;
      let seen = 0;
      for (let page = 0; page < 10; page += 1) {
        const { facts }: { facts: Edges<{ id: string; valueText: string; source: { quote: string } }> } = await data(
          'query($after: String) { facts(filter: { provenance: PLAN }, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id valueText source { quote } } } } }', { after });
        for (const { node } of facts.edges) {
          expect(source.includes(node.source.quote), `${node.id}: quote not in source`).toBe(true);
          expect(node.source.quote.includes(node.valueText), `${node.id}: valueText not in quote`).toBe(true);
        }
        seen += facts.edges.length;
        if (!facts.pageInfo.hasNextPage) {
          expect(seen).toBe(facts.totalCount);
          return;
        }
        after = facts.pageInfo.endCursor;
      }
      throw new Error('paging did not end');
    });

    it('exposes the contradictions through conflictsWith, from either side', async () => {
      type Linked = { id: string; value: number; conflictsWith: { id: string }[] };
      const { a, b } = await data<{ a: Edges<Linked>; b: Edges<Linked> }>(`{
        a: facts(filter: { indicator: "I07", kind: TARGET }) { edges { node { id value conflictsWith { id value valueText source { project { code } } } } } }
        b: facts(filter: { project: "3-3-07" }) { edges { node { id conflictsWith { id } } } }
      }`);
      const table = a.edges.find((e) => e.node.id === 'I07-target')!.node;
      expect(table.value).toBe(50);
      expect(table.conflictsWith).toContainEqual({ id: 'p3-3-07-04', value: 60, valueText: '超过 60%', source: { project: { code: '3-3-07' } } });
      const box = b.edges.find((e) => e.node.id === 'p3-3-07-04')!.node;
      expect(box.conflictsWith.map((f) => f.id)).toEqual(['I07-target', 's1.5-31']);
    });

    it('carries the source location of a box-item fact', async () => {
      const { facts } = await data<{ facts: Edges<Record<string, any>> }>('{ facts(filter: { project: "12-02" }, first: 1) { edges { node { kind unit periodType source { chapter { number } section { id } box { id } project { code } } } } } }');
      expect(facts.edges[0]!.node.source).toEqual({ chapter: { number: 12 }, section: { id: '12.4' }, box: { id: '12' }, project: { code: '12-02' } });
    });

    it('filters by kind, chapter, box and section, and orders by value', async () => {
      const result = await data<Record<string, { totalCount: number; edges: { node: { value: number | null; kind: string } }[] }>>(`{
        achievements: facts(filter: { kind: ACHIEVEMENT, chapter: 1 }) { totalCount }
        table: facts(filter: { box: "1" }) { totalCount }
        section15: facts(filter: { section: "1.5", kind: TARGET }, orderBy: [{ field: VALUE, direction: DESC }], first: 3) { totalCount edges { node { value kind } } }
      }`);
      expect(result.achievements!.totalCount).toBe(72);
      expect(result.table!.totalCount).toBe(30);
      const values = result.section15!.edges.map((e) => e.node.value!);
      expect(values).toEqual([...values].sort((x, y) => y - x));
    });

    it('finds group statements through the regions they apply to', async () => {
      const { region } = await data<{ region: { name: string; facts: Edges<{ value: number; regionText: string; appliesTo: { code: string }[] }> } }>(
        '{ region(code: "411725") { name facts { totalCount edges { node { value regionText appliesTo { code } } } } } }');
      expect(region.name).toBe('确山县');
      expect(region.facts.edges.map((e) => [e.node.value, e.node.regionText])).toEqual([[1570, '各县']]);
      expect(region.facts.edges[0]!.node.appliesTo).toHaveLength(9);
      const city = await data<{ facts: { totalCount: number } }>('{ facts(filter: { region: "411700" }) { totalCount } }');
      expect(city.facts.totalCount).toBeGreaterThan(150);
    });
  });

  describe('paging', () => {
    it('pages through a connection with opaque cursors', async () => {
      const first = await data<{ facts: Edges<{ id: string }> & { pageInfo: { hasPreviousPage: boolean } } }>('{ facts(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }');
      expect(first.facts.edges.map((e) => e.node.id)).toEqual(['I01-baseline', 'I01-target']);
      expect(first.facts.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const next = await data<{ facts: Edges<{ id: string }> }>('query($after: String) { facts(first: 2, after: $after) { edges { node { id } } } }', { after: first.facts.pageInfo.endCursor });
      expect(next.facts.edges.map((e) => e.node.id)).toEqual(['I02-baseline', 'I02-target']);
    });

    it.each([
      ['first: -1', 'first', /must be a whole number/],
      [`first: ${MAX_PAGE_SIZE + 1}`, 'first', /at most 500/],
      ['after: "bm90IGEgY3Vyc29y"', 'after', /not a cursor/],
    ])('rejects %s as BAD_USER_INPUT naming the argument', async (args, argument, message) => {
      const result = await api.execute(`{ facts(${args}) { totalCount } }`);
      expect(result.data).toBeNull();
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
      expect(result.errors![0]!.message).toMatch(message);
    });

    it('refuses a cursor from another data version', async () => {
      const stale = Buffer.from('c1|0000000000000000|3').toString('base64url');
      const result = await api.execute('query($after: String) { projects(after: $after) { totalCount } }', { after: stale });
      expect(result.errors![0]!.message).toMatch(/data version 0000000000000000/);
    });

    it('rejects an unknown enum value before any resolver runs', async () => {
      api.statements.length = 0;
      const result = await api.execute('{ facts(filter: { kind: GUESS }) { totalCount } }');
      expect(result.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(api.statements).toEqual([]);
    });
  });

  describe('projects and regions', () => {
    it('filters projects by chapter, box and region', async () => {
      const result = await data<Record<string, Edges<{ code: string }>>>(`{
        byChapter: projects(filter: { chapter: 7 }) { totalCount }
        byBox: projects(filter: { box: "3-3" }, first: 3) { totalCount pageInfo { hasNextPage } edges { node { code } } }
        byRegion: projects(filter: { region: "411725" }) { edges { node { code } } }
      }`);
      expect(result.byChapter!.totalCount).toBe(6);
      expect(result.byBox!.totalCount).toBe(8);
      expect(result.byBox!.pageInfo.hasNextPage).toBe(true);
      expect(result.byRegion!.edges.map((e) => e.node.code)).toEqual(['12-03']);
    });

    it('links a project to the counties its text names', async () => {
      const { project } = await data<{ project: { regions: { name: string }[] } }>('{ project(code: "12-03") { regions { name } } }');
      expect(project.regions.map((r) => r.name)).toEqual(['确山县', '平舆县']);
    });

    it('serves the city with its ten county-level divisions and three zones', async () => {
      const result = await data<{ regions: { code: string }[]; region: { children: { level: string }[]; parent: null; mentions: unknown[] }; counties: unknown[] }>(
        '{ regions { code } region(code: "411700") { parent { code } children { level } mentions { quote } } counties: regions(filter: { level: COUNTY }) { code } }');
      expect(result.regions).toHaveLength(14);
      expect(result.region.parent).toBeNull();
      expect(result.region.children).toHaveLength(13);
      expect(result.counties).toHaveLength(9);
    });

    it('quotes where the text names a county', async () => {
      const { region } = await data<{ region: { mentions: { quote: string; section: { id: string }; project: { code: string } | null }[]; projects: { code: string }[] } }>(
        '{ region(code: "411723") { mentions { quote section { id } project { code } } projects { code } } }');
      expect(region.mentions).toHaveLength(2);
      expect(region.mentions.every((m) => m.quote.includes('平舆防水和户外休闲'))).toBe(true);
      expect(region.projects.map((p) => p.code)).toEqual(['12-03']);
    });
  });

  describe('dataset', () => {
    it('reports the loaded version and its files', async () => {
      const { dataset } = await data<{ dataset: { version: string; engine: string; files: { key: string; rows: number }[] } }>('{ dataset { version engine files { key sha256 bytes rows } } }');
      expect(dataset.version).toBe(api.warehouse.dataset.version);
      expect(dataset.engine).toBe(engine);
      expect(dataset.files.find((f) => f.key === 'data/facts.json')!.rows).toBeGreaterThanOrEqual(170);
    });
  });
});

describe('schema', () => {
  it('describes every type, field, argument and enum value', () => {
    const schema: GraphQLSchema = createExecutableSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          getNamedType(field.type);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
