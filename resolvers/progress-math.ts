/**
 * Progress toward the plan's targets: every number and every status rule, with no
 * database and no GraphQL, so each edge case of the indicator table is unit-tested
 * on its own (tests/progress-math.test.ts). The SDL (schema/progress.graphql)
 * states the same rules for analysts; the constants below are quoted there.
 */

export type Direction = 'INCREASE' | 'DECREASE';
export type Comparator = 'EQ' | 'GT' | 'GTE' | 'LT' | 'LTE' | 'APPROX';
export type ProgressStatus = 'ACHIEVED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';
export type ProgressTreatment = 'STANDARD' | 'CUMULATIVE' | 'BOUND' | 'RATIO' | 'QUALITATIVE' | 'FLOOR' | 'HOLD' | 'NO_BASELINE';
export type ProgressBasis = 'CITY_PLAN' | 'OBSERVED_START' | 'FAIR_SHARE';

/** ON_TRACK while the completion rate is at least the elapsed share minus this. */
export const ON_TRACK_TOLERANCE = 0.05;
/** AT_RISK while the completion rate is at least the elapsed share minus this (and not ON_TRACK). */
export const AT_RISK_BAND = 0.15;
/** A level to hold (floor, or target equal to the baseline) missed by at most this fraction of the target is AT_RISK. */
export const HOLD_TOLERANCE = 0.02;

/** A year (or a range of years) and its observed value. */
export interface Observation {
  start: number;
  end: number;
  value: number;
}

export interface PlanPeriod {
  /** First year of the plan (2021); the base year is the one before. */
  start: number;
  /** Last year of the plan (2025), the year targets are set for. */
  end: number;
}

export interface TableValue {
  value: number | null;
  /** A ratio's parts (15:35:50), else null. */
  parts: readonly number[] | null;
  comparator: Comparator | null;
  /** The value as printed ("<5.5", "稳步提高"). */
  text: string;
  /** Last year the value covers (the baseline's 2020). */
  year: number;
}

export interface ProgressInput<O extends Observation> {
  plan: PlanPeriod;
  indicator: { direction: Direction; periodType: 'POINT' | 'CUMULATIVE'; additive: boolean; unit: string | null };
  baseline: TableValue | null;
  target: TableValue | null;
  /** This region's observations inside [base year, cut-off], of one provenance. */
  observations: readonly O[];
  /** Null for the city's own row; for any other region, the city's observations (fair shares of additive indicators). */
  city: { observations: readonly O[] } | null;
}

export interface ProgressResult<O extends Observation> {
  treatment: ProgressTreatment;
  basis: ProgressBasis;
  status: ProgressStatus;
  latestValue: number | null;
  latestYear: number | null;
  /** What the latest value rests on: the latest observation, the flows summed, or the trend. */
  used: O[];
  /** The start progress is measured from (table baseline, or the region's own first observation); 0 for flows. */
  startValue: number | null;
  startYear: number | null;
  /** The target progress is measured against (the table's, or a county's fair share of it). */
  targetValue: number | null;
  /** A county's share of the city in the reference year (FAIR_SHARE), else null. */
  share: number | null;
  completionRate: number | null;
  elapsedShare: number | null;
  requiredAnnualGrowth: number | null;
  requiredAnnualAmount: number | null;
  /** Plan years before the latest year that a cumulative total has no flow for. */
  missingYears: number[];
  explanation: string;
}

const BOUNDS: readonly Comparator[] = ['GT', 'GTE', 'LT', 'LTE'];

/** Rounds away binary noise of sums of decimal inputs (4.92 + 4.94 → 9.86, not 9.860000000000001). */
export function cleanSum(values: readonly number[]): number {
  return Number(values.reduce((a, b) => a + b, 0).toPrecision(12));
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Numbers in explanations: six significant digits, no float noise. */
export function formatNumber(x: number): string {
  return String(Number(x.toPrecision(6)));
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Whether a value meets a target, respecting the comparator (which wins) or else the direction; ε absorbs float noise only. */
export function meetsTarget(value: number, target: number, comparator: Comparator | null, direction: Direction): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(target));
  switch (comparator) {
    case 'GT': return value - target > eps;
    case 'GTE': return value >= target - eps;
    case 'LT': return target - value > eps;
    case 'LTE': return value <= target + eps;
    case 'EQ': case 'APPROX': case null:
      return direction === 'INCREASE' ? value >= target - eps : value <= target + eps;
  }
}

