/** The vocabulary of progress: what goes in (the table's values, a region's observations) and what comes out. */

export type Direction = 'INCREASE' | 'DECREASE';
export type Comparator = 'EQ' | 'GT' | 'GTE' | 'LT' | 'LTE' | 'APPROX';
export type ProgressStatus = 'ACHIEVED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';
export type ProgressTreatment = 'STANDARD' | 'CUMULATIVE' | 'BOUND' | 'RATIO' | 'QUALITATIVE' | 'FLOOR' | 'HOLD' | 'NO_BASELINE';
export type ProgressBasis = 'CITY_PLAN' | 'OBSERVED_START' | 'FAIR_SHARE';

/** A year (or a range of years) and its observed value. */
export interface Observation {
  start: number;
  end: number;
  value: number;
}

export interface PlanPeriod {
  /** First year of the plan (2021); the base year is the one before. */
  start: number;
  /** Last year of the plan (2025), the year targets are set for. */
  end: number;
}

export interface TableValue {
  value: number | null;
  /** A ratio's parts (15:35:50), else null. */
  parts: readonly number[] | null;
  comparator: Comparator | null;
  /** The value as printed ("<5.5", "稳步提高"). */
  text: string;
  /** Last year the value covers (the baseline's 2020). */
  year: number;
}

export interface ProgressInput<O extends Observation> {
  plan: PlanPeriod;
  indicator: { direction: Direction; periodType: 'POINT' | 'CUMULATIVE'; additive: boolean; unit: string | null };
  baseline: TableValue | null;
  target: TableValue | null;
  /** This region's observations inside [base year, cut-off], of one provenance. */
  observations: readonly O[];
  /** Null for the city's own row; for any other region, the city's observations (fair shares of additive indicators). */
  city: { observations: readonly O[] } | null;
}

export interface ProgressResult<O extends Observation> {
  treatment: ProgressTreatment;
  basis: ProgressBasis;
  status: ProgressStatus;
  latestValue: number | null;
  latestYear: number | null;
  /** What the latest value rests on: the latest observation, the flows summed, or the trend. */
  used: O[];
  /** The start progress is measured from (table baseline, or the region's own first observation); 0 for flows. */
  startValue: number | null;
  startYear: number | null;
  /** The target progress is measured against (the table's, or a county's fair share of it). */
  targetValue: number | null;
  /** A county's share of the city in the reference year (FAIR_SHARE), else null. */
  share: number | null;
  completionRate: number | null;
  elapsedShare: number | null;
  requiredAnnualGrowth: number | null;
  requiredAnnualAmount: number | null;
  /** Plan years before the latest year that a cumulative total has no flow for. */
  missingYears: number[];
  explanation: string;
}

/** The latest value a row rests on and the observations behind it. */
export interface Latest<O> {
  value: number;
  year: number;
  used: O[];
  missingYears: number[];
}

/** A result with every number not given left null. */
export function result<O extends Observation>(partial: Partial<ProgressResult<O>> & Pick<ProgressResult<O>, 'treatment' | 'basis' | 'status' | 'explanation'>): ProgressResult<O> {
  return {
    latestValue: null, latestYear: null, used: [], startValue: null, startYear: null, targetValue: null, share: null,
    completionRate: null, elapsedShare: null, requiredAnnualGrowth: null, requiredAnnualAmount: null, missingYears: [], ...partial,
  };
}
