/**
 * aggregate on both engines: known sums over the SAMPLE file, units never added
 * together, restatements counted once, limits and truncation, input errors.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEachEngine, useTestApi } from './helpers/graphql.ts';
import { readJson, REAL_SEEDS_DIR } from './helpers/seeds.ts';

interface Row { regionCode: string | null; year: number | null; indicatorCode: string | null; category: string | null; chapterNumber: number | null; kind: string | null; provenance: string | null; unit: string | null; value: number | null; count: number }
interface Result { totalRows: number; truncated: boolean; rows: Row[] }
const ROW = 'regionCode year indicatorCode category chapterNumber kind provenance unit value count';

/** The committed SAMPLE file, parsed: what the sums must come to. */
async function sampleRows(): Promise<{ indicator: string; region: string; year: number; value: number; unit: string }[]> {
  const text = await readFile(path.join(REAL_SEEDS_DIR, 'observations/sample/county-indicators.csv'), 'utf8');
  return text.trim().split('\n').slice(1).map((line) => {
    const [indicator, region, year, value, unit] = line.split(',');
    return { indicator: indicator!, region: region!, year: Number(year), value: Number(value), unit: unit! };
  });
}

describeEachEngine('aggregate on %s', (engine) => {
  const api = useTestApi({ engine, includeSample: true });

  async function aggregate(input: string): Promise<Result> {
    const result = await api.execute<{ aggregate: Result }>(`{ aggregate(input: ${input}) { totalRows truncated rows { ${ROW} } } }`);
    expect(result.errors).toBeUndefined();
    return result.data!.aggregate;
  }

  it('sums SAMPLE observations by region and year to the values in the file', async () => {
    const csv = (await sampleRows()).filter((r) => r.indicator === 'I04' && r.year === 2023);
    const { rows, totalRows, truncated } = await aggregate('{ measure: SUM, groupBy: [REGION, YEAR], filter: { indicator: "I04", provenance: SAMPLE, year: 2023 } }');
    expect(totalRows).toBe(csv.length);
    expect(truncated).toBe(false);
    for (const expected of csv) {
      expect(rows.find((r) => r.regionCode === expected.region)).toMatchObject({ year: 2023, unit: '万人', value: expected.value, count: 1, indicatorCode: null, kind: null });
    }
  });

  it('computes SUM, AVG, MIN, MAX and COUNT over the counties', async () => {
    const counties = (await sampleRows()).filter((r) => r.indicator === 'I01' && r.year === 2025 && r.region !== '411700').map((r) => r.value);
    const filter = `{ indicator: "I01", provenance: SAMPLE, year: 2025, regions: ["411702", "411721", "411722", "411723", "411724", "411725", "411726", "411727", "411728", "411729"] }`;
    const measure = async (m: string) => (await aggregate(`{ measure: ${m}, filter: ${filter} }`)).rows[0]!;
    expect((await measure('SUM')).value).toBeCloseTo(counties.reduce((a, b) => a + b, 0), 9);
    expect((await measure('AVG')).value).toBeCloseTo(counties.reduce((a, b) => a + b, 0) / counties.length, 9);
    expect((await measure('MIN')).value).toBe(Math.min(...counties));
    expect((await measure('MAX')).value).toBe(Math.max(...counties));
    expect(await measure('COUNT')).toMatchObject({ value: 10, count: 10 });
  });

  it('never adds values of different units: every row has one unit', async () => {
    const { rows } = await aggregate('{ measure: SUM, groupBy: [CHAPTER], filter: { kind: TARGET, provenance: PLAN } }');
    const chapterOne = rows.filter((r) => r.chapterNumber === 1);
    expect(new Set(chapterOne.map((r) => r.unit)).size).toBe(chapterOne.length);
    expect(chapterOne.map((r) => r.unit)).toEqual(expect.arrayContaining(['万人', '%']));
    // The 万人 row adds exactly the 万人 targets of chapter 1 (restatements once).
    const facts = await api.execute<{ facts: { edges: { node: { id: string; value: number | null; agreesWith: { id: string }[] } }[] } }>(
      '{ facts(filter: { kind: TARGET, provenance: PLAN, chapter: 1, unit: "万人" }, first: 500) { edges { node { id value agreesWith { id } } } } }');
    const ids = facts.data!.facts.edges.map((e) => e.node);
    const order = new Map(ids.map((f, i) => [f.id, i]));
    const counted = ids.filter((f) => !f.agreesWith.some((other) => (order.get(other.id) ?? Infinity) < order.get(f.id)!));
    const wanRen = chapterOne.find((r) => r.unit === '万人')!;
    expect(wanRen.count).toBe(counted.length);
    expect(wanRen.value).toBeCloseTo(counted.reduce((sum, f) => sum + (f.value ?? 0), 0), 9);
  });

  it('counts a value the plan states twice once, unless asked otherwise', async () => {
    const once = await aggregate('{ measure: COUNT, filter: { provenance: PLAN } }');
    const every = await aggregate('{ measure: COUNT, filter: { provenance: PLAN }, countRestatementsOnce: false }');
    const total = (r: Result) => r.rows.reduce((sum, row) => sum + row.count, 0);
    expect(total(every)).toBe(195);
    expect(total(once)).toBeLessThan(total(every));
  });

  it('answers the example operation: 2025 targets in 万人 by chapter', async () => {
    const query = await readFile(path.join(import.meta.dirname, '..', 'examples', 'targets-2025-in-wanren-by-chapter.graphql'), 'utf8');
    const result = await api.execute<{ aggregate: { rows: { chapterNumber: number; unit: string; value: number; count: number }[] } }>(query);
    expect(result.errors).toBeUndefined();
    const rows = result.data!.aggregate.rows;
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.unit === '万人' && r.value > 0 && r.count > 0)).toBe(true);
    expect(rows.map((r) => r.chapterNumber)).toEqual([...rows.map((r) => r.chapterNumber)].sort((a, b) => a - b));
  });

  it('orders, limits and says when rows were cut', async () => {
    const { rows, totalRows, truncated } = await aggregate('{ measure: SUM, groupBy: [REGION, INDICATOR], filter: { provenance: SAMPLE, year: 2025 }, orderBy: [{ key: VALUE, direction: DESC }], limit: 3 }');
    expect(rows).toHaveLength(3);
    expect(totalRows).toBe(66);
    expect(truncated).toBe(true);
    expect(rows.map((r) => r.value)).toEqual([...rows.map((r) => r.value)].sort((a, b) => b! - a!));
  });

  it.each([
    ['{ measure: SUM, limit: 0 }', /limit must be a whole number from 1 to 10000/],
    ['{ measure: SUM, limit: 10001 }', /limit must be a whole number from 1 to 10000/],
    ['{ measure: SUM, groupBy: [YEAR, YEAR] }', /groupBy names a dimension twice/],
    ['{ measure: SUM, groupBy: [YEAR], orderBy: [{ key: REGION }] }', /orderBy REGION needs REGION in groupBy/],
    ['{ measure: SUM, filter: { yearFrom: 2025, yearTo: 2021 } }', /yearFrom \(2025\) is after yearTo \(2021\)/],
    ['{ measure: SUM, filter: { text: "  " } }', /text must be 1 to 100 characters/],
  ])('rejects %s as BAD_USER_INPUT naming the argument', async (input, message) => {
    const result = await api.execute(`{ aggregate(input: ${input}) { totalRows } }`);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'input' } });
    expect(result.errors?.[0]?.message).toMatch(message);
  });
});