/** Which way is better for a bound: below a "<" bound, above a ">" bound. */
function boundSign(comparator: Comparator | null, direction: Direction): 1 | -1 {
  if (comparator === 'LT' || comparator === 'LTE') return -1;
  if (comparator === 'GT' || comparator === 'GTE') return 1;
  return direction === 'INCREASE' ? 1 : -1;
}

const numberOf = (v: TableValue | null, ratio: boolean): number | null => (v === null ? null : ratio ? (v.parts?.[0] ?? null) : v.value);

/** The rule the table itself calls for, before any region is looked at. */
export function tableTreatment(input: Pick<ProgressInput<Observation>, 'indicator' | 'baseline' | 'target'>): ProgressTreatment {
  const { target, baseline, indicator } = input;
  if (target === null || (target.value === null && target.parts === null)) return 'QUALITATIVE';
  if (target.parts !== null) return 'RATIO';
  if (indicator.periodType === 'CUMULATIVE') return 'CUMULATIVE';
  if (baseline?.value == null) return target.comparator !== null && BOUNDS.includes(target.comparator) ? 'BOUND' : 'NO_BASELINE';
  return gapTreatment(baseline.value, target.value!, indicator.direction);
}

/** STANDARD when the target lies on the better side of the start, HOLD when equal, FLOOR when on the worse side. */
function gapTreatment(start: number, target: number, direction: Direction): 'STANDARD' | 'HOLD' | 'FLOOR' {
  const gap = (target - start) * (direction === 'INCREASE' ? 1 : -1);
  return gap > 0 ? 'STANDARD' : gap === 0 ? 'HOLD' : 'FLOOR';
}

interface Latest<O> {
  value: number;
  year: number;
  used: O[];
  missingYears: number[];
}

const byEnd = <O extends Observation>(a: O, b: O) => a.end - b.end || a.start - b.start;

/** Single-year observations in year order (one per year; the load rejects duplicates). */
function yearly<O extends Observation>(observations: readonly O[]): O[] {
  return observations.filter((o) => o.start === o.end).sort(byEnd);
}

/**
 * The total to date of a five-year flow: the annual flows of the plan years up to
 * the latest one, or a reported total from the plan's first year (2021–2023) plus
 * the annual flows after it. Years without a flow are listed, not guessed.
 */
export function cumulativeToDate<O extends Observation>(observations: readonly O[], plan: PlanPeriod): Latest<O> | null {
  const annual = yearly(observations).filter((o) => o.start >= plan.start && o.end <= plan.end);
  const totals = observations.filter((o) => o.start === plan.start && o.end > o.start && o.end <= plan.end).sort(byEnd);
  const total = totals.at(-1);
  const flows = total ? annual.filter((o) => o.end > total.end) : annual;
  if (!total && flows.length === 0) return null;
  const used = [...(total ? [total] : []), ...flows];
  const year = used.at(-1)!.end;
  const covered = new Set(flows.map((o) => o.end));
  const missingYears: number[] = [];
  for (let y = total ? total.end + 1 : plan.start; y <= year; y += 1) if (!covered.has(y)) missingYears.push(y);
  return { value: cleanSum(used.map((o) => o.value)), year, used, missingYears };
}

function latestPoint<O extends Observation>(observations: readonly O[]): Latest<O> | null {
  const last = yearly(observations).at(-1);
  return last ? { value: last.value, year: last.end, used: [last], missingYears: [] } : null;
}

/** A stand-in start: the region's first observation of the window. */
function firstPoint<O extends Observation>(observations: readonly O[]): O | null {
  return yearly(observations)[0] ?? null;
}

function elapsed(latestYear: number, fromYear: number, plan: PlanPeriod): number {
  const span = plan.end - fromYear;
  return span <= 0 ? 1 : clamp01((latestYear - fromYear) / span);
}

/** (target / latest)^(1 / years left) − 1, or null where it says nothing (no years left, a non-positive value). */
export function requiredGrowth(latest: number, target: number, latestYear: number, planEnd: number): number | null {
  const years = planEnd - latestYear;
  if (years <= 0 || latest <= 0 || target <= 0) return null;
  return (target / latest) ** (1 / years) - 1;
}

