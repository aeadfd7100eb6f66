/**
 * FLOOR and HOLD: a target on the worse side of the start (rows 14–17) or equal to
 * it is a level to hold, not a rise: ACHIEVED while held, AT_RISK when missed by at
 * most HOLD_TOLERANCE, OFF_TRACK otherwise. No completion rate (the formula would
 * turn holding into a negative number, or divide by 0).
 */
import { percent, requiredGrowth } from '../arithmetic.ts';
import type { RowFrame } from '../frame.ts';
import type { Measure } from '../measure.ts';
import { holdStatus } from '../status-rules.ts';
import { result, type Observation, type ProgressResult, type ProgressStatus } from '../types.ts';

/** FLOOR or HOLD where the table says so, or where a region's own start does; else null. */
export function levelToHold<O extends Observation>(m: Measure<O>): 'FLOOR' | 'HOLD' | null {
  if (m.treatment === 'FLOOR' || m.treatment === 'HOLD') return m.treatment;
  return m.ownGap !== 'STANDARD' ? m.ownGap : null;
}

export function levelToHoldProgress<O extends Observation>(f: RowFrame<O>, m: Measure<O>, holdKind: 'FLOOR' | 'HOLD'): ProgressResult<O> {
  const { table, baselineNumber, fmt } = f;
  const { latest, goal, met, startValue, targetText, latestText, basisText } = m;
  const status: ProgressStatus = met ? 'ACHIEVED' : holdStatus(latest.value, goal);
  const fromTable = table === 'FLOOR' || table === 'HOLD';
  const kind = fromTable
    ? (table === 'HOLD' ? `equals the table's baseline ${fmt(baselineNumber!)}` : `lies on the worse side of the table's baseline ${fmt(baselineNumber!)}`)
    : (holdKind === 'HOLD' ? `equals this start, ${fmt(startValue!)}` : `was already passed by this start, ${fmt(startValue!)}`);
  return result({
    ...m.common, status, requiredAnnualGrowth: met ? null : requiredGrowth(latest.value, goal, latest.year, f.plan.end),
    explanation: `${m.treatment}: the target ${targetText} ${kind}, so it is a level to hold, with no completion rate: `
      + `${latestText} ${met ? 'holds it' : `misses it by ${percent(Math.abs(latest.value - goal) / Math.abs(goal))}`} → ${status}.${basisText}`,
  });
}
