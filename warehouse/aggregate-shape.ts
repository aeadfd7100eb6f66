/**
 * What an aggregate is, whichever way it runs (aggregate.queries.ts in the warehouse,
 * memory/memory-aggregate.ts in memory): its dimensions, measures, result columns,
 * and what a group's values are made of.
 */
import type { MeasureKind } from '../dataset/measure-kind.ts';
import type { FactFilter } from './fact.queries.ts';
import type { FactRow, IndicatorRow } from './tables.ts';

export const AGGREGATE_DIMENSIONS = ['REGION', 'YEAR', 'PERIOD', 'INDICATOR', 'CATEGORY', 'CHAPTER', 'KIND', 'MEASURE_KIND', 'PROVENANCE', 'UNIT'] as const;
export type AggregateDimension = (typeof AGGREGATE_DIMENSIONS)[number];
export type AggregateMeasure = 'SUM' | 'AVG' | 'MIN' | 'MAX' | 'COUNT';
export type AggregateSortKey = AggregateDimension | 'VALUE' | 'COUNT';

/** Result columns per dimension, in the order they are selected and sorted. */
export const RESULT_COLUMNS = {
  REGION: ['region'], YEAR: ['year'], PERIOD: ['period_start', 'period_end'], INDICATOR: ['indicator'], CATEGORY: ['category'],
  CHAPTER: ['chapter'], KIND: ['kind'], MEASURE_KIND: ['measure_kind'], PROVENANCE: ['provenance'], UNIT: ['unit'],
  VALUE: ['value'], COUNT: ['count'],
} as const satisfies Record<AggregateSortKey, readonly string[]>;

export interface AggregateQuery {
  measure: AggregateMeasure;
  groupBy: readonly AggregateDimension[];
  filter: FactFilter;
  orderBy: readonly { key: AggregateSortKey; direction: 'ASC' | 'DESC' }[];
  limit: number;
  /** Leave out a fact that restates an earlier one (agreesWith), so a value the plan states twice counts once. */
  countRestatementsOnce: boolean;
  /** Leave out a fact that gives way in a contradiction (conflictsWith; see dataset/measure-kind.ts), so each contradiction counts once. */
  countConflictsOnce: boolean;
}

export interface AggregateRowData {
  region: string | null;
  year: number | null;
  period_start: number | null;
  period_end: number | null;
  indicator: string | null;
  category: IndicatorRow['category'] | null;
  chapter: number | null;
  kind: FactRow['kind'] | null;
  measure_kind: MeasureKind | null;
  provenance: FactRow['provenance'] | null;
  unit: string | null;
  value: number | null;
  count: number;
  /** SAMPLE facts in the group. */
  sample_count: number;
}

/** What a group's values are made of: decides whether adding them up means anything. */
export interface GroupMix {
  /** The facts with a value are of more than one measure kind; the smallest and largest kind's name. */
  mixesKinds: boolean;
  measureKindRange: [string, string] | null;
  /** The facts with a value cover more than one period; the smallest and largest start and end, as "start-end". */
  mixesPeriods: boolean;
  periodRange: [string, string] | null;
  /** Facts with a value that are rates or other non-additive statements. */
  nonAdditive: boolean;
}

/** Whether a group's values may be added; null when they may. */
/** The least and greatest measure kind, period start and period end of a group's facts with a value. */
export interface MixRange {
  kinds: [string, string];
  starts: [number, number];
  ends: [number, number];
}

/** What a group's values are made of, from their ranges (null: no fact of the group has a value). */
export function groupMixOf(range: MixRange | null, nonAdditive: boolean): GroupMix {
  return {
    mixesKinds: range !== null && range.kinds[0] !== range.kinds[1],
    measureKindRange: range && range.kinds,
    mixesPeriods: range !== null && (range.starts[0] !== range.starts[1] || range.ends[0] !== range.ends[1]),
    periodRange: range && [`${range.starts[0]}-${range.ends[0]}`, `${range.starts[1]}-${range.ends[1]}`],
    nonAdditive,
  };
}

export type MixCheck = (mix: GroupMix) => string | null;

/** Units are grouped on for every measure of values; COUNT counts facts, and splits by unit only when asked. */
export function groupedDimensions(query: AggregateQuery): AggregateDimension[] {
  return query.measure === 'COUNT' || query.groupBy.includes('UNIT') ? [...query.groupBy] : [...query.groupBy, 'UNIT'];
}

/** The dimensions and unit of a group, for a message that points at it. */
export function describeGroup(row: Record<string, unknown>): string {
  const keys = ['region', 'year', 'period_start', 'period_end', 'indicator', 'category', 'chapter', 'kind', 'measure_kind', 'provenance', 'unit']
    .filter((key) => row[key] !== null && row[key] !== undefined)
    .map((key) => `${key} ${String(row[key])}`);
  return keys.length > 0 ? keys.join(', ') : 'all facts';
}

export interface AggregateResultData {
  rows: AggregateRowData[];
  totalRows: number;
  /** What `check` refused, naming a group it refused (the check sees every group, not only those returned); else null. */
  refused: { problem: string; group: string } | null;
}