/** Status from completion against elapsed time: the rule of every treatment with a completion rate. */
export function paceStatus(completionRate: number, elapsedShare: number): 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' {
  // A hair of float noise must not flip a status exactly at a threshold.
  const lead = completionRate - elapsedShare + 1e-12;
  if (lead >= -ON_TRACK_TOLERANCE) return 'ON_TRACK';
  if (lead >= -AT_RISK_BAND) return 'AT_RISK';
  return 'OFF_TRACK';
}

/** A level to hold that is missed: AT_RISK within HOLD_TOLERANCE of the target, else OFF_TRACK. */
export function holdStatus(latest: number, target: number): 'AT_RISK' | 'OFF_TRACK' {
  const shortfall = Math.abs(latest - target) / Math.max(Math.abs(target), Number.EPSILON);
  return shortfall <= HOLD_TOLERANCE + 1e-12 ? 'AT_RISK' : 'OFF_TRACK';
}

/** 稳步提高: every year-on-year change in the better direction → ON_TRACK; better overall but not every year → AT_RISK; else OFF_TRACK. */
export function trendStatus(points: readonly Observation[], direction: Direction): { status: ProgressStatus; rises: number; changes: number } {
  const sorted = yearly(points);
  if (sorted.length < 2) return { status: 'NO_DATA', rises: 0, changes: 0 };
  const sign = direction === 'INCREASE' ? 1 : -1;
  let rises = 0;
  for (let k = 1; k < sorted.length; k += 1) if ((sorted[k]!.value - sorted[k - 1]!.value) * sign > 0) rises += 1;
  const changes = sorted.length - 1;
  const overall = (sorted.at(-1)!.value - sorted[0]!.value) * sign;
  return { status: rises === changes ? 'ON_TRACK' : overall > 0 ? 'AT_RISK' : 'OFF_TRACK', rises, changes };
}

function result<O extends Observation>(partial: Partial<ProgressResult<O>> & Pick<ProgressResult<O>, 'treatment' | 'basis' | 'status' | 'explanation'>): ProgressResult<O> {
  return {
    latestValue: null, latestYear: null, used: [], startValue: null, startYear: null, targetValue: null, share: null,
    completionRate: null, elapsedShare: null, requiredAnnualGrowth: null, requiredAnnualAmount: null, missingYears: [], ...partial,
  };
}

/**
 * Progress of one indicator in one region. The city's row measures the table's
 * baseline against its target; another region's row measures the region's own
 * start against the city target (rates, shares) or against its fair share of it
 * (additive indicators: target × the region's share of the city in its first year).
 */
