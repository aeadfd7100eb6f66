/** Which treatment a row of the indicator table calls for, before any region is looked at. */
import type { Comparator, Direction, Observation, ProgressInput, ProgressTreatment } from './types.ts';

const BOUNDS: readonly Comparator[] = ['GT', 'GTE', 'LT', 'LTE'];

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
export function gapTreatment(start: number, target: number, direction: Direction): 'STANDARD' | 'HOLD' | 'FLOOR' {
  const gap = (target - start) * (direction === 'INCREASE' ? 1 : -1);
  return gap > 0 ? 'STANDARD' : gap === 0 ? 'HOLD' : 'FLOOR';
}
