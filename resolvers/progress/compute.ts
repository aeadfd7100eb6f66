/**
 * Progress of one indicator in one region: the treatment the row calls for decides
 * which rule answers it. The city's row measures the table's baseline against its
 * target; another region's row measures the region's own start against the city
 * target (rates, shares) or against its fair share of it (additive indicators:
 * target × the region's share of the city in its first year).
 */
import { rowFrame } from './frame.ts';
import { isResult, measure } from './measure.ts';
import { boundProgress } from './treatments/bound.ts';
import { completionProgress } from './treatments/completion.ts';
import { levelToHold, levelToHoldProgress } from './treatments/hold.ts';
import { qualitativeProgress } from './treatments/qualitative.ts';
import type { Observation, ProgressInput, ProgressResult } from './types.ts';

export function computeProgress<O extends Observation>(input: ProgressInput<O>): ProgressResult<O> {
  const f = rowFrame(input);
  if (f.table === 'QUALITATIVE') return qualitativeProgress(f);
  const m = measure(f);
  if (isResult(m)) return m;
  if (m.treatment === 'BOUND') return boundProgress(f, m);
  const hold = levelToHold(m);
  if (hold !== null) return levelToHoldProgress(f, m, hold);
  // STANDARD, RATIO, CUMULATIVE, NO_BASELINE: completion against elapsed time.
  return completionProgress(f, m);
}
