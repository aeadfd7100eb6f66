/**
 * Lookups an analyst expects on the first try, on both engines: a fact by id, facts
 * by ids, conflicts, value ranges and measure kinds; indicators and regions found by
 * name; one `id` argument on every single-item lookup; unknown codes refused naming
 * the argument and the value; the city series starting at the plan's baseline; and
 * progress that says why everything is NO_DATA when no monitoring data is loaded.
 * Expectations are read from the seeds, not hard-coded where the seeds can say them.
 */
import { describe, expect, it } from 'vitest';
import { MEASURE_KIND_OVERRIDES, measureKindOf } from '../dataset/measure-kind.ts';
import { describeEachEngine, useTestApi } from './helpers/graphql.ts';
import { readJson, REAL_SEEDS_DIR } from './helpers/seeds.ts';

interface SeedFact {
  id: string; kind: string; indicator: string | null; value: number | null; unit: string | null; periodType: 'POINT' | 'CUMULATIVE' | 'ANNUAL';
  periodStart: number; periodEnd: number; valueParts: number[] | null; conflictsWith: string[]; source: { chapter: number; quote: string };
}
const seedFacts = () => readJson<SeedFact[]>(REAL_SEEDS_DIR, 'data/facts.json');

describe('measure kinds', () => {
  it('reads every override from a fact that exists, and the rule would have read it otherwise', async () => {
    const facts = await seedFacts();
    for (const [id, { kind }] of Object.entries(MEASURE_KIND_OVERRIDES)) {
      const fact = facts.find((f) => f.id === id);
      expect(fact, id).toBeDefined();
      expect(measureKindOf({ ...fact!, id: 'no-override' }), `${id} needs its override`).not.toBe(kind);
    }
  });

  it('gives the kinds an analyst would: stocks, flows, totals and rates', async () => {
    const facts = new Map((await seedFacts()).map((f) => [f.id, f]));
    const kindOf = (id: string) => measureKindOf(facts.get(id)!);
    expect(kindOf('I04-target')).toBe('STOCK'); // 高技能人才总量 9万人
    expect(kindOf('I08-target')).toBe('CUMULATIVE_TOTAL'); // 城镇新增就业 2021–2025
    expect(kindOf('I11-target')).toBe('RATE'); // 城镇调查失业率 <5.5
    expect(kindOf('I02-target')).toBe('RATE'); // 15:35:50
    expect(kindOf('s1.5-13')).toBe('ANNUAL_FLOW'); // 技术合同成交额 25亿元 a year
    expect(kindOf('s1.1-63')).toBe('RATE'); // 最低工资 1700元/月
  });
});

