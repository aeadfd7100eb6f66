/**
 * The progress arithmetic and status rules, one edge case of the indicator table
 * at a time, without a database. The rows are shaped like the real ones (I04, I08,
 * I11, I12, I02, I13, I14) so each case reads as the table does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AT_RISK_BAND, HOLD_TOLERANCE, ON_TRACK_TOLERANCE, breakdown, buildSeries, cleanSum, computeProgress, cumulativeToDate,
  meetsTarget, paceStatus, printedDecimals, requiredGrowth, tableTreatment, trendStatus,
  type Comparator, type Observation, type ProgressInput, type TableValue,
} from '../resolvers/progress/index.ts';
import { SCHEMA_DIR } from '../schema/type-defs.ts';

const PLAN = { start: 2021, end: 2025 };

const value = (v: number, year: number, comparator: Comparator | null = 'EQ'): TableValue => ({ value: v, parts: null, comparator, text: String(v), year });
const at = (year: number, v: number): Observation => ({ start: year, end: year, value: v });
const series = (first: number, ...values: number[]) => values.map((v, k) => at(first + k, v));

function input(overrides: Partial<ProgressInput<Observation>> & { direction?: 'INCREASE' | 'DECREASE'; periodType?: 'POINT' | 'CUMULATIVE'; additive?: boolean }): ProgressInput<Observation> {
  const { direction = 'INCREASE', periodType = 'POINT', additive = false, ...rest } = overrides;
  return {
    plan: PLAN, indicator: { direction, periodType, additive, unit: '万人' },
    baseline: value(7, 2020), target: value(9, 2025), observations: [], city: null, ...rest,
  };
}

describe('STANDARD (I04 高技能人才总量 7 → 9)', () => {
  it('compares completion with elapsed time', () => {
    const r = computeProgress(input({ observations: series(2021, 7.39, 7.78, 8.16) }));
    expect(r).toMatchObject({ treatment: 'STANDARD', basis: 'CITY_PLAN', latestValue: 8.16, latestYear: 2023, startValue: 7, startYear: 2020, targetValue: 9 });
    expect(r.completionRate).toBeCloseTo((8.16 - 7) / (9 - 7), 12);
    expect(r.elapsedShare).toBe(0.6);
    expect(r.requiredAnnualGrowth).toBeCloseTo((9 / 8.16) ** (1 / 2) - 1, 12);
    expect(r.status).toBe('ON_TRACK');
    expect(r.used.map((o) => o.end)).toEqual([2023]);
    expect(r.explanation).toMatch(/58\.0% of the way from 7 万人 \(2020\) to 9 万人; 60\.0% of the time/);
  });

  it('puts the thresholds exactly where the rules say', () => {
    // elapsed 0.6: ON_TRACK down to 0.55, AT_RISK down to 0.45, then OFF_TRACK.
    const status = (latest: number) => computeProgress(input({ observations: [at(2023, latest)] })).status;
    expect(status(7 + 2 * 0.55)).toBe('ON_TRACK');
    expect(status(7 + 2 * 0.549)).toBe('AT_RISK');
    expect(status(7 + 2 * 0.45)).toBe('AT_RISK');
    expect(status(7 + 2 * 0.449)).toBe('OFF_TRACK');
    expect(paceStatus(0.5, 0.5 + ON_TRACK_TOLERANCE)).toBe('ON_TRACK');
    expect(paceStatus(0.5, 0.5 + AT_RISK_BAND)).toBe('AT_RISK');
    expect(paceStatus(0.5, 0.5 + AT_RISK_BAND + 0.001)).toBe('OFF_TRACK');
  });

  it('is ACHIEVED with a completion rate above 1 once the latest value passes the target', () => {
    const r = computeProgress(input({ observations: [at(2023, 9.5)] }));
    expect(r.status).toBe('ACHIEVED');
    expect(r.completionRate).toBeCloseTo(1.25, 12);
    expect(r.requiredAnnualGrowth).toBeNull();
    expect(r.explanation).toMatch(/met and passed/);
  });

  it('has a negative completion rate when moving away from the target', () => {
    const r = computeProgress(input({ observations: [at(2022, 6.5)] }));
    expect(r.completionRate).toBeCloseTo(-0.25, 12);
    expect(r.status).toBe('OFF_TRACK');
  });

  it('has no required growth without years left or with a non-positive value', () => {
    expect(computeProgress(input({ observations: [at(2025, 8.9)] })).requiredAnnualGrowth).toBeNull();
    expect(requiredGrowth(0, 9, 2023, 2025)).toBeNull();
    expect(requiredGrowth(-1, 9, 2023, 2025)).toBeNull();
    expect(requiredGrowth(8, 9, 2024, 2025)).toBeCloseTo(0.125, 12);
  });

  it('clamps the elapsed share to [0, 1] and reads the period from the plan', () => {
    expect(computeProgress(input({ observations: [at(2030, 8)] })).elapsedShare).toBe(1);
    expect(computeProgress(input({ observations: [at(2019, 8)] })).elapsedShare).toBe(0);
    const longer = computeProgress({ ...input({ observations: [at(2023, 8)] }), plan: { start: 2021, end: 2030 } });
    expect(longer.elapsedShare).toBe(0.3);
  });

  it('says NO_DATA without observations', () => {
    const r = computeProgress(input({}));
    expect(r).toMatchObject({ status: 'NO_DATA', latestValue: null, completionRate: null, elapsedShare: null, requiredAnnualGrowth: null });
  });
});

describe('DECREASE direction', () => {
  const falling = (latest: number, year = 2022) => computeProgress(input({ direction: 'DECREASE', baseline: value(6, 2020), target: value(5, 2025), observations: [at(year, latest)] }));

  it('measures completion downward', () => {
    const r = falling(5.6);
    expect(r.treatment).toBe('STANDARD');
    expect(r.completionRate).toBeCloseTo(0.4, 12);
    expect(r.elapsedShare).toBe(0.4);
    expect(r.status).toBe('ON_TRACK');
    expect(r.requiredAnnualGrowth).toBeCloseTo((5 / 5.6) ** (1 / 3) - 1, 12);
    expect(r.requiredAnnualGrowth!).toBeLessThan(0);
  });

  it('is ACHIEVED at or below the target, not above it', () => {
    expect(falling(5).status).toBe('ACHIEVED');
    expect(falling(4.8).completionRate).toBeCloseTo(1.2, 12);
    expect(falling(6.2).status).toBe('OFF_TRACK');
    expect(meetsTarget(5.01, 5, 'EQ', 'DECREASE')).toBe(false);
  });
});

describe('BOUND (I11 城镇调查失业率 <5.5, DECREASE, no baseline)', () => {
  const bound = (observations: Observation[], baseline: TableValue | null = null) =>
    computeProgress(input({ direction: 'DECREASE', baseline, target: { value: 5.5, parts: null, comparator: 'LT', text: '<5.5', year: 2025 }, observations }));

  it('is ACHIEVED strictly below the bound, without a completion rate', () => {
    const r = bound(series(2021, 5.3, 5.2));
    expect(r).toMatchObject({ treatment: 'BOUND', basis: 'CITY_PLAN', status: 'ACHIEVED', completionRate: null, requiredAnnualGrowth: null });
    expect(bound([at(2023, 5.5)]).status).not.toBe('ACHIEVED');
  });

  it('is AT_RISK when missed but moving toward the bound, OFF_TRACK otherwise', () => {
    expect(bound(series(2022, 6.0, 5.8)).status).toBe('AT_RISK');
    expect(bound(series(2022, 5.6, 5.8)).status).toBe('OFF_TRACK');
    expect(bound([at(2023, 5.8)]).status).toBe('OFF_TRACK');
    expect(bound(series(2022, 6.0, 5.8)).requiredAnnualGrowth).toBeCloseTo((5.5 / 5.8) ** (1 / 2) - 1, 12);
  });

  it('with a baseline is STANDARD, the comparator still deciding ACHIEVED', () => {
    const r = bound([at(2023, 5.6)], value(6, 2020));
    expect(r.treatment).toBe('STANDARD');
    expect(r.completionRate).toBeCloseTo(0.8, 12);
    expect(bound([at(2023, 5.5)], value(6, 2020)).status).not.toBe('ACHIEVED');
    expect(bound([at(2023, 5.49)], value(6, 2020)).status).toBe('ACHIEVED');
  });
});

describe('QUALITATIVE (I12 劳动报酬占比 稳步提高)', () => {
  const qualitative = (observations: Observation[]) => computeProgress(input({ baseline: null, target: { value: null, parts: null, comparator: null, text: '稳步提高', year: 2025 }, observations }));

  it('is ON_TRACK when rising every year, with no completion rate', () => {
    const r = qualitative(series(2021, 40.1, 40.5, 41.0));
    expect(r).toMatchObject({ treatment: 'QUALITATIVE', status: 'ON_TRACK', completionRate: null, requiredAnnualGrowth: null, latestValue: 41, latestYear: 2023 });
    expect(r.used).toHaveLength(3);
  });

  it('is AT_RISK when up overall but not every year, OFF_TRACK when not up', () => {
    expect(qualitative(series(2021, 40.1, 39.9, 41.0)).status).toBe('AT_RISK');
    expect(qualitative(series(2021, 40.1, 40.5, 40.0)).status).toBe('OFF_TRACK');
    expect(qualitative(series(2021, 40.1, 40.1)).status).toBe('OFF_TRACK');
  });

  it('needs two years for a trend and is never ACHIEVED', () => {
    expect(qualitative([at(2023, 41)]).status).toBe('NO_DATA');
    expect(qualitative([]).status).toBe('NO_DATA');
    expect(qualitative(series(2020, 1, 2, 3, 4, 5, 6)).status).toBe('ON_TRACK');
    expect(trendStatus(series(2021, 3, 2), 'DECREASE').status).toBe('ON_TRACK');
  });
});

describe('RATIO (I02 11:33:56 → 15:35:50)', () => {
  const ratio = (observations: Observation[]) => computeProgress(input({
    baseline: { value: null, parts: [11, 33, 56], comparator: 'EQ', text: '11:33:56', year: 2020 },
    target: { value: null, parts: [15, 35, 50], comparator: 'EQ', text: '15:35:50', year: 2025 },
    observations,
  }));

  it('reads progress from the senior share', () => {
    const r = ratio([at(2023, 13)]);
    expect(r).toMatchObject({ treatment: 'RATIO', startValue: 11, targetValue: 15, completionRate: 0.5, elapsedShare: 0.6, status: 'AT_RISK' });
    expect(r.explanation).toMatch(/senior share/);
    expect(ratio([at(2024, 15.2)]).status).toBe('ACHIEVED');
  });

  it('is NO_DATA without observations of it', () => {
    const r = ratio([]);
    expect(r).toMatchObject({ treatment: 'RATIO', status: 'NO_DATA', completionRate: null });
    expect(r.explanation).toMatch(/senior share, 11 → 15/);
  });
});

describe('CUMULATIVE (I08 新增城镇就业人数: 39.99 in 2016–2020, 25 in 2021–2025)', () => {
  const flows = (observations: Observation[], target = 25) => computeProgress(input({
    periodType: 'CUMULATIVE', additive: true,
    baseline: { value: 39.99, parts: null, comparator: 'EQ', text: '39.99', year: 2020 }, target: value(target, 2025), observations,
  }));

  it('sums the flows to date and compares with the five-year target, not with the previous period', () => {
    const r = flows(series(2021, 4.92, 4.94, 4.86));
    expect(r).toMatchObject({ treatment: 'CUMULATIVE', basis: 'CITY_PLAN', latestValue: 14.72, latestYear: 2023, startValue: 0, elapsedShare: 0.6, missingYears: [] });
    expect(r.completionRate).toBeCloseTo(14.72 / 25, 12);
    expect(r.status).toBe('ON_TRACK');
    expect(r.requiredAnnualGrowth).toBeNull();
    expect(r.requiredAnnualAmount).toBeCloseTo((25 - 14.72) / 2, 12);
    expect(r.used).toHaveLength(3);
    // A target below the previous period's total is not a floor: flows are not levels.
    expect(tableTreatment(input({ periodType: 'CUMULATIVE', baseline: value(39.99, 2020), target: value(25, 2025) }))).toBe('CUMULATIVE');
  });

  it('is ACHIEVED once the total reaches the target (float noise of the sum does not matter)', () => {
    const r = flows(series(2021, 0.1, 0.2), 0.3);
    expect(r.latestValue).toBe(0.3);
    expect(r.status).toBe('ACHIEVED');
    expect(flows(series(2021, 6, 6, 6, 6, 6)).completionRate).toBeCloseTo(1.2, 12);
  });

  it('lists missing years instead of guessing them', () => {
    const r = flows([at(2021, 5), at(2023, 5)]);
    expect(r.latestValue).toBe(10);
    expect(r.missingYears).toEqual([2022]);
    expect(r.explanation).toMatch(/no flow for 2022: an underestimate/);
  });

  it('uses a reported total from 2021 and adds the flows after it', () => {
    const total: Observation = { start: 2021, end: 2023, value: 15.1 };
    const r = flows([at(2021, 4.9), total, at(2024, 5.2)]);
    expect(r.latestValue).toBeCloseTo(20.3, 12);
    expect(r.latestYear).toBe(2024);
    expect(r.used).toEqual([total, at(2024, 5.2)]);
    expect(cumulativeToDate([total], PLAN)).toMatchObject({ value: 15.1, year: 2023, missingYears: [] });
    // Flows outside the plan period do not count.
    expect(cumulativeToDate([at(2020, 8), at(2021, 5)], PLAN)).toMatchObject({ value: 5, year: 2021 });
  });

  it('has no required amount once the plan period is over', () => {
    const r = flows(series(2021, 4.92, 4.94, 4.86, 4.98, 4.94));
    expect(r.latestValue).toBe(24.64);
    expect(r.elapsedShare).toBe(1);
    expect(r.requiredAnnualAmount).toBeNull();
    expect(r.status).toBe('ON_TRACK');
  });
});

describe('target equal to baseline (HOLD)', () => {
  const hold = (latest: number) => computeProgress(input({ baseline: value(95, 2020), target: value(95, 2025), observations: [at(2023, latest)] }));

  it('has no completion rate (division by zero) and judges whether the level holds', () => {
    expect(hold(95)).toMatchObject({ treatment: 'HOLD', status: 'ACHIEVED', completionRate: null });
    expect(hold(96)).toMatchObject({ status: 'ACHIEVED', completionRate: null });
    expect(hold(95 * (1 - HOLD_TOLERANCE))).toMatchObject({ status: 'AT_RISK', completionRate: null });
    expect(hold(90)).toMatchObject({ status: 'OFF_TRACK', completionRate: null });
  });
});

describe('FLOOR (I14 企业劳动合同签订率 96 → 95: hold at or above 95)', () => {
  const floor = (latest: number) => computeProgress(input({ baseline: value(96, 2020), target: value(95, 2025), observations: [at(2023, latest)] }));

  it('is ACHIEVED at or above the floor, even below the baseline, with no completion rate', () => {
    expect(floor(95.5)).toMatchObject({ treatment: 'FLOOR', status: 'ACHIEVED', completionRate: null, requiredAnnualGrowth: null });
    expect(floor(97)).toMatchObject({ status: 'ACHIEVED', completionRate: null });
    expect(floor(95)).toMatchObject({ status: 'ACHIEVED' });
  });

  it('is AT_RISK just below the floor and OFF_TRACK further down', () => {
    expect(floor(94.5).status).toBe('AT_RISK');
    expect(floor(90).status).toBe('OFF_TRACK');
    expect(floor(90).requiredAnnualGrowth).toBeCloseTo((95 / 90) ** (1 / 2) - 1, 12);
    expect(floor(90).explanation).toMatch(/worse side of the table's baseline 96/);
  });

  it('is a ceiling where lower is better', () => {
    const ceiling = computeProgress(input({ direction: 'DECREASE', baseline: value(4, 2020), target: value(5, 2025), observations: [at(2023, 4.5)] }));
    expect(ceiling).toMatchObject({ treatment: 'FLOOR', status: 'ACHIEVED' });
  });
});

describe('NO_BASELINE (I13 平均受教育年限 11.3; I05 现代学徒制 10%)', () => {
  const noBaseline = (observations: Observation[]) => computeProgress(input({ baseline: null, target: value(11.3, 2025), observations }));

  it('takes the first observation as the start and counts time from its year', () => {
    const r = noBaseline([at(2021, 10.8), at(2023, 11.0)]);
    expect(r).toMatchObject({ treatment: 'NO_BASELINE', basis: 'OBSERVED_START', startValue: 10.8, startYear: 2021, elapsedShare: 0.5 });
    expect(r.completionRate).toBeCloseTo(0.4, 12);
    expect(r.status).toBe('AT_RISK');
  });

  it('needs a second observation unless the target is met', () => {
    expect(noBaseline([at(2022, 10.9)])).toMatchObject({ status: 'NO_DATA', completionRate: null, latestValue: 10.9 });
    expect(noBaseline([at(2022, 11.4)]).status).toBe('ACHIEVED');
  });

  it('holds the level when the first observation already met the target', () => {
    const r = noBaseline([at(2021, 11.5), at(2023, 11.2)]);
    expect(r).toMatchObject({ treatment: 'NO_BASELINE', status: 'AT_RISK', completionRate: null });
  });
});

describe('a county row (targets are city-wide)', () => {
  const city = { observations: series(2021, 7.39, 7.78, 8.16) };

  it('FAIR_SHARE for an additive stock: the city target × the county share in its first year, from its own start', () => {
    const r = computeProgress(input({ additive: true, observations: series(2021, 0.66, 0.69, 0.72), city }));
    const share = 0.66 / 7.39;
    expect(r).toMatchObject({ treatment: 'STANDARD', basis: 'FAIR_SHARE', startValue: 0.66, startYear: 2021, elapsedShare: 0.5 });
    expect(r.share).toBeCloseTo(share, 12);
    expect(r.targetValue).toBeCloseTo(9 * share, 12);
    expect(r.completionRate).toBeCloseTo((0.72 - 0.66) / (9 * share - 0.66), 12);
    expect(r.status).toBe(paceStatus(r.completionRate!, 0.5));
  });

  it('weights back to the city: counties keeping their share complete as much as the city does from the same year', () => {
    const counties = [[3, 3.3], [4.39, 4.86]];
    const cityFrom2021 = (8.16 - 7.39) / (9 - 7.39);
    const weighted = counties.reduce((sum, [first, last]) => {
      const r = computeProgress(input({ additive: true, observations: [at(2021, first!), at(2023, last!)], city }));
      return sum + r.completionRate! * (first! / 7.39);
    }, 0);
    expect(weighted).toBeCloseTo(cityFrom2021, 12);
  });

  it('FAIR_SHARE for an additive flow: the county flow share in the first common year', () => {
    const cityFlows = { observations: series(2021, 4.92, 4.94) };
    const r = computeProgress(input({ periodType: 'CUMULATIVE', additive: true, target: value(25, 2025), observations: series(2021, 0.35, 0.34), city: cityFlows }));
    expect(r).toMatchObject({ treatment: 'CUMULATIVE', basis: 'FAIR_SHARE', latestValue: 0.69, elapsedShare: 0.4 });
    expect(r.targetValue).toBeCloseTo(25 * 0.35 / 4.92, 12);
    expect(r.completionRate).toBeCloseTo(0.69 / (25 * 0.35 / 4.92), 12);
  });

  it('is NO_DATA when the city has no value in the county\'s first year', () => {
    const r = computeProgress(input({ additive: true, observations: [at(2024, 0.8)], city }));
    expect(r).toMatchObject({ basis: 'FAIR_SHARE', status: 'NO_DATA' });
    expect(r.explanation).toMatch(/city has no value for 2024/);
  });

  it('OBSERVED_START for a rate: the county\'s own start toward the city\'s target level', () => {
    const r = computeProgress(input({ baseline: value(26.82, 2020), target: value(50, 2025), observations: [at(2021, 30), at(2023, 40)], city: { observations: [] } }));
    expect(r).toMatchObject({ treatment: 'STANDARD', basis: 'OBSERVED_START', startValue: 30, targetValue: 50, completionRate: 0.5, elapsedShare: 0.5, status: 'ON_TRACK' });
    const above = computeProgress(input({ baseline: value(26.82, 2020), target: value(50, 2025), observations: [at(2021, 55), at(2023, 49.5)], city: { observations: [] } }));
    expect(above).toMatchObject({ treatment: 'FLOOR', status: 'AT_RISK', completionRate: null });
  });

  it('judges a bound and a floor by the city\'s level', () => {
    const bound = computeProgress(input({ direction: 'DECREASE', baseline: null, target: { value: 5.5, parts: null, comparator: 'LT', text: '<5.5', year: 2025 }, observations: [at(2023, 4.9)], city: { observations: [] } }));
    expect(bound).toMatchObject({ treatment: 'BOUND', status: 'ACHIEVED' });
    const floor = computeProgress(input({ baseline: value(96, 2020), target: value(95, 2025), observations: [at(2021, 93), at(2023, 94)], city: { observations: [] } }));
    expect(floor).toMatchObject({ treatment: 'FLOOR', basis: 'OBSERVED_START', status: 'AT_RISK', completionRate: null });
  });
});

describe('series', () => {
  it('has one point per year with changes, rates and (for flows) the running total from the plan start', () => {
    const points = buildSeries([at(2021, 4.92), at(2022, 4.94), at(2024, 4.98)], 2022, 2025, { cumulative: true, planStart: 2021 });
    expect(points.map((p) => p.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(points.map((p) => p.value)).toEqual([4.94, null, 4.98, null]);
    expect(points.map((p) => p.change)).toEqual([0.02, null, null, null]);
    expect(points[0]!.changeRate).toBeCloseTo(0.02 / 4.92, 12);
    expect(points.map((p) => p.runningTotal)).toEqual([9.86, null, 14.84, null]);
  });

  it('has no running total for stocks and no rate after a zero', () => {
    const points = buildSeries([at(2020, 0), at(2021, 2)], 2020, 2021, { cumulative: false, planStart: 2021 });
    expect(points).toMatchObject([{ value: 0, change: null, runningTotal: null }, { value: 2, change: 2, changeRate: null, runningTotal: null }]);
  });
});

describe('breakdown', () => {
  const regions = (values: (number | null)[]) => values.map((v, k) => ({ region: `R${k}`, value: v, valueText: v === null ? null : v.toFixed(2) }));

  it('ranks best first with ties sharing a rank, shares of the city, and a consistent sum', () => {
    const r = breakdown({ direction: 'INCREASE', additive: true, regions: regions([0.5, 1.25, 0.5, 0.75]), city: { value: 3, valueText: '3.00' } });
    expect(r.entries.map((e) => [e.region, e.rank])).toEqual([['R1', 1], ['R3', 2], ['R0', 3], ['R2', 3]]);
    expect(r.entries.reduce((s, e) => s + e.share!, 0)).toBeCloseTo(1, 12);
    expect(r).toMatchObject({ countySum: 3, difference: 0, consistent: true, tolerance: 0.025, missing: [] });
  });

  it('flags a sum that differs by more than the printed rounding allows', () => {
    const r = breakdown({ direction: 'INCREASE', additive: true, regions: regions([1, 1, 1.1]), city: { value: 3, valueText: '3.00' } });
    expect(r).toMatchObject({ consistent: false, difference: -0.1 });
    const rounded = breakdown({ direction: 'INCREASE', additive: true, regions: regions([1.004, 1.004, 1.004]).map((e) => ({ ...e, valueText: '1.00' })), city: { value: 3.01, valueText: '3.01' } });
    expect(rounded.consistent).toBe(true);
  });

  it('ranks lowest first where lower is better, and has no sum or shares for a non-additive indicator', () => {
    const r = breakdown({ direction: 'DECREASE', additive: false, regions: regions([5.1, 4.2, null]), city: { value: 4.8, valueText: '4.8' } });
    expect(r.entries.map((e) => [e.region, e.rank, e.share])).toEqual([['R1', 1, null], ['R0', 2, null], ['R2', null, null]]);
    expect(r).toMatchObject({ countySum: null, consistent: null, difference: null, missing: ['R2'] });
  });

  it('proves nothing from a partial sum', () => {
    const r = breakdown({ direction: 'INCREASE', additive: true, regions: regions([1, null]), city: { value: 3, valueText: '3' } });
    expect(r).toMatchObject({ countySum: 1, consistent: null, difference: null });
  });

  it('reads the printed precision', () => {
    expect([printedDecimals('26.12'), printedDecimals('7'), printedDecimals(' 1.5 ')]).toEqual([2, 0, 1]);
  });
});

describe('helpers', () => {
  it('cleans float noise from sums of decimals', () => {
    expect(cleanSum([0.1, 0.2])).toBe(0.3);
    expect(cleanSum([4.92, 4.94, 4.86, 4.98, 4.94])).toBe(24.64);
  });

  it('applies comparators before direction', () => {
    expect(meetsTarget(5.5, 5.5, 'LT', 'DECREASE')).toBe(false);
    expect(meetsTarget(5.5, 5.5, 'LTE', 'DECREASE')).toBe(true);
    expect(meetsTarget(30, 30, 'GT', 'INCREASE')).toBe(false);
    expect(meetsTarget(30, 30, 'GTE', 'INCREASE')).toBe(true);
    expect(meetsTarget(30, 30, 'APPROX', 'INCREASE')).toBe(true);
    expect(meetsTarget(0.1 + 0.2, 0.3, 'EQ', 'INCREASE')).toBe(true);
  });

  it('classifies every kind of table row', () => {
    const t = (baseline: TableValue | null, target: TableValue | null, direction: 'INCREASE' | 'DECREASE' = 'INCREASE') =>
      tableTreatment({ indicator: { direction, periodType: 'POINT', additive: false, unit: null }, baseline, target });
    expect(t(value(7, 2020), value(9, 2025))).toBe('STANDARD');
    expect(t(value(96, 2020), value(95, 2025))).toBe('FLOOR');
    expect(t(value(95, 2020), value(95, 2025))).toBe('HOLD');
    expect(t(null, value(11.3, 2025))).toBe('NO_BASELINE');
    expect(t(null, value(5.5, 2025, 'LT'), 'DECREASE')).toBe('BOUND');
    expect(t(null, { value: null, parts: null, comparator: null, text: '稳步提高', year: 2025 })).toBe('QUALITATIVE');
    expect(t(null, null)).toBe('QUALITATIVE');
  });
});

describe('the schema states the same constants', () => {
  it('quotes the tolerance, the band and the hold tolerance in the status descriptions', () => {
    const sdl = readFileSync(`${SCHEMA_DIR}/progress.graphql`, 'utf8');
    expect(sdl).toContain(`elapsedShare − ${ON_TRACK_TOLERANCE}`);
    expect(sdl).toContain(`elapsedShare − ${AT_RISK_BAND}`);
    expect(sdl).toContain(`at most ${HOLD_TOLERANCE * 100}%`);
  });
});
