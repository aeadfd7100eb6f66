/**
 * CUMULATIVE (rows 8–10, five-year flows): the latest value is the total to date,
 * progress counts from 0 in the base year, and a county's target is its fair share
 * of the city's flow. Completion is total to date / target (treatments/completion.ts).
 */
import { cleanSum, percent, totalsFromPlanStart, yearly } from '../arithmetic.ts';
import type { RowFrame } from '../frame.ts';
import type { Latest, Observation, PlanPeriod } from '../types.ts';
import type { Start } from '../measure.ts';

/**
 * The total to date of a five-year flow: the annual flows of the plan years up to
 * the latest one, or a reported total from the plan's first year (2021–2023) plus
 * the annual flows after it. Years without a flow are listed, not guessed.
 */
export function cumulativeToDate<O extends Observation>(observations: readonly O[], plan: PlanPeriod): Latest<O> | null {
  const annual = yearly(observations).filter((o) => o.start >= plan.start && o.end <= plan.end);
  const total = totalsFromPlanStart(observations, plan).at(-1);
  const flows = total ? annual.filter((o) => o.end > total.end) : annual;
  if (!total && flows.length === 0) return null;
  const used = [...(total ? [total] : []), ...flows];
  const year = used.at(-1)!.end;
  const covered = new Set(flows.map((o) => o.end));
  const missingYears: number[] = [];
  for (let y = total ? total.end + 1 : plan.start; y <= year; y += 1) if (!covered.has(y)) missingYears.push(y);
  return { value: cleanSum(used.map((o) => o.value)), year, used, missingYears };
}

/** A flow starts at 0 in the base year; a region's target is its share of the city's flow in the first year both have one. A string says why there is none. */
export function flowStart<O extends Observation>(f: RowFrame<O>): Start | string {
  const { plan, observations, city, indicator, targetNumber, fmt } = f;
  const start: Start = { startValue: 0, startYear: f.baseYear, goal: targetNumber, share: null, basisText: '' };
  if (city === null) return start;
  if (!indicator.additive) return 'a city-wide five-year total cannot be compared with a region\'s flow of a non-additive indicator.';
  const cityFlows = new Map(yearly(city.observations).map((o) => [o.end, o.value]));
  const reference = yearly(observations).find((o) => o.start >= plan.start && (cityFlows.get(o.end) ?? 0) > 0);
  if (!reference) return 'no year with both this region\'s and the city\'s annual flow, so its share of the city target is unknown.';
  const share = reference.value / cityFlows.get(reference.end)!;
  const goal = targetNumber! * share;
  return {
    ...start, share, goal,
    basisText: ` Fair share: ${percent(share)} of the city's flow in ${reference.end}, so ${fmt(goal)} of the city's ${fmt(targetNumber!)}.`,
  };
}

/** The total to date as the explanation states it, with the years it lacks. */
export function flowLatestText<O extends Observation>(f: RowFrame<O>, latest: Latest<O>): string {
  return `${f.fmt(latest.value)} in ${f.plan.start}–${latest.year}${latest.missingYears.length ? ` (no flow for ${latest.missingYears.join(', ')}: an underestimate)` : ''}`;
}

/** Total to date / the five-year target; null for a target that is not positive. */
export const flowCompletion = (total: number, goal: number): number | null => (goal > 0 ? total / goal : null);

/** The average flow still needed per year, while the total is short and years are left. */
export const requiredAnnualAmount = (total: number, goal: number, met: boolean, yearsLeft: number): number | null => (!met && yearsLeft > 0 ? (goal - total) / yearsLeft : null);