export function computeProgress<O extends Observation>(input: ProgressInput<O>): ProgressResult<O> {
  const { plan, indicator, baseline, target, observations, city } = input;
  const baseYear = plan.start - 1;
  const unit = indicator.unit ?? '';
  const fmt = (x: number) => `${formatNumber(x)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
  const table = tableTreatment(input);
  const ratio = table === 'RATIO';
  const comparator = target?.comparator ?? null;
  const targetNumber = numberOf(target, ratio);
  const baselineNumber = numberOf(baseline, ratio);
  const regional = city !== null;
  const where = regional ? 'this region' : 'the city';

  if (table === 'QUALITATIVE') {
    const latest = latestPoint(observations);
    const points = yearly(observations);
    const trend = trendStatus(points, indicator.direction);
    const common = { treatment: table, basis: 'CITY_PLAN', used: points } as const;
    if (!latest) return result({ ...common, status: 'NO_DATA', explanation: `QUALITATIVE: the target "${target?.text ?? ''}" has no number; no observations for ${where}.` });
    const base = { ...common, latestValue: latest.value, latestYear: latest.year, elapsedShare: elapsed(latest.year, baseYear, plan) };
    if (trend.status === 'NO_DATA') {
      return result({ ...base, status: 'NO_DATA', explanation: `QUALITATIVE: a qualitative target is judged by its trend, which needs observations of two years; ${where} has one (${fmt(latest.value)} in ${latest.year}).` });
    }
    const way = indicator.direction === 'INCREASE' ? 'rose' : 'fell';
    return result({
      ...base, status: trend.status,
      explanation: `QUALITATIVE: no number to reach, so the trend decides: the value ${way} in ${trend.rises} of ${trend.changes} year-on-year changes `
        + `(${fmt(points[0]!.value)} in ${points[0]!.end} → ${fmt(latest.value)} in ${latest.year}) → ${trend.status}. No completion rate.`,
    });
  }

  const cumulative = table === 'CUMULATIVE';
  const latest = cumulative ? cumulativeToDate(observations, plan) : latestPoint(observations);
  // Where progress starts and what it is measured against.
  const basis: ProgressBasis = table === 'BOUND' || (!regional && baselineNumber !== null) || (!regional && cumulative) ? 'CITY_PLAN'
    : regional && indicator.additive ? 'FAIR_SHARE' : 'OBSERVED_START';
  const noData = (why: string) => result<O>({ treatment: table, basis, status: 'NO_DATA', explanation: `${table}: ${why}` });
  if (!latest) {
    return noData(ratio ? `progress is read from the first part of the ratio (the senior share, ${baselineNumber ?? '?'} → ${targetNumber}); no observations of it for ${where}.`
      : `no observations for ${where}.`);
  }

  let startValue: number | null = baselineNumber;
  let startYear: number | null = baseline ? baseline.year : null;
  let goal = targetNumber;
  let share: number | null = null;
  let treatment: ProgressTreatment = table;
  let ownGap: 'STANDARD' | 'HOLD' | 'FLOOR' = 'STANDARD';
  let basisText = '';

  if (cumulative) {
    startValue = 0;
    startYear = baseYear;
    if (regional) {
      if (!indicator.additive) return noData('a city-wide five-year total cannot be compared with a region\'s flow of a non-additive indicator.');
      const cityFlows = new Map(yearly(city.observations).map((o) => [o.end, o.value]));
      const reference = yearly(observations).find((o) => o.start >= plan.start && (cityFlows.get(o.end) ?? 0) > 0);
      if (!reference) return noData('no year with both this region\'s and the city\'s annual flow, so its share of the city target is unknown.');
      share = reference.value / cityFlows.get(reference.end)!;
      goal = targetNumber! * share;
      basisText = ` Fair share: ${percent(share)} of the city's flow in ${reference.end}, so ${fmt(goal)} of the city's ${fmt(targetNumber!)}.`;
    }
  } else if (table !== 'BOUND' && (regional || baselineNumber === null)) {
    const first = firstPoint(observations)!;
    startValue = first.value;
    startYear = first.end;
    if (basis === 'FAIR_SHARE') {
      const cityAtStart = yearly(city?.observations ?? []).find((o) => o.end === first.end)?.value
        ?? (baseline?.year === first.end ? baselineNumber : null);
      if (cityAtStart == null || cityAtStart <= 0) return noData(`the city has no value for ${first.end}, this region's first year, so its share of the city target is unknown.`);
      share = first.value / cityAtStart;
      goal = targetNumber! * share;
      basisText = ` Fair share: ${percent(share)} of the city in ${first.end}, so a target of ${fmt(goal)} (the city's ${fmt(targetNumber!)} × share), from its own ${fmt(first.value)}.`;
    } else {
      basisText = regional
        ? ` Measured from this region's own first observation (${fmt(first.value)} in ${first.end}) toward the city's target level ${fmt(targetNumber!)}.`
        : ` The table prints no baseline: the first observation (${fmt(first.value)} in ${first.end}) stands in for it.`;
    }
    ownGap = gapTreatment(first.value, goal!, indicator.direction);
    // A region's own numbers decide whether a STANDARD row is a rise or a level to hold; the table's labels stay otherwise.
    if (table === 'STANDARD') treatment = ownGap;
  }

  const met = meetsTarget(latest.value, goal!, comparator, indicator.direction);
  const elapsedShare = elapsed(latest.year, startYear ?? baseYear, plan);
  const yearsLeft = plan.end - latest.year;
  const common = {
    treatment, basis, latestValue: latest.value, latestYear: latest.year, used: latest.used, startValue, startYear,
    targetValue: goal, share, elapsedShare, missingYears: latest.missingYears,
  };
  const targetText = `${comparator === 'LT' ? '<' : comparator === 'LTE' ? '≤' : comparator === 'GT' ? '>' : comparator === 'GTE' ? '≥' : ''}${fmt(goal!)}`;
  const latestText = cumulative
    ? `${fmt(latest.value)} in ${plan.start}–${latest.year}${latest.missingYears.length ? ` (no flow for ${latest.missingYears.join(', ')}: an underestimate)` : ''}`
    : `${fmt(latest.value)} in ${latest.year}`;

  if (treatment === 'BOUND') {
    const points = yearly(observations);
    const previous = points.at(-2);
    const sign = boundSign(comparator, indicator.direction);
    const toward = previous !== undefined && (latest.value - previous.value) * sign > 0;
    const status: ProgressStatus = met ? 'ACHIEVED' : toward ? 'AT_RISK' : 'OFF_TRACK';
    const why = met ? `meets the bound ${targetText}` : toward ? `misses the bound ${targetText} but moved toward it since ${previous!.end}` : `misses the bound ${targetText} and did not move toward it`;
    return result({
      ...common, status, requiredAnnualGrowth: met ? null : requiredGrowth(latest.value, goal!, latest.year, plan.end),
      explanation: `BOUND: ${latestText} ${why} → ${status}. A bound has no baseline, so no completion rate.`,
    });
  }

  const holdKind = treatment === 'FLOOR' || treatment === 'HOLD' ? treatment : ownGap !== 'STANDARD' ? ownGap : null;
  if (holdKind !== null) {
    const status: ProgressStatus = met ? 'ACHIEVED' : holdStatus(latest.value, goal!);
    const fromTable = table === 'FLOOR' || table === 'HOLD';
    const kind = fromTable
      ? (table === 'HOLD' ? `equals the table's baseline ${fmt(baselineNumber!)}` : `lies on the worse side of the table's baseline ${fmt(baselineNumber!)}`)
      : (holdKind === 'HOLD' ? `equals this start, ${fmt(startValue!)}` : `was already passed by this start, ${fmt(startValue!)}`);
    return result({
      ...common, status, requiredAnnualGrowth: met ? null : requiredGrowth(latest.value, goal!, latest.year, plan.end),
      explanation: `${treatment}: the target ${targetText} ${kind}, so it is a level to hold, with no completion rate: `
        + `${latestText} ${met ? 'holds it' : `misses it by ${percent(Math.abs(latest.value - goal!) / Math.abs(goal!))}`} → ${status}.${basisText}`,
    });
  }

  // STANDARD, RATIO, CUMULATIVE, NO_BASELINE: completion against elapsed time.
  const completionRate = cumulative
    ? (goal! > 0 ? latest.value / goal! : null)
    : latest.year === startYear ? null : (latest.value - startValue!) / (goal! - startValue!);
  let status: ProgressStatus;
  if (met) status = 'ACHIEVED';
  else if (completionRate === null) status = 'NO_DATA';
  else status = paceStatus(completionRate, elapsedShare);
  const requiredAnnualGrowth = met || cumulative ? null : requiredGrowth(latest.value, goal!, latest.year, plan.end);
  const requiredAnnualAmount = cumulative && !met && yearsLeft > 0 ? (goal! - latest.value) / yearsLeft : null;
  const measure = cumulative
    ? `the total to date ${latestText} is ${completionRate === null ? '?' : percent(completionRate)} of the ${plan.start}–${plan.end} target ${targetText}`
    : completionRate === null
      ? `${latestText} is the start itself, so there is no progress to measure yet (one observation)`
      : `${latestText} is ${percent(completionRate)} of the way from ${fmt(startValue!)} (${startYear}) to ${targetText}`;
  const time = `${percent(elapsedShare)} of the time from ${startYear ?? baseYear} to ${plan.end} has elapsed`;
  const rule = status === 'ACHIEVED' ? `the target is met${completionRate !== null && completionRate > 1 ? ' and passed' : ''}`
    : status === 'NO_DATA' ? 'too few observations to judge'
      : status === 'ON_TRACK' ? `completion ≥ elapsed − ${ON_TRACK_TOLERANCE}`
        : status === 'AT_RISK' ? `completion within ${AT_RISK_BAND} below elapsed` : `completion more than ${AT_RISK_BAND} below elapsed`;
  const lead = ratio ? 'RATIO: read from the first part (the senior share); ' : `${treatment}: `;
  return result({
    ...common, status, completionRate, requiredAnnualGrowth, requiredAnnualAmount,
    explanation: `${lead}${measure}; ${time} → ${status} (${rule}).${basisText}`,
  });
}

