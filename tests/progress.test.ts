/**
 * Progress, series and county breakdowns through real GraphQL operations on both
 * engines, with the SAMPLE monitoring data loaded. Expected numbers are computed
 * here from the committed CSV and the table facts, so the assertions say what the
 * rules mean rather than repeating outputs; the rules' edge cases are unit-tested
 * in progress-math.test.ts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { graphql } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSeedsFromDirectory } from '../dataset/seeds-directory.ts';
import { createExecutableSchema } from '../functions/graphql/apollo-server.ts';
import { createLoaders } from '../resolvers/loaders.ts';
import { AT_RISK_BAND, ON_TRACK_TOLERANCE } from '../resolvers/progress/index.ts';
import { createDuckDbWarehouse, type Warehouse } from '../warehouse/warehouse.ts';
import { describeEachEngine, engineUnavailable, startTestApi, type Engine, type GraphQLResult, type TestApi } from './helpers/graphql.ts';
import { copySeeds, REAL_SEEDS_DIR, rehashManifest } from './helpers/seeds.ts';

const SAMPLE_KEY = 'observations/sample/county-indicators.csv';
const CITY = '411700';

/* What the seeds say, read without the API ------------------------------------------------------------------ */

interface TableFact { value: number | null; valueParts: number[] | null; valueText: string; comparator: string | null; periodEnd: number }
interface IndicatorSeed { code: string; direction: 'INCREASE' | 'DECREASE'; periodType: string; additive: boolean }

const readSeed = async <T>(key: string): Promise<T> => JSON.parse(await readFile(path.join(REAL_SEEDS_DIR, key), 'utf8')) as T;
const plan = await readSeed<{ periodStart: number; periodEnd: number }>('data/plan.json');
const indicators = await readSeed<IndicatorSeed[]>('data/indicators.json');
const facts = new Map((await readSeed<(TableFact & { id: string })[]>('data/facts.json')).map((f) => [f.id, f]));
const csvText = await readFile(path.join(REAL_SEEDS_DIR, SAMPLE_KEY), 'utf8');
/** indicator → region → year → value, from the committed SAMPLE file. */
const sample = new Map<string, Map<string, Map<number, number>>>();
for (const line of csvText.split('\n').slice(1).filter((l) => l !== '')) {
  const [indicator, region, period, value] = line.split(',') as [string, string, string, string];
  const byRegion = sample.get(indicator) ?? new Map<string, Map<number, number>>();
  sample.set(indicator, byRegion);
  const byYear = byRegion.get(region) ?? new Map<number, number>();
  byRegion.set(region, byYear);
  byYear.set(Number(period), Number(value));
}
const BASE_YEAR = plan.periodStart - 1;
const values = (indicator: string, region: string) => sample.get(indicator)?.get(region) ?? new Map<number, number>();
const counties = [...(sample.get('I04')?.keys() ?? [])].filter((r) => r !== CITY);

/** The rules of schema/progress.graphql for a city row, restated for the SAMPLE data (no bound, floor or trend has observations). */
function expectedCityRow(code: string, asOf: number) {
  const indicator = indicators.find((i) => i.code === code)!;
  const baseline = facts.get(`${code}-baseline`)?.value ?? null;
  const target = facts.get(`${code}-target`)?.value ?? null;
  const years = [...values(code, CITY).entries()].filter(([y]) => y >= BASE_YEAR && y <= asOf).sort(([a], [b]) => a - b);
  if (years.length === 0 || target === null) return { status: 'NO_DATA', completionRate: null, latestValue: null, latestYear: null, elapsedShare: null };
  const cumulative = indicator.periodType === 'CUMULATIVE';
  const latestYear = years.at(-1)![0];
  const latestValue = cumulative ? years.filter(([y]) => y >= plan.periodStart).reduce((s, [, v]) => s + v, 0) : years.at(-1)![1];
  const completionRate = cumulative ? latestValue / target : (latestValue - baseline!) / (target - baseline!);
  const elapsedShare = Math.min(1, Math.max(0, (latestYear - BASE_YEAR) / (plan.periodEnd - BASE_YEAR)));
  const status = latestValue >= target - 1e-9 ? 'ACHIEVED'
    : completionRate >= elapsedShare - ON_TRACK_TOLERANCE ? 'ON_TRACK'
      : completionRate >= elapsedShare - AT_RISK_BAND ? 'AT_RISK' : 'OFF_TRACK';
  const yearsLeft = plan.periodEnd - latestYear;
  return {
    status, completionRate, latestValue, latestYear, elapsedShare,
    requiredAnnualGrowth: status === 'ACHIEVED' || cumulative || yearsLeft <= 0 ? null : (target / latestValue) ** (1 / yearsLeft) - 1,
    requiredAnnualAmount: cumulative && status !== 'ACHIEVED' && yearsLeft > 0 ? (target - latestValue) / yearsLeft : null,
  };
}

