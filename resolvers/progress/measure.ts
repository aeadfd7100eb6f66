/**
 * Where a numeric row starts and what it is measured against: the table's baseline
 * and target (CITY_PLAN), the region's own first observation (OBSERVED_START) or a
 * county's fair share of the city target (FAIR_SHARE); then the latest value, whether
 * it meets the target and how much time has passed. Every treatment but QUALITATIVE
 * is decided from this.
 */
import { elapsed, firstPoint, latestPoint, meetsTarget, percent, yearly } from './arithmetic.ts';
import type { RowFrame } from './frame.ts';
import { gapTreatment } from './table-treatment.ts';
import { cumulativeToDate, flowLatestText, flowStart } from './treatments/cumulative.ts';
import { ratioNoDataReason } from './treatments/ratio.ts';
import { result, type Latest, type Observation, type ProgressBasis, type ProgressResult, type ProgressTreatment } from './types.ts';

/** The start and target a row is measured with. */
export interface Start {
  startValue: number | null;
  startYear: number | null;
  goal: number | null;
  share: number | null;
  /** How the start and target were found, appended to the explanation. */
  basisText: string;
}

export interface Measure<O extends Observation> extends Start {
  latest: Latest<O>;
  basis: ProgressBasis;
  /** The table's treatment, or for a region the one its own start calls for (STANDARD → FLOOR or HOLD). */
  treatment: ProgressTreatment;
  /** Whether the region's own start lies below, at or above the target (STANDARD where not measured from its own start). */
  ownGap: 'STANDARD' | 'HOLD' | 'FLOOR';
  goal: number;
  met: boolean;
  elapsedShare: number;
  yearsLeft: number;
  /** The fields every numeric result carries. */
  common: Pick<ProgressResult<O>, 'treatment' | 'basis' | 'latestValue' | 'latestYear' | 'used' | 'startValue' | 'startYear' | 'targetValue' | 'share' | 'elapsedShare' | 'missingYears'>;
  /** The target as the explanation states it, comparator first ("<5.5"). */
  targetText: string;
  /** The latest value as the explanation states it. */
  latestText: string;
}

/** Where things start and what they aim at; a NO_DATA result where either is unknown. */
export function measure<O extends Observation>(f: RowFrame<O>): Measure<O> | ProgressResult<O> {
  const { plan, indicator, baseline, observations, table, ratio, comparator, targetNumber, baselineNumber, regional, where, baseYear, fmt } = f;
  const cumulative = table === 'CUMULATIVE';
  const latest = cumulative ? cumulativeToDate(observations, plan) : latestPoint(observations);
  const basis: ProgressBasis = table === 'BOUND' || (!regional && baselineNumber !== null) || (!regional && cumulative) ? 'CITY_PLAN'
    : regional && indicator.additive ? 'FAIR_SHARE' : 'OBSERVED_START';
  const noData = (why: string) => result<O>({ treatment: table, basis, status: 'NO_DATA', explanation: `${table}: ${why}` });
  if (!latest) return noData(ratio ? ratioNoDataReason(baselineNumber, targetNumber, where) : `no observations for ${where}.`);

  let start: Start | string = { startValue: baselineNumber, startYear: baseline ? baseline.year : null, goal: targetNumber, share: null, basisText: '' };
  let treatment: ProgressTreatment = table;
  let ownGap: 'STANDARD' | 'HOLD' | 'FLOOR' = 'STANDARD';
  if (cumulative) {
    start = flowStart(f);
  } else if (table !== 'BOUND' && (regional || baselineNumber === null)) {
    start = observedStart(f, basis);
    if (typeof start !== 'string') {
      ownGap = gapTreatment(start.startValue!, start.goal!, indicator.direction);
      // A region's own numbers decide whether a STANDARD row is a rise or a level to hold; the table's labels stay otherwise.
      if (table === 'STANDARD') treatment = ownGap;
    }
  }
  if (typeof start === 'string') return noData(start);

  const goal = start.goal!;
  const met = meetsTarget(latest.value, goal, comparator, indicator.direction);
  const elapsedShare = elapsed(latest.year, start.startYear ?? baseYear, plan);
  return {
    ...start, latest, basis, treatment, ownGap, goal, met, elapsedShare,
    yearsLeft: plan.end - latest.year,
    common: {
      treatment, basis, latestValue: latest.value, latestYear: latest.year, used: latest.used, startValue: start.startValue, startYear: start.startYear,
      targetValue: goal, share: start.share, elapsedShare, missingYears: latest.missingYears,
    },
    targetText: `${comparator === 'LT' ? '<' : comparator === 'LTE' ? '≤' : comparator === 'GT' ? '>' : comparator === 'GTE' ? '≥' : ''}${fmt(goal)}`,
    latestText: cumulative ? flowLatestText(f, latest) : `${fmt(latest.value)} in ${latest.year}`,
  };
}

/**
 * A start from the region's own first observation (or the city's, where the table
 * prints no baseline): toward the city's target level, or for an additive
 * indicator toward the county's fair share of it. A string says why there is none.
 */
function observedStart<O extends Observation>(f: RowFrame<O>, basis: ProgressBasis): Start | string {
  const { observations, city, baseline, baselineNumber, targetNumber, regional, fmt } = f;
  const first = firstPoint(observations)!;
  if (basis === 'FAIR_SHARE') {
    const cityAtStart = yearly(city?.observations ?? []).find((o) => o.end === first.end)?.value
      ?? (baseline?.year === first.end ? baselineNumber : null);
    if (cityAtStart == null || cityAtStart <= 0) return `the city has no value for ${first.end}, this region's first year, so its share of the city target is unknown.`;
    const share = first.value / cityAtStart;
    const goal = targetNumber! * share;
    return {
      startValue: first.value, startYear: first.end, goal, share,
      basisText: ` Fair share: ${percent(share)} of the city in ${first.end}, so a target of ${fmt(goal)} (the city's ${fmt(targetNumber!)} × share), from its own ${fmt(first.value)}.`,
    };
  }
  return {
    startValue: first.value, startYear: first.end, goal: targetNumber, share: null,
    basisText: regional
      ? ` Measured from this region's own first observation (${fmt(first.value)} in ${first.end}) toward the city's target level ${fmt(targetNumber!)}.`
      : ` The table prints no baseline: the first observation (${fmt(first.value)} in ${first.end}) stands in for it.`,
  };
}

export const isResult = <O extends Observation>(m: Measure<O> | ProgressResult<O>): m is ProgressResult<O> => 'status' in m;
