/** A yearly series of one region's observations: changes on the year before and, for flows, the running total. */
import { yearly } from './arithmetic.ts';
import type { Observation } from './types.ts';

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