/** The rule each table row calls for (schema/progress.graphql, ProgressTreatment). */
const TREATMENTS: Record<string, string> = {
  I01: 'STANDARD', I02: 'RATIO', I03: 'STANDARD', I04: 'STANDARD', I05: 'NO_BASELINE', I06: 'STANDARD', I07: 'STANDARD',
  I08: 'CUMULATIVE', I09: 'CUMULATIVE', I10: 'CUMULATIVE', I11: 'BOUND', I12: 'QUALITATIVE', I13: 'NO_BASELINE',
  I14: 'FLOOR', I15: 'FLOOR', I16: 'FLOOR', I17: 'FLOOR',
};

/* The API ------------------------------------------------------------------------------------------------------ */

interface Row {
  indicator: { code: string };
  region: { code: string };
  baseline: { id: string } | null;
  target: { id: string; valueText: string } | null;
  latest: { id: string; value: number; periodStart: number; periodEnd: number; periodType: string; isSample: boolean } | null;
  observations: { id: string }[];
  latestValue: number | null;
  latestYear: number | null;
  treatment: string;
  basis: string;
  status: string;
  startValue: number | null;
  startYear: number | null;
  targetValue: number | null;
  share: number | null;
  completionRate: number | null;
  elapsedShare: number | null;
  requiredAnnualGrowth: number | null;
  requiredAnnualAmount: number | null;
  missingYears: number[];
  provenance: string | null;
  isSample: boolean;
  explanation: string;
}

const ROW_FIELDS = `indicator { code } region { code } baseline { id } target { id valueText }
  latest { id value periodStart periodEnd periodType isSample } observations { id } latestValue latestYear
  treatment basis status startValue startYear targetValue share completionRate elapsedShare requiredAnnualGrowth requiredAnnualAmount
  missingYears provenance isSample explanation`;

const ANALYST = `query($asOf: Int) { progress(filter: { asOf: $asOf }) { ${ROW_FIELDS} } }`;
const SERIES = `{ indicator(code: "I04") { series(region: "411725") { year value change changeRate runningTotal isSample fact { id } } }
  flows: indicator(code: "I08") { series(from: 2021, to: 2025) { year value change runningTotal } } }`;
const BREAKDOWN = `query($code: ID!, $year: Int!) { indicator(code: $code) { breakdown(year: $year) {
  year additive cityValue cityFact { id } countySum consistent difference tolerance isSample missingRegions { code }
  entries { rank region { code level } value share fact { id } } } } }`;
const N_PLUS_ONE = '{ progress { indicator { code } region { code } baseline { value } target { value } latest { value } } }';

/** Results of the same operations on each engine, compared at the end. */
const answers = new Map<Engine, unknown[]>();

let api: TestApi;
let withoutSample: TestApi;

