/** QUALITATIVE (row 12, 稳步提高): no number to reach, so the trend of the observations decides; no completion rate. */
import { elapsed, latestPoint, yearly } from '../arithmetic.ts';
import type { RowFrame } from '../frame.ts';
import { trendStatus } from '../status-rules.ts';
import { result, type Observation, type ProgressResult } from '../types.ts';

export function qualitativeProgress<O extends Observation>(f: RowFrame<O>): ProgressResult<O> {
  const { observations, indicator, target, plan, baseYear, where, fmt } = f;
  const latest = latestPoint(observations);
  const points = yearly(observations);
  const trend = trendStatus(points, indicator.direction);
  const common = { treatment: 'QUALITATIVE', basis: 'CITY_PLAN', used: points } as const;
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