describeEachEngine('lookups on %s', (engine) => {
  const api = useTestApi({ engine, includeSample: true });

  async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await api.execute<T>(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  async function refusal(query: string): Promise<{ message: string; argumentName: unknown }> {
    const result = await api.execute<Record<string, unknown>>(query);
    // A refused root field answers null (the whole data where the field is non-null).
    expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return { message: result.errors![0]!.message, argumentName: result.errors![0]!.extensions!.argumentName };
  }

  it('finds a fact by id, plan fact or observation, and null for none', async () => {
    expect(await data('{ fact(id: "I04-target") { value unit measureKind source { quote } } }')).toEqual({
      fact: { value: 9, unit: '万人', measureKind: 'STOCK', source: { quote: expect.stringContaining('9') } },
    });
    expect(await data('{ fact(id: "o:SAMPLE:I04:411725:2023") { id isSample provenance } }')).toEqual({
      fact: { id: 'o:SAMPLE:I04:411725:2023', isSample: true, provenance: 'SAMPLE' },
    });
    expect(await data('{ fact(id: "I99-target") { id } }')).toEqual({ fact: null });
  });

  it('filters facts by ids, conflicts, value range and measure kind', async () => {
    const ids = async (filter: string) => (await data<{ facts: { edges: { node: { id: string } }[] } }>(`{ facts(filter: ${filter}, first: 500) { edges { node { id } } } }`)).facts.edges.map((e) => e.node.id);
    const facts = await seedFacts();
    expect(await ids('{ ids: ["s1.5-01", "I04-target", "o:SAMPLE:I04:411725:2023", "nope"] }')).toEqual(['I04-target', 's1.5-01', 'o:SAMPLE:I04:411725:2023']);
    expect(await ids('{ hasConflicts: true }')).toEqual(facts.filter((f) => f.conflictsWith.length > 0).map((f) => f.id));
    expect(await ids('{ hasConflicts: false, provenance: PLAN }')).toEqual(facts.filter((f) => f.conflictsWith.length === 0).map((f) => f.id));
    expect(await ids('{ valueFrom: 50, valueTo: 100, provenance: PLAN }')).toEqual(facts.filter((f) => f.value !== null && f.value >= 50 && f.value <= 100).map((f) => f.id));
    expect(await ids('{ measureKinds: [RATE], provenance: PLAN }')).toEqual(facts.filter((f) => measureKindOf(f) === 'RATE').map((f) => f.id));
    // A flow's single year is an annual flow; a stock indicator's observation is a stock.
    const kinds = await data<{ facts: { edges: { node: { id: string; measureKind: string } }[] } }>(
      '{ facts(filter: { ids: ["o:SAMPLE:I08:411700:2023", "o:SAMPLE:I04:411700:2023"] }) { edges { node { id measureKind } } } }');
    expect(kinds.facts.edges.map((e) => e.node)).toEqual([
      { id: 'o:SAMPLE:I04:411700:2023', measureKind: 'STOCK' },
      { id: 'o:SAMPLE:I08:411700:2023', measureKind: 'ANNUAL_FLOW' },
    ]);
  });

  it.each([
    ['{ facts(filter: { indicator: "I4" }) { totalCount } }', 'filter.indicator', /unknown indicator code\(s\): "I4"; indicator codes are "I01" to "I17"/],
    ['{ facts(filter: { indicators: ["I04", "X"] }) { totalCount } }', 'filter.indicators', /unknown indicator code\(s\): "X"/],
    ['{ facts(filter: { region: "411799" }) { totalCount } }', 'filter.region', /unknown region code\(s\): "411799"/],
    ['{ facts(filter: { chapter: 14 }) { totalCount } }', 'filter.chapter', /unknown chapter\(s\): 14; chapters are numbered 1 to 13/],
    ['{ facts(filter: { section: "8.9" }) { totalCount } }', 'filter.section', /unknown section id\(s\): "8.9"/],
    ['{ facts(filter: { box: "3-9" }) { totalCount } }', 'filter.box', /unknown box id\(s\): "3-9"/],
    ['{ facts(filter: { project: "3-3-99" }) { totalCount } }', 'filter.project', /unknown project code\(s\): "3-3-99"/],
    ['{ facts(filter: { unit: "万" }) { totalCount } }', 'filter.unit', /no fact is in the unit "万"; units are matched exactly as printed: .*"万人"/],
    ['{ facts(filter: { valueFrom: 5, valueTo: 1 }) { totalCount } }', 'filter.valueFrom', /valueFrom \(5\) is above valueTo \(1\)/],
    ['{ projects(filter: { box: "99" }) { totalCount } }', 'filter.box', /unknown box id/],
    ['{ projects(filter: { region: "1" }) { totalCount } }', 'filter.region', /unknown region code/],
    ['{ indicators(filter: { codes: ["I18"] }) { totalCount } }', 'filter.codes', /unknown indicator code\(s\): "I18"/],
    ['{ regions(filter: { parent: "999999" }) { code } }', 'filter.parent', /unknown region code/],
    ['{ progress(filter: { indicators: ["I40"] }) { status } }', 'filter.indicators', /unknown indicator code\(s\): "I40"/],
    ['{ indicator(code: "I04") { series(region: "411799") { year } } }', 'region', /unknown region code/],
    ['{ indicator(code: "I04", id: "I04") { code } }', 'id', /give either code or id \(the same key\), not both/],
    ['{ chapter { number } }', 'number', /give either number or id \(the same key\), not neither/],
  ])('refuses %s naming %s and the value', async (query, argumentName, message) => {
    const refused = await refusal(query);
    expect(refused.argumentName).toBe(argumentName);
    expect(refused.message).toMatch(message);
  });

  it('reads indicator and region codes in any case, and offers id on every single-item lookup', async () => {
    expect(await data('{ indicator(code: "i04") { code } byId: indicator(id: "I04") { code } }')).toEqual({ indicator: { code: 'I04' }, byId: { code: 'I04' } });
    expect(await data('{ facts(filter: { indicator: "i04", provenance: PLAN }) { totalCount } }')).toEqual({ facts: { totalCount: expect.any(Number) } });
    expect(await data('{ region(id: "zmd-z01") { code } chapter(id: "6") { number } project(id: "3-3-07") { code } notAChapter: chapter(id: "six") { number } }')).toEqual({
      region: { code: 'ZMD-Z01' }, chapter: { number: 6 }, project: { code: '3-3-07' }, notAChapter: null,
    });
  });

  it('finds indicators and regions by name, in Chinese or English', async () => {
    const indicators = await data<{ indicators: { edges: { node: { code: string } }[] } }>('{ indicators(filter: { name: "技能人才" }) { edges { node { code } } } }');
    const seeds = await readJson<{ code: string; name: string; nameEn: string }[]>(REAL_SEEDS_DIR, 'data/indicators.json');
    expect(indicators.indicators.edges.map((e) => e.node.code)).toEqual(seeds.filter((i) => i.name.includes('技能人才')).map((i) => i.code));
    const english = await data<{ indicators: { edges: { node: { code: string } }[] } }>('{ indicators(filter: { name: "UNEMPLOYMENT" }) { edges { node { code } } } }');
    expect(english.indicators.edges.map((e) => e.node.code)).toEqual(seeds.filter((i) => /unemployment/i.test(i.nameEn)).map((i) => i.code));
    expect(english.indicators.edges.length).toBeGreaterThan(0);
    expect(await data('{ regions(filter: { name: "确山" }) { code } en: regions(filter: { name: "queshan" }) { code } }')).toEqual({ regions: [{ code: '411725' }], en: [{ code: '411725' }] });
  });

  it('starts the city series at the plan\'s 2020 baseline, marked as the plan\'s', async () => {
    const result = await data<{ indicator: { baseline: { value: number }; series: { year: number; value: number | null; isPlanBaseline: boolean; provenance: string | null; isSample: boolean; fact: { id: string } | null; change: number | null }[] } }>(
      '{ indicator(code: "I04") { baseline { value } series { year value isPlanBaseline provenance isSample fact { id } change } } }');
    const [first, second] = result.indicator.series;
    expect(first).toEqual({ year: 2020, value: result.indicator.baseline.value, isPlanBaseline: true, provenance: 'PLAN', isSample: false, fact: { id: 'I04-baseline' }, change: null });
    expect(second).toMatchObject({ year: 2021, isPlanBaseline: false, provenance: 'SAMPLE', isSample: true });
    expect(second!.change).toBeCloseTo(second!.value! - first!.value!, 9);
    expect(result.indicator.series.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    // A county has no plan baseline of its own, and a flow's 2020 value is a five-year total: neither is filled.
    const county = await data<{ indicator: { series: { year: number; value: number | null }[] } }>('{ indicator(code: "I04") { series(region: "411725") { year value } } }');
    expect(county.indicator.series[0]).toEqual({ year: 2020, value: null });
    const flow = await data<{ indicator: { series: { year: number; isPlanBaseline: boolean; value: number | null }[] } }>('{ indicator(code: "I08") { series { year value isPlanBaseline } } }');
    expect(flow.indicator.series[0]).toEqual({ year: 2020, value: null, isPlanBaseline: false });
  });
});

describeEachEngine('progress without monitoring data on %s', (engine) => {
  const api = useTestApi({ engine, includeSample: false });

  it('says in every NO_DATA row that no monitoring data is loaded, and how to load some', async () => {
    const result = await api.execute<{ progress: { status: string; explanation: string }[] }>('{ progress(filter: { regions: ["411700"] }) { status explanation } }');
    expect(result.errors).toBeUndefined();
    const rows = result.data!.progress;
    expect(rows).toHaveLength(17);
    for (const row of rows) {
      expect(row.status).toBe('NO_DATA');
      expect(row.explanation).toMatch(/No monitoring data is loaded: this data version has no REPORTED monitoring file .*SEEDS_SAMPLE=1 loads it/);
    }
  });
});

describeEachEngine('progress with SAMPLE data on %s', (engine) => {
  const api = useTestApi({ engine, includeSample: true });

  it('does not blame missing monitoring data when there is some', async () => {
    const result = await api.execute<{ progress: { status: string; explanation: string }[] }>('{ progress(filter: { regions: ["411700"] }) { status explanation } }');
    const noData = result.data!.progress.filter((r) => r.status === 'NO_DATA');
    expect(noData.length).toBeGreaterThan(0);
    expect(noData.every((r) => !r.explanation.includes('No monitoring data is loaded'))).toBe(true);
  });
});