async function data<T>(query: string, variables?: Record<string, unknown>, on: TestApi = api): Promise<T> {
  const result = await on.execute<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describeEachEngine('on %s', (engine) => {
  beforeAll(async () => {
    if (engineUnavailable(engine)) return;
    [api, withoutSample] = await Promise.all([startTestApi({ engine, includeSample: true }), startTestApi({ engine, includeSample: false })]);
    answers.set(engine, []);
  });
  afterAll(async () => {
    await Promise.all([api?.close(), withoutSample?.close()]);
  });

  const keep = (value: unknown) => answers.get(engine)!.push(value);

  describe('the analyst question: where does each of the 17 targets stand?', () => {
    it.each([[undefined], [2023]])('answers for every table row by its own rule (asOf %s)', async (asOf) => {
      const { progress } = await data<{ progress: Row[] }>(ANALYST, { asOf });
      keep(progress);
      const city = progress.filter((r) => r.region.code === CITY);
      expect(city.map((r) => r.indicator.code)).toEqual(indicators.map((i) => i.code));
      for (const row of city) {
        const code = row.indicator.code;
        const expected = expectedCityRow(code, asOf ?? plan.periodEnd);
        expect(row.treatment, code).toBe(TREATMENTS[code]);
        expect(row.status, `${code}: ${row.explanation}`).toBe(expected.status);
        expect(row.latestYear, code).toBe(expected.latestYear);
        if (expected.latestValue === null) {
          expect(row, code).toMatchObject({ latest: null, latestValue: null, completionRate: null, observations: [], provenance: null, isSample: false });
          continue;
        }
        expect(row.latestValue!, code).toBeCloseTo(expected.latestValue, 9);
        expect(row.completionRate!, code).toBeCloseTo(expected.completionRate!, 9);
        expect(row.elapsedShare!, code).toBeCloseTo(expected.elapsedShare!, 12);
        if (expected.requiredAnnualGrowth == null) expect(row.requiredAnnualGrowth, code).toBeNull();
        else expect(row.requiredAnnualGrowth!, code).toBeCloseTo(expected.requiredAnnualGrowth, 12);
        if (expected.requiredAnnualAmount != null) expect(row.requiredAnnualAmount!, code).toBeCloseTo(expected.requiredAnnualAmount, 9);
        else expect(row.requiredAnnualAmount, code).toBeNull();
        expect(row, code).toMatchObject({ basis: 'CITY_PLAN', provenance: 'SAMPLE', isSample: true, baseline: { id: `${code}-baseline` }, target: { id: `${code}-target` } });
      }
    });

    it('keeps the table\'s quirks visible: the ratio, the bound, the qualitative target, no baseline, floors', async () => {
      const { progress } = await data<{ progress: Row[] }>(`{ progress(filter: { indicators: ["I02", "I05", "I11", "I12", "I14", "I16"], regions: ["${CITY}"] }) { ${ROW_FIELDS} } }`);
      const byCode = new Map(progress.map((r) => [r.indicator.code, r]));
      // The monitoring load refuses ratio rows, so the senior share is never observed.
      expect(byCode.get('I02')).toMatchObject({ treatment: 'RATIO', status: 'NO_DATA', completionRate: null, target: { valueText: '15:35:50' } });
      expect(byCode.get('I02')!.explanation).toMatch(/senior share, 11 → 15/);
      expect(byCode.get('I05')).toMatchObject({ treatment: 'NO_BASELINE', basis: 'OBSERVED_START', baseline: null, status: 'NO_DATA' });
      expect(byCode.get('I11')).toMatchObject({ treatment: 'BOUND', baseline: null, target: { valueText: '<5.5' }, completionRate: null });
      expect(byCode.get('I12')).toMatchObject({ treatment: 'QUALITATIVE', target: { valueText: '稳步提高' }, completionRate: null });
      for (const code of ['I14', 'I16']) expect(byCode.get(code)).toMatchObject({ treatment: 'FLOOR', status: 'NO_DATA', completionRate: null });
    });

    it('sums a flow\'s annual observations into a total to date, exposing what it summed', async () => {
      const { progress } = await data<{ progress: Row[] }>(`{ progress(filter: { indicators: ["I08"], regions: ["${CITY}"], asOf: 2023 }) { ${ROW_FIELDS} } }`);
      const row = progress[0]!;
      const flows = [2021, 2022, 2023].map((y) => values('I08', CITY).get(y)!);
      expect(row.latest).toMatchObject({ id: `o:SAMPLE:I08:${CITY}:2021-2023:sum`, periodStart: 2021, periodEnd: 2023, periodType: 'CUMULATIVE', isSample: true });
      expect(row.latest!.value).toBeCloseTo(flows.reduce((a, b) => a + b, 0), 9);
      expect(row.observations.map((o) => o.id)).toEqual([2021, 2022, 2023].map((y) => `o:SAMPLE:I08:${CITY}:${y}`));
      expect(row.missingYears).toEqual([]);
      expect(row.startValue).toBe(0);
    });

    it('measures a county against its fair share of the city target (additive) and says so', async () => {
      const { progress } = await data<{ progress: Row[] }>('{ progress(filter: { indicators: ["I04", "I08"], asOf: 2023 }) { ' + ROW_FIELDS + ' } }');
      const rows = progress.filter((r) => r.region.code !== CITY);
      expect(rows.map((r) => r.region.code)).toEqual([...counties, ...counties]);
      const i04Target = facts.get('I04-target')!.value!;
      for (const row of rows.filter((r) => r.indicator.code === 'I04')) {
        const own = values('I04', row.region.code);
        const share = own.get(2021)! / values('I04', CITY).get(2021)!;
        const goal = i04Target * share;
        const completion = (own.get(2023)! - own.get(2021)!) / (goal - own.get(2021)!);
        const elapsed = (2023 - 2021) / (plan.periodEnd - 2021);
        expect(row).toMatchObject({ basis: 'FAIR_SHARE', treatment: 'STANDARD', startYear: 2021, startValue: own.get(2021) });
        expect(row.share!).toBeCloseTo(share, 12);
        expect(row.targetValue!).toBeCloseTo(goal, 12);
        expect(row.completionRate!).toBeCloseTo(completion, 12);
        expect(row.elapsedShare).toBeCloseTo(elapsed, 12);
        const status = own.get(2023)! >= goal ? 'ACHIEVED' : completion >= elapsed - ON_TRACK_TOLERANCE ? 'ON_TRACK' : completion >= elapsed - AT_RISK_BAND ? 'AT_RISK' : 'OFF_TRACK';
        expect(row.status, `${row.region.code}: ${row.explanation}`).toBe(status);
        expect(row.explanation).toMatch(/Fair share/);
      }
      for (const row of rows.filter((r) => r.indicator.code === 'I08')) {
        const own = values('I08', row.region.code);
        const goal = facts.get('I08-target')!.value! * own.get(2021)! / values('I08', CITY).get(2021)!;
        expect(row).toMatchObject({ basis: 'FAIR_SHARE', treatment: 'CUMULATIVE' });
        expect(row.completionRate!).toBeCloseTo((own.get(2021)! + own.get(2022)! + own.get(2023)!) / goal, 9);
      }
    });

    it('filters by status, category and region, and answers Indicator.progress for one region', async () => {
      const all = await data<{ progress: Row[] }>(`{ progress { ${ROW_FIELDS} } }`);
      const { offTrack } = await data<{ offTrack: Row[] }>(`{ offTrack: progress(filter: { statuses: [OFF_TRACK, AT_RISK] }) { ${ROW_FIELDS} } }`);
      expect(offTrack).toEqual(all.progress.filter((r) => r.status === 'OFF_TRACK' || r.status === 'AT_RISK'));
      const { employment } = await data<{ employment: Row[] }>(`{ employment: progress(filter: { category: EMPLOYMENT, regions: ["411725"] }) { indicator { code } region { code } status } }`);
      expect(employment.map((r) => r.indicator.code)).toEqual(['I08', 'I09', 'I10', 'I11', 'I12', 'I13']);
      expect(employment.filter((r) => r.status === 'NO_DATA').map((r) => r.indicator.code)).toEqual(['I11', 'I12', 'I13']);
      const { indicator } = await data<{ indicator: { city: Row; county: Row; none: null } }>(
        `{ indicator(code: "I04") { city: progress { ${ROW_FIELDS} } county: progress(region: "411725") { ${ROW_FIELDS} } none: progress(region: "000000") { status } } }`);
      expect(indicator.city).toEqual(all.progress.find((r) => r.indicator.code === 'I04' && r.region.code === CITY));
      expect(indicator.county).toEqual(all.progress.find((r) => r.indicator.code === 'I04' && r.region.code === '411725'));
      expect(indicator.none).toBeNull();
      keep(indicator);
    });

    it('has no data with the wrong provenance, and refuses PLAN', async () => {
      const { progress } = await data<{ progress: Row[] }>('{ progress(filter: { provenance: REPORTED }) { status region { code } } }');
      expect(progress).toHaveLength(17);
      expect(new Set(progress.map((r) => r.status))).toEqual(new Set(['NO_DATA']));
      const result = await api.execute('{ progress(filter: { provenance: PLAN }) { status } }');
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.provenance' });
    });
  });

  describe('series', () => {
    it('gives one point per year with year-on-year changes, and a running total for a flow', async () => {
      const result = await data<{ indicator: { series: { year: number; value: number | null; change: number | null; changeRate: number | null; runningTotal: number | null; isSample: boolean; fact: { id: string } | null }[] }; flows: { series: { year: number; value: number; change: number | null; runningTotal: number }[] } }>(SERIES);
      keep(result);
      const own = values('I04', '411725');
      const points = result.indicator.series;
      expect(points.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
      expect(points[0]).toMatchObject({ value: null, change: null, changeRate: null, fact: null, isSample: false });
      for (const p of points.slice(1)) {
        expect(p.value).toBe(own.get(p.year));
        expect(p.fact).toEqual({ id: `o:SAMPLE:I04:411725:${p.year}` });
        expect(p.runningTotal).toBeNull();
        const previous = own.get(p.year - 1);
        if (previous === undefined) {
          expect(p.change).toBeNull();
        } else {
          expect(p.change!).toBeCloseTo(own.get(p.year)! - previous, 12);
          expect(p.changeRate!).toBeCloseTo((own.get(p.year)! - previous) / previous, 12);
        }
      }
      let running = 0;
      for (const p of result.flows.series) {
        running += values('I08', CITY).get(p.year)!;
        expect(p.runningTotal).toBeCloseTo(running, 9);
      }
    });

    it.each([
      ['from: 2025, to: 2021', 'from', /after to/],
      ['from: 1900', 'from', /1949 to 2100/],
      ['to: 2101', 'to', /1949 to 2100/],
      ['region: "000000"', 'region', /unknown region/],
      ['provenance: PLAN', 'provenance', /REPORTED or SAMPLE/],
    ])('rejects %s as BAD_USER_INPUT naming the argument', async (args, argument, message) => {
      const result = await api.execute(`{ indicator(code: "I04") { series(${args}) { year } } }`);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
      expect(result.errors![0]!.message).toMatch(message);
    });
  });

  it('names unknown region codes quoted, so an empty one shows', async () => {
    const result = await api.execute('{ progress(filter: { regions: ["", "411799"] }) { status } }');
    expect(result.errors![0]!.message).toBe('Invalid argument "filter.regions": unknown region code(s): "", "411799"; the regions query lists the codes, e.g. "411700" (the city) or "411725"');
  });

  describe('county breakdown', () => {
    it('ranks the counties for I04 in 2023, with shares summing to 1 and a consistent city total', async () => {
      const { indicator } = await data<{ indicator: { breakdown: { additive: boolean; cityValue: number; countySum: number; consistent: boolean; difference: number; isSample: boolean; missingRegions: unknown[]; entries: { rank: number; region: { code: string; level: string }; value: number; share: number; fact: { id: string } }[] } } }>(BREAKDOWN, { code: 'I04', year: 2023 });
      keep(indicator);
      const b = indicator.breakdown;
      const expected = counties.map((code) => ({ code, value: values('I04', code).get(2023)! })).sort((x, y) => y.value - x.value);
      expect(b.entries.map((e) => e.region.code)).toEqual(expected.map((e) => e.code));
      expect(b.entries.map((e) => e.value)).toEqual(expected.map((e) => e.value));
      expect(b.entries.every((e, k) => e.rank <= k + 1 && (k === 0 || e.rank >= b.entries[k - 1]!.rank))).toBe(true);
      expect(new Set(b.entries.map((e) => e.region.level))).toEqual(new Set(['DISTRICT', 'COUNTY']));
      expect(Math.abs(b.entries.reduce((s, e) => s + e.share, 0) - 1)).toBeLessThanOrEqual(1e-9);
      expect(b.cityValue).toBe(values('I04', CITY).get(2023));
      expect(b.countySum).toBeCloseTo(expected.reduce((s, e) => s + e.value, 0), 9);
      expect(b).toMatchObject({ additive: true, consistent: true, isSample: true, missingRegions: [] });
      expect(Math.abs(b.difference)).toBeLessThanOrEqual(1e-9);
    });

    it('has no sum or consistency for a non-additive indicator, and lists divisions without data', async () => {
      const { indicator } = await data<{ indicator: { breakdown: { additive: boolean; countySum: null; consistent: null; cityValue: null; missingRegions: unknown[]; entries: { rank: null; share: null }[] } } }>(BREAKDOWN, { code: 'I11', year: 2023 });
      expect(indicator.breakdown).toMatchObject({ additive: false, countySum: null, consistent: null, cityValue: null });
      expect(indicator.breakdown.missingRegions).toHaveLength(counties.length);
      expect(indicator.breakdown.entries.every((e) => e.rank === null && e.share === null)).toBe(true);
    });

    it('rejects a year outside 1949–2100', async () => {
      const result = await api.execute('{ indicator(code: "I04") { breakdown(year: 3000) { year } } }');
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'year' });
    });
  });

  describe('statements per request', () => {
    it('stay a small constant that does not grow with the regions that have observations', async () => {
      const counts: number[] = [];
      for (const on of [withoutSample, api]) {
        // The version's plan catalog is read once, by its first request; what is counted is the steady state.
        await data(N_PLUS_ONE, undefined, on);
        on.statements.length = 0;
        const { progress } = await data<{ progress: unknown[] }>(N_PLUS_ONE, undefined, on);
        counts.push(on.statements.length);
        expect(progress.length).toBe(on === api ? 17 + 10 * sample.size : 17);
      }
      expect(counts[1]).toBe(counts[0]);
      expect(counts[1]).toBeLessThanOrEqual(5);
    });

    it.each([
      ['Indicator.progress', 'progress { status latest { value } region { code } observations { id } }'],
      ['Indicator.series and Indicator.breakdown', 'series(region: "411725") { value fact { id } } breakdown(year: 2023) { consistent cityFact { id } entries { region { code } fact { id } } }'],
    ])('batch %s: one indicator or all 17 cost the same statements', async (_name, fields) => {
      const counts: number[] = [];
      for (const first of [1, 17]) {
        api.statements.length = 0;
        const { indicators: page } = await data<{ indicators: { edges: unknown[] } }>(`query($first: Int) { indicators(first: $first) { edges { node { ${fields} } } } }`, { first });
        expect(page.edges).toHaveLength(first);
        counts.push(api.statements.length);
      }
      expect(counts[1]).toBe(counts[0]);
      // The page and its count, then the plan frame, the observations and the regions: a handful, whatever the rows.
      expect(counts[1]).toBeLessThanOrEqual(8);
    });
  });
});

