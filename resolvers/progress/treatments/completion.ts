/**
 * STANDARD and NO_BASELINE (and RATIO, CUMULATIVE, which differ only in what they
 * read): completion from the start toward the target, against the share of time
 * elapsed. NO_BASELINE is STANDARD from the first observation (measure.ts).
 */
import { percent, requiredGrowth } from '../arithmetic.ts';
import type { RowFrame } from '../frame.ts';
import type { Measure } from '../measure.ts';
import { AT_RISK_BAND, ON_TRACK_TOLERANCE, paceStatus } from '../status-rules.ts';
import { result, type Observation, type ProgressResult, type ProgressStatus } from '../types.ts';
import { flowCompletion, requiredAnnualAmount } from './cumulative.ts';
import { RATIO_LEAD } from './ratio.ts';

/** (latest − start) / (target − start); null while the latest value is the start itself. */
export function completionRate(latest: number, latestYear: number, start: number, startYear: number | null, goal: number): number | null {
  return latestYear === startYear ? null : (latest - start) / (goal - start);
}

export function completionProgress<O extends Observation>(f: RowFrame<O>, m: Measure<O>): ProgressResult<O> {
  const { plan, table, ratio, baseYear, fmt } = f;
  const { latest, goal, met, startValue, startYear, elapsedShare, yearsLeft, targetText, latestText, basisText, treatment } = m;
  const cumulative = table === 'CUMULATIVE';
  const rate = cumulative ? flowCompletion(latest.value, goal) : completionRate(latest.value, latest.year, startValue!, startYear, goal);
  let status: ProgressStatus;
  if (met) status = 'ACHIEVED';
  else if (rate === null) status = 'NO_DATA';
  else status = paceStatus(rate, elapsedShare);
  const measured = cumulative
    ? `the total to date ${latestText} is ${rate === null ? '?' : percent(rate)} of the ${plan.start}–${plan.end} target ${targetText}`
    : rate === null
      ? `${latestText} is the start itself, so there is no progress to measure yet (one observation)`
      : `${latestText} is ${percent(rate)} of the way from ${fmt(startValue!)} (${startYear}) to ${targetText}`;
  const time = `${percent(elapsedShare)} of the time from ${startYear ?? baseYear} to ${plan.end} has elapsed`;
  const rule = status === 'ACHIEVED' ? `the target is met${rate !== null && rate > 1 ? ' and passed' : ''}`
    : status === 'NO_DATA' ? 'too few observations to judge'
      : status === 'ON_TRACK' ? `completion ≥ elapsed − ${ON_TRACK_TOLERANCE}`
        : status === 'AT_RISK' ? `completion within ${AT_RISK_BAND} below elapsed` : `completion more than ${AT_RISK_BAND} below elapsed`;
  const lead = ratio ? RATIO_LEAD : `${treatment}: `;
  return result({
    ...m.common, status, completionRate: rate,
    requiredAnnualGrowth: met || cumulative ? null : requiredGrowth(latest.value, goal, latest.year, plan.end),
    requiredAnnualAmount: cumulative ? requiredAnnualAmount(latest.value, goal, met, yearsLeft) : null,
    explanation: `${lead}${measured}; ${time} → ${status} (${rule}).${basisText}`,
  });
}
