/**
 * aggregate on both engines: known sums over the SAMPLE file, units never combined,
 * COUNT not split by unit, sums that would mix measure kinds or periods refused,
 * restatements and contradictions counted once, limits and truncation, input errors.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEachEngine, useTestApi } from './helpers/graphql.ts';
import { readJson, REAL_SEEDS_DIR } from './helpers/seeds.ts';

interface Row {
  regionCode: string | null; year: number | null; periodStart: number | null; periodEnd: number | null; indicatorCode: string | null; category: string | null;
  chapterNumber: number | null; kind: string | null; measureKind: string | null; provenance: string | null; unit: string | null; value: number | null; count: number; isSample: boolean;
}
interface Result { totalRows: number; truncated: boolean; rows: Row[] }
const ROW = 'regionCode year periodStart periodEnd indicatorCode category chapterNumber kind measureKind provenance unit value count isSample';

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

  it('never combines values of different units: every row of a value measure has one unit', async () => {
    const { rows } = await aggregate('{ measure: MAX, groupBy: [CHAPTER], filter: { kind: TARGET, provenance: PLAN } }');
    const chapterOne = rows.filter((r) => r.chapterNumber === 1);
    expect(new Set(chapterOne.map((r) => r.unit)).size).toBe(chapterOne.length);
    expect(chapterOne.map((r) => r.unit)).toEqual(expect.arrayContaining(['万人', '%']));
  });

  it('counts facts, not units: COUNT by chapter is one row per chapter', async () => {
    const { rows } = await aggregate('{ measure: COUNT, groupBy: [CHAPTER], filter: { provenance: PLAN }, countRestatementsOnce: false, countConflictsOnce: false }');
    const facts = await readJson<{ source: { chapter: number } }[]>(REAL_SEEDS_DIR, 'data/facts.json');
    const perChapter = new Map<number, number>();
    for (const f of facts) perChapter.set(f.source.chapter, (perChapter.get(f.source.chapter) ?? 0) + 1);
    expect(rows.map((r) => [r.chapterNumber, r.count])).toEqual([...perChapter].sort((a, b) => a[0] - b[0]));
    expect(rows.every((r) => r.unit === null)).toBe(true);
    // UNIT splits a count when asked for.
    const byUnit = await aggregate('{ measure: COUNT, groupBy: [CHAPTER, UNIT], filter: { provenance: PLAN, chapter: 1 } }');
    expect(byUnit.rows.length).toBeGreaterThan(1);
    expect(new Set(byUnit.rows.map((r) => r.unit)).size).toBe(byUnit.rows.length);
  });

  it.each([
    ['stocks with five-year totals', '{ measure: SUM, groupBy: [CHAPTER], filter: { kind: TARGET, provenance: PLAN, unit: "万人" } }', /SUM would combine values of different measure kinds \(CUMULATIVE_TOTAL … STOCK\); add MEASURE_KIND to groupBy/],
    ['rates', '{ measure: SUM, filter: { provenance: PLAN, unit: "%" } }', /SUM would add rates, shares or other values that do not add up/],
    ['one stock over several years', '{ measure: SUM, groupBy: [INDICATOR], filter: { indicator: "I04", provenance: PLAN } }', /SUM would combine values of different periods \(2020-2020 … 2025-2025\); add PERIOD \(or YEAR\)/],
    ['an average of stocks and totals', '{ measure: AVG, filter: { kind: TARGET, provenance: PLAN, unit: "万人" } }', /AVG would combine values of different measure kinds/],
  ])('refuses a SUM or AVG that would mix %s, naming input.measure and the group', async (_, input, message) => {
    const result = await api.execute(`{ aggregate(input: ${input}) { totalRows } }`);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'input.measure' } });
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.errors?.[0]?.message).toMatch(/First such group: /);
  });

  it('adds what adds up once grouped by measure kind and period, counting restatements and contradictions once', async () => {
    const { rows } = await aggregate('{ measure: SUM, groupBy: [MEASURE_KIND, PERIOD], filter: { kind: TARGET, provenance: PLAN, chapter: 1, unit: "万人" } }');
    const withKinds = await api.execute<{ facts: { edges: { node: { id: string; value: number | null; measureKind: string; periodStart: number; periodEnd: number; agreesWith: { id: string }[]; conflictsWith: { id: string }[] } }[] } }>(
      '{ facts(filter: { kind: TARGET, provenance: PLAN, chapter: 1, unit: "万人" }, first: 500) { edges { node { id value measureKind periodStart periodEnd agreesWith { id } conflictsWith { id } } } } }');
    const facts = withKinds.data!.facts.edges.map((e) => e.node);
    const all = await readJson<{ id: string }[]>(REAL_SEEDS_DIR, 'data/facts.json');
    const order = new Map(all.map((f, i) => [f.id, i]));
    const isTable = (id: string) => /^I\d{2}-/.test(id);
    const earlier = (a: string, b: string) => order.get(a)! < order.get(b)!;
    const preferred = (a: string, b: string) => (isTable(a) !== isTable(b) ? isTable(a) : earlier(a, b));
    const counted = facts.filter((f) => !f.agreesWith.some((o) => earlier(o.id, f.id)) && !f.conflictsWith.some((o) => preferred(o.id, f.id)));
    expect(counted.length).toBeLessThan(facts.length);
    for (const row of rows) {
      const members = counted.filter((f) => f.measureKind === row.measureKind && f.periodStart === row.periodStart && f.periodEnd === row.periodEnd);
      expect(row.count).toBe(members.length);
      expect(row.value).toBeCloseTo(members.reduce((sum, f) => sum + (f.value ?? 0), 0), 9);
    }
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(counted.length);
    expect(rows.reduce((sum, r) => sum + (r.value ?? 0), 0)).toBeCloseTo(counted.reduce((sum, f) => sum + (f.value ?? 0), 0), 9);
  });

  it('counts a value the plan states twice once, and each contradiction once, unless asked otherwise', async () => {
    const total = (r: Result) => r.rows.reduce((sum, row) => sum + row.count, 0);
    const every = await aggregate('{ measure: COUNT, filter: { provenance: PLAN }, countRestatementsOnce: false, countConflictsOnce: false }');
    const restatedOnce = await aggregate('{ measure: COUNT, filter: { provenance: PLAN }, countConflictsOnce: false }');
    const both = await aggregate('{ measure: COUNT, filter: { provenance: PLAN } }');
    expect(total(every)).toBe(195);
    expect(total(restatedOnce)).toBeLessThan(total(every));
    expect(total(both)).toBeLessThan(total(restatedOnce));
    // Of the 14 statements in contradictions, the table's side or the first printed is kept: 7 remain.
    const conflicting = await aggregate('{ measure: COUNT, filter: { provenance: PLAN, hasConflicts: true }, countRestatementsOnce: false }');
    const conflictingAll = await aggregate('{ measure: COUNT, filter: { provenance: PLAN, hasConflicts: true }, countRestatementsOnce: false, countConflictsOnce: false }');
    expect(total(conflictingAll)).toBe(14);
    expect(total(conflicting)).toBe(7);
  });

  it('says on every row whether SAMPLE data is in it', async () => {
    const result = await api.execute<{ aggregate: { rows: { provenance: string; isSample: boolean }[] } }>(
      '{ aggregate(input: { measure: COUNT, groupBy: [PROVENANCE] }) { rows { provenance isSample } } }');
    expect(result.data!.aggregate.rows).toEqual([{ provenance: 'PLAN', isSample: false }, { provenance: 'SAMPLE', isSample: true }]);
  });

  it('answers the example operation: targets by chapter and measure kind', async () => {
    const query = await readFile(path.join(import.meta.dirname, '..', 'examples', 'targets-by-chapter-and-measure-kind.graphql'), 'utf8');
    const result = await api.execute<{ aggregate: { rows: { chapterNumber: number; measureKind: string; count: number }[] } }>(query);
    expect(result.errors).toBeUndefined();
    const rows = result.data!.aggregate.rows;
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.count > 0)).toBe(true);
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
    ['{ measure: SUM, filter: { yearFrom: 2025, yearTo: 2021 } }', /yearFrom \(2025\) is after yearTo \(2021\)/, 'input.filter.yearFrom'],
    ['{ measure: SUM, filter: { text: "  " } }', /text must be 1 to 100 characters/, 'input.filter.text'],
    ['{ measure: COUNT, filter: { indicator: "I4" } }', /unknown indicator code\(s\): "I4"/, 'input.filter.indicator'],
  ])('rejects %s as BAD_USER_INPUT naming the argument', async (input, message, argumentName = 'input') => {
    const result = await api.execute(`{ aggregate(input: ${input}) { totalRows } }`);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName } });
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
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter.indicators' } });
    expect(result.errors?.[0]?.message).toMatch(/indicators may hold at most 100 items, got 101/);
  });
});
