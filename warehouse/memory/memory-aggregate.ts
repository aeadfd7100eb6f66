/**
 * `aggregateFacts` (aggregate.queries.ts) for a version held in memory: the same
 * groups, values, order and refusals, computed in one pass over the matching facts.
 */
import {
  describeGroup, groupedDimensions, groupMixOf, RESULT_COLUMNS,
  type AggregateDimension, type AggregateQuery, type AggregateResultData, type AggregateRowData, type MixCheck, type MixRange,
} from '../aggregate-shape.ts';
import type { FactRow } from '../tables.ts';
import { matchingFacts } from './fact-match.ts';
import { byKeys, type SortKey } from '../order-by.ts';
import type { VisibleFacts } from './facts-in-memory.ts';

type Key = string | number | null;

/** One group as it fills: its key values and what the measures and the mix check read. */
interface Group {
  keys: Key[];
  count: number;
  sampleCount: number;
  valued: number;
  sum: number;
  min: number | null;
  max: number | null;
  mix: MixRange | null;
  nonAdditive: boolean;
}

const newGroup = (keys: Key[]): Group => ({ keys, count: 0, sampleCount: 0, valued: 0, sum: 0, min: null, max: null, mix: null, nonAdditive: false });

const widen = (range: [string, string] | [number, number], value: string | number) => {
  if (value < range[0]) range[0] = value;
  if (value > range[1]) range[1] = value;
};

function add(group: Group, row: FactRow): void {
  group.count += 1;
  if (row.provenance === 'SAMPLE') group.sampleCount += 1;
  const value = row.value;
  if (value === null) return;
  group.valued += 1;
  group.sum += value;
  if (group.min === null || value < group.min) group.min = value;
  if (group.max === null || value > group.max) group.max = value;
  if (group.mix === null) {
    group.mix = { kinds: [row.measure_kind, row.measure_kind], starts: [row.period_start, row.period_start], ends: [row.period_end, row.period_end] };
  } else {
    widen(group.mix.kinds, row.measure_kind);
    widen(group.mix.starts, row.period_start);
    widen(group.mix.ends, row.period_end);
  }
  if (row.measure_kind === 'RATE' || row.measure_kind === 'OTHER') group.nonAdditive = true;
}

function valueOf(group: Group, measure: AggregateQuery['measure']): number | null {
  if (measure === 'COUNT') return group.count;
  if (group.valued === 0) return null;
  switch (measure) {
    case 'SUM': return group.sum;
    case 'AVG': return group.sum / group.valued;
    case 'MIN': return group.min;
    case 'MAX': return group.max;
  }
}

export function aggregateFactsInMemory(facts: VisibleFacts, query: AggregateQuery, check?: MixCheck): AggregateResultData {
  const dimensions = groupedDimensions(query);
  const categoryOf = (row: FactRow) => (row.indicator === null ? null : facts.catalog.indicatorByCode.get(row.indicator)?.category ?? null);
  const keysOf: Record<AggregateDimension, (row: FactRow) => Key[]> = {
    REGION: (row) => [row.region], YEAR: (row) => [row.period_end], PERIOD: (row) => [row.period_start, row.period_end],
    INDICATOR: (row) => [row.indicator], CATEGORY: (row) => [categoryOf(row)], CHAPTER: (row) => [row.chapter], KIND: (row) => [row.kind],
    MEASURE_KIND: (row) => [row.measure_kind], PROVENANCE: (row) => [row.provenance], UNIT: (row) => [row.unit],
  };
  const groups = new Map<string, Group>();
  // With no dimension, everything is one group, even no facts at all (a COUNT of 0), as SQL's aggregate without GROUP BY.
  if (dimensions.length === 0) groups.set(JSON.stringify([]), newGroup([]));
  for (const row of matchingFacts(facts, query.filter)) {
    if (query.countRestatementsOnce && row.restates_earlier) continue;
    if (query.countConflictsOnce && row.yields_in_conflict) continue;
    const keys = dimensions.flatMap((dimension) => keysOf[dimension](row));
    const id = JSON.stringify(keys);
    let group = groups.get(id);
    if (group === undefined) groups.set(id, group = newGroup(keys));
    add(group, row);
  }

  const columns = dimensions.flatMap((dimension) => RESULT_COLUMNS[dimension]);
  const rows = [...groups.values()].map((group) => {
    const row: AggregateRowData = {
      region: null, year: null, period_start: null, period_end: null, indicator: null, category: null, chapter: null, kind: null,
      measure_kind: null, provenance: null, unit: null, value: valueOf(group, query.measure), count: group.count, sample_count: group.sampleCount,
    };
    columns.forEach((column, k) => { (row as unknown as Record<string, Key>)[column] = group.keys[k] ?? null; });
    return { row, group };
  });

  const read = (column: string) => (entry: { row: AggregateRowData }) => (entry.row as unknown as Record<string, Key>)[column];
  const requested = query.orderBy.length > 0 ? query.orderBy : dimensions.map((key) => ({ key, direction: 'ASC' as const }));
  const sortKeys: SortKey<{ row: AggregateRowData }>[] = [
    ...requested.flatMap(({ key, direction }) => RESULT_COLUMNS[key].map((column) => ({ read: read(column), direction }))),
    // Every grouped column last, so ties come out in one order, as in the warehouse query.
    ...dimensions.flatMap((key) => RESULT_COLUMNS[key].map((column) => ({ read: read(column), direction: 'ASC' as const }))),
  ];
  rows.sort(byKeys(sortKeys));

  if (check) {
    for (const { row, group } of rows) {
      const problem = check(groupMixOf(group.mix, group.nonAdditive));
      if (problem !== null) return { rows: [], totalRows: 0, refused: { problem, group: describeGroup(row as unknown as Record<string, unknown>) } };
    }
  }
  return { rows: rows.slice(0, query.limit).map((entry) => entry.row), totalRows: rows.length, refused: null };
}