/* Series ------------------------------------------------------------------------------------------------ */

export interface SeriesPoint<O extends Observation> {
  year: number;
  value: number | null;
  observation: O | null;
  change: number | null;
  changeRate: number | null;
  /** Flows only: the total since the plan's first year through this year, over the years with data. */
  runningTotal: number | null;
}

/**
 * One point per year from `from` to `to`: the single-year observation (a range
 * is not a year), the change from the year before and its rate. For a flow, the
 * running total counts from the plan's first year even when `from` is later.
 */
export function buildSeries<O extends Observation>(observations: readonly O[], from: number, to: number, options: { cumulative: boolean; planStart: number }): SeriesPoint<O>[] {
  const byYear = new Map(yearly(observations).map((o) => [o.end, o]));
  let running = 0;
  if (options.cumulative) for (let y = options.planStart; y < from; y += 1) running += byYear.get(y)?.value ?? 0;
  const points: SeriesPoint<O>[] = [];
  for (let year = from; year <= to; year += 1) {
    const observation = byYear.get(year) ?? null;
    const previous = byYear.get(year - 1) ?? null;
    const value = observation?.value ?? null;
    const change = value !== null && previous !== null ? Number((value - previous.value).toPrecision(12)) : null;
    let runningTotal: number | null = null;
    if (options.cumulative && year >= options.planStart && value !== null) {
      running += value;
      runningTotal = Number(running.toPrecision(12));
    }
    points.push({
      year, value, observation, change,
      changeRate: change !== null && previous !== null && previous.value !== 0 ? change / Math.abs(previous.value) : null,
      runningTotal,
    });
  }
  return points;
}