describe.skipIf(engineUnavailable('postgres'))('DuckDB and PostgreSQL', () => {
  it('answer every operation above identically', () => {
    expect(answers.get('duckdb')!.length).toBeGreaterThan(0);
    expect(answers.get('postgres')).toEqual(answers.get('duckdb'));
  });
});

describe('a county value that does not add up', () => {
  let copy: Awaited<ReturnType<typeof copySeeds>>;
  let warehouse: Warehouse | undefined;
  beforeEach(async () => {
    copy = await copySeeds();
  });
  afterEach(async () => {
    await warehouse?.close();
    await copy.remove();
  });

  it('is shown as consistent: false with the difference', async () => {
    const file = path.join(copy.dir, SAMPLE_KEY);
    const original = values('I04', '411725').get(2023)!;
    const changed = Number((original + 0.5).toFixed(2));
    const lines = (await readFile(file, 'utf8')).split('\n');
    const at = lines.findIndex((l) => l.startsWith('I04,411725,2023,'));
    lines[at] = `I04,411725,2023,${changed},万人`;
    await writeFile(file, lines.join('\n'));
    await rehashManifest(copy.dir);
    warehouse = await createDuckDbWarehouse(await loadSeedsFromDirectory(copy.dir), { origin: copy.dir });
    const result = await graphql({
      schema: createExecutableSchema(), source: BREAKDOWN, variableValues: { code: 'I04', year: 2023 },
      contextValue: { warehouse, loaders: createLoaders(warehouse.db), requestId: 'progress-test' },
    }) as GraphQLResult<{ indicator: { breakdown: { consistent: boolean; difference: number; tolerance: number; cityValue: number; countySum: number; entries: { region: { code: string }; value: number }[] } } }>;
    expect(result.errors).toBeUndefined();
    const b = result.data!.indicator.breakdown;
    expect(b.entries.find((e) => e.region.code === '411725')!.value).toBe(changed);
    expect(b.consistent).toBe(false);
    expect(b.difference).toBeCloseTo(original - changed, 9);
    expect(b.difference).toBeCloseTo(b.cityValue - b.countySum, 9);
    expect(Math.abs(b.difference)).toBeGreaterThan(b.tolerance);
  });
});
