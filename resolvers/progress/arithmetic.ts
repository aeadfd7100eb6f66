/** The arithmetic every treatment shares: sums without float noise, comparisons with a comparator, time elapsed, growth still needed. */
import type { Comparator, Direction, Latest, Observation, PlanPeriod } from './types.ts';

/** Rounds away binary noise of sums of decimal inputs (4.92 + 4.94 → 9.86, not 9.860000000000001). */
export function cleanSum(values: readonly number[]): number {
  return Number(values.reduce((a, b) => a + b, 0).toPrecision(12));
}

export const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Numbers in explanations: six significant digits, no float noise. */
export function formatNumber(x: number): string {
  return String(Number(x.toPrecision(6)));
}

export const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

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

const byEnd = <O extends Observation>(a: O, b: O) => a.end - b.end || a.start - b.start;

/** Single-year observations in year order (one per year; the load rejects duplicates). */
export function yearly<O extends Observation>(observations: readonly O[]): O[] {
  return observations.filter((o) => o.start === o.end).sort(byEnd);
}

/** Multi-year totals from the plan's first year, in year order. */
export function totalsFromPlanStart<O extends Observation>(observations: readonly O[], plan: PlanPeriod): O[] {
  return observations.filter((o) => o.start === plan.start && o.end > o.start && o.end <= plan.end).sort(byEnd);
}

/** The latest single-year observation as the latest value. */
export function latestPoint<O extends Observation>(observations: readonly O[]): Latest<O> | null {
  const last = yearly(observations).at(-1);
  return last ? { value: last.value, year: last.end, used: [last], missingYears: [] } : null;
}

/** A stand-in start: the region's first observation of the window. */
export function firstPoint<O extends Observation>(observations: readonly O[]): O | null {
  return yearly(observations)[0] ?? null;
}

/** The share of the time from `fromYear` to the plan's end that has passed by `latestYear`, in [0, 1]. */
export function elapsed(latestYear: number, fromYear: number, plan: PlanPeriod): number {
  const span = plan.end - fromYear;
  return span <= 0 ? 1 : clamp01((latestYear - fromYear) / span);
}

/** (target / latest)^(1 / years left) − 1, or null where it says nothing (no years left, a non-positive value). */
export function requiredGrowth(latest: number, target: number, latestYear: number, planEnd: number): number | null {
  const years = planEnd - latestYear;
  if (years <= 0 || latest <= 0 || target <= 0) return null;
  return (target / latest) ** (1 / years) - 1;
}