/* County breakdown ---------------------------------------------------------------------------------------- */

export interface BreakdownInput<R> {
  direction: Direction;
  additive: boolean;
  /** Every county-level division, with its value that year or null. */
  regions: readonly { region: R; value: number | null; valueText: string | null }[];
  city: { value: number; valueText: string } | null;
}

export interface BreakdownEntry<R> {
  region: R;
  /** 1 = best (highest, or lowest where lower is better); ties share a rank; null without a value. */
  rank: number | null;
  value: number | null;
  /** Share of the city value (additive indicators only). */
  share: number | null;
}

export interface BreakdownResult<R> {
  entries: BreakdownEntry<R>[];
  countySum: number | null;
  missing: R[];
  consistent: boolean | null;
  difference: number | null;
  tolerance: number | null;
}

/** Digits after the decimal point as written ("26.12" → 2, "7" → 0). */
export function printedDecimals(text: string): number {
  const match = /\.(\d+)/.exec(text.trim());
  return match ? match[1]!.length : 0;
}

/**
 * Ranks the county-level divisions, and for an additive indicator checks that they
 * add up to the city: consistent when |city − sum| is within the rounding of the
 * printed values (half a unit of the finest printed digit, once per value), and
 * null when a division has no value (a partial sum proves nothing).
 */
export function breakdown<R>(input: BreakdownInput<R>): BreakdownResult<R> {
  const sign = input.direction === 'INCREASE' ? -1 : 1;
  const withValue = input.regions.filter((r) => r.value !== null);
  const sorted = [...withValue].sort((a, b) => sign * (a.value! - b.value!));
  const rankOf = new Map<typeof input.regions[number], number>();
  sorted.forEach((r, k) => rankOf.set(r, k > 0 && sorted[k - 1]!.value === r.value ? rankOf.get(sorted[k - 1]!)! : k + 1));
  const cityValue = input.city?.value ?? null;
  const entries = [...sorted, ...input.regions.filter((r) => r.value === null)].map((r) => ({
    region: r.region, rank: rankOf.get(r) ?? null, value: r.value,
    share: input.additive && r.value !== null && cityValue !== null && cityValue !== 0 ? r.value / cityValue : null,
  }));
  const missing = input.regions.filter((r) => r.value === null).map((r) => r.region);
  if (!input.additive) return { entries, countySum: null, missing, consistent: null, difference: null, tolerance: null };
  const countySum = withValue.length > 0 ? cleanSum(withValue.map((r) => r.value!)) : null;
  if (input.city === null || countySum === null || missing.length > 0) return { entries, countySum, missing, consistent: null, difference: null, tolerance: null };
  const difference = Number((input.city.value - countySum).toPrecision(12));
  const texts = [input.city.valueText, ...withValue.map((r) => r.valueText ?? String(r.value))];
  // Trailing zeros are often dropped ("1" for 1.00), so the finest precision printed anywhere is taken as everyone's.
  const decimals = Math.max(...texts.map(printedDecimals));
  const tolerance = Number((texts.length * 0.5 * 10 ** -decimals).toPrecision(12));
  return { entries, countySum, missing, consistent: Math.abs(difference) <= tolerance + 1e-9, difference, tolerance };
}
