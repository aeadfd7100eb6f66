/**
 * BOUND (row 11, `<5.5`, no baseline): ACHIEVED when the latest value satisfies the
 * bound; AT_RISK when not but the last change moved toward it; OFF_TRACK otherwise.
 * No completion rate: there is no start to measure from.
 */
import { requiredGrowth, yearly } from '../arithmetic.ts';
import type { RowFrame } from '../frame.ts';
import type { Measure } from '../measure.ts';
import { result, type Comparator, type Direction, type Observation, type ProgressResult, type ProgressStatus } from '../types.ts';

/** Which way is better for a bound: below a "<" bound, above a ">" bound. */
function boundSign(comparator: Comparator | null, direction: Direction): 1 | -1 {
  if (comparator === 'LT' || comparator === 'LTE') return -1;
  if (comparator === 'GT' || comparator === 'GTE') return 1;
  return direction === 'INCREASE' ? 1 : -1;
}

export function boundProgress<O extends Observation>(f: RowFrame<O>, m: Measure<O>): ProgressResult<O> {
  const { latest, goal, met, targetText, latestText } = m;
  const previous = yearly(f.observations).at(-2);
  const sign = boundSign(f.comparator, f.indicator.direction);
  const toward = previous !== undefined && (latest.value - previous.value) * sign > 0;
  const status: ProgressStatus = met ? 'ACHIEVED' : toward ? 'AT_RISK' : 'OFF_TRACK';
  const why = met ? `meets the bound ${targetText}` : toward ? `misses the bound ${targetText} but moved toward it since ${previous!.end}` : `misses the bound ${targetText} and did not move toward it`;
  return result({
    ...m.common, status, requiredAnnualGrowth: met ? null : requiredGrowth(latest.value, goal, latest.year, f.plan.end),
    explanation: `BOUND: ${latestText} ${why} → ${status}. A bound has no baseline, so no completion rate.`,
  });
}