describe('facts and projects filters', () => {
  const api = useTestApi({ includeSample: true });

  async function ids(filter: string): Promise<string[]> {
    const result = await api.execute<{ facts: { edges: { node: { id: string } }[] } }>(`{ facts(filter: ${filter}, first: 500) { edges { node { id } } } }`);
    expect(result.errors).toBeUndefined();
    return result.data!.facts.edges.map((e) => e.node.id);
  }

  it('filters by several kinds, indicators, a category, several regions, a year range and text', async () => {
    const facts = await readJson<{ id: string; kind: string; indicator: string | null; periodEnd: number; subject: string; valueText: string; source: { quote: string } }[]>(REAL_SEEDS_DIR, 'data/facts.json');
    expect(await ids('{ kinds: [BASELINE, TARGET], provenance: PLAN }')).toEqual(facts.filter((f) => f.kind === 'BASELINE' || f.kind === 'TARGET').map((f) => f.id));
    expect(await ids('{ indicators: ["I04", "I08"], provenance: PLAN }')).toEqual(facts.filter((f) => f.indicator === 'I04' || f.indicator === 'I08').map((f) => f.id));
    const employment = await ids('{ category: EMPLOYMENT, provenance: PLAN }');
    expect(employment.length).toBeGreaterThan(0);
    expect(employment.every((id) => /^(I(0[89]|1[0-3])|s|p)/.test(id))).toBe(true);
    expect(await ids('{ yearFrom: 2016, yearTo: 2020, provenance: PLAN }')).toEqual(facts.filter((f) => f.periodEnd >= 2016 && f.periodEnd <= 2020).map((f) => f.id));
    expect(await ids('{ text: "返乡创业", provenance: PLAN }')).toEqual(facts.filter((f) => [f.subject, f.valueText, f.source.quote].some((t) => t.includes('返乡创业'))).map((f) => f.id));
    const twoCounties = await ids('{ regions: ["411725", "411723"], provenance: SAMPLE, indicator: "I04", year: 2023 }');
    expect(twoCounties.sort()).toEqual(['o:SAMPLE:I04:411723:2023', 'o:SAMPLE:I04:411725:2023']);
    expect(await ids('{ regions: [] }')).toEqual([]);
  });

  it('treats % and _ in text literally', async () => {
    const facts = await readJson<{ id: string; subject: string; valueText: string; source: { quote: string } }[]>(REAL_SEEDS_DIR, 'data/facts.json');
    const withPercent = facts.filter((f) => [f.subject, f.valueText, f.source.quote].some((t) => t.includes('%'))).map((f) => f.id);
    expect(withPercent.length).toBeGreaterThan(0);
    expect(withPercent.length).toBeLessThan(facts.length);
    expect(await ids('{ text: "%", provenance: PLAN }')).toEqual(withPercent);
    expect(await ids('{ text: "_" }')).toEqual([]);
  });

  it('filters projects by text', async () => {
    const result = await api.execute<{ projects: { edges: { node: { code: string; title: string; text: string } }[] } }>('{ projects(filter: { text: "返乡" }, first: 100) { edges { node { code title text } } } }');
    const projects = await readJson<{ code: string; title: string; text: string }[]>(REAL_SEEDS_DIR, 'data/projects.json');
    expect(result.data!.projects.edges.map((e) => e.node.code)).toEqual(projects.filter((p) => p.title.includes('返乡') || p.text.includes('返乡')).map((p) => p.code));
  });

  it('rejects a list of more than 100 items, naming the argument', async () => {
    const many = JSON.stringify(Array.from({ length: 101 }, (_, i) => `I${i}`));
    const result = await api.execute(`{ facts(filter: { indicators: ${many} }) { totalCount } }`);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter' } });
    expect(result.errors?.[0]?.message).toMatch(/indicators may hold at most 100 items, got 101/);
  });
});
