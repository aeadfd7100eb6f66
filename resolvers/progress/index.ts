/**
 * Progress toward the plan's targets as a domain module: every number and every
 * status rule, with no database and no GraphQL, so each edge case of the indicator
 * table is unit-tested on its own (tests/progress-math.test.ts). One module per
 * treatment (treatments/), the shared arithmetic (arithmetic.ts), the status rules
 * and their constants (status-rules.ts, quoted in schema/progress.graphql), where a
 * row starts and what it aims at (measure.ts), and the dispatch (compute.ts).
 */
export type {
  Comparator, Direction, Latest, Observation, PlanPeriod, ProgressBasis, ProgressInput, ProgressResult, ProgressStatus, ProgressTreatment, TableValue,
} from './types.ts';
export { cleanSum, formatNumber, meetsTarget, requiredGrowth } from './arithmetic.ts';
export { AT_RISK_BAND, HOLD_TOLERANCE, ON_TRACK_TOLERANCE, holdStatus, paceStatus, trendStatus } from './status-rules.ts';
export { tableTreatment } from './table-treatment.ts';
export { cumulativeToDate } from './treatments/cumulative.ts';
export { computeProgress } from './compute.ts';
export { buildSeries, type SeriesPoint } from './series.ts';
export { breakdown, printedDecimals, type BreakdownEntry, type BreakdownInput, type BreakdownResult } from './breakdown.ts';
