/**
 * Aggregates over facts (plan facts and the observations the audience may see): a
 * measure grouped by any of the dimensions. Values are always grouped by unit as
 * well, so values of different units are never combined; COUNT counts facts, which
 * have no unit to split by unless UNIT is asked for. Each group also reports what a
 * sum would mix (measure kinds, periods), so the resolver can refuse a misleading
 * SUM. Built with the query builder so PostgreSQL's per-version schema applies to
 * every table.
 */
import { sql } from 'kysely';
import {
  describeGroup, groupedDimensions, groupMixOf, RESULT_COLUMNS,
  type AggregateDimension, type AggregateMeasure, type AggregateQuery, type AggregateResultData, type AggregateRowData, type AggregateSortKey, type GroupMix, type MixCheck,
} from './aggregate-shape.ts';
import { filteredFacts } from './fact.queries.ts';
import { aggregateFactsInMemory } from './memory/memory-aggregate.ts';
import type { FactScope } from './visible-data.ts';

export type { AggregateDimension, AggregateMeasure, AggregateQuery, AggregateResultData, AggregateRowData, AggregateSortKey, GroupMix, MixCheck };

/** Columns grouped on per dimension; a fact's year is the last year of its period, its period both years. */
const DIMENSION_COLUMNS = {
  REGION: ['f.region'], YEAR: ['f.period_end'], PERIOD: ['f.period_start', 'f.period_end'], INDICATOR: ['f.indicator'], CATEGORY: ['i.category'],
  CHAPTER: ['f.chapter'], KIND: ['f.kind'], MEASURE_KIND: ['f.measure_kind'], PROVENANCE: ['f.provenance'], UNIT: ['f.unit'],
} as const satisfies Record<AggregateDimension, readonly string[]>;

function measureOf(measure: AggregateMeasure) {
  switch (measure) {
    case 'SUM': return sql<number | null>`sum(f.value)`;
    case 'AVG': return sql<number | null>`avg(f.value)`;
    case 'MIN': return sql<number | null>`min(f.value)`;
    case 'MAX': return sql<number | null>`max(f.value)`;
    case 'COUNT': return sql<number>`count(*)`;
  }
}

const valued = (expression: ReturnType<typeof sql>) => sql`case when f.value is not null then ${expression} end`;

/**
 * What a group's values are made of (see GroupMix), for a check to read: the least and
 * greatest kind, period start and end. One kind and one period are "least = greatest",
 * which costs a scan no more than the sum itself does (a count(distinct) over a million
 * observations would sort them).
 */
function mixColumns() {
  return [
    sql<string | null>`min(${valued(sql`f.measure_kind`)})`.as('mix_kind_min'),
    sql<string | null>`max(${valued(sql`f.measure_kind`)})`.as('mix_kind_max'),
    sql<number | null>`min(${valued(sql`f.period_start`)})`.as('mix_start_min'),
    sql<number | null>`max(${valued(sql`f.period_start`)})`.as('mix_start_max'),
    sql<number | null>`min(${valued(sql`f.period_end`)})`.as('mix_end_min'),
    sql<number | null>`max(${valued(sql`f.period_end`)})`.as('mix_end_max'),
    sql<number>`max(case when f.value is not null and f.measure_kind in ('RATE', 'OTHER') then 1 else 0 end)`.as('mix_non_additive'),
  ];
}

/**
 * One row per group with the grouped columns only (on DuckDB a statement's cost grows
 * with every column it returns; the rest are null and filled in by `toRowData`), and
 * the indicator joined only for CATEGORY.
 */
function groupedQuery(scope: FactScope, query: AggregateQuery, withMix: boolean) {
  const dimensions = groupedDimensions(query);
  const facts = scope.db.selectFrom(filteredFacts(scope, query.filter).selectAll().as('f'));
  const source = dimensions.includes('CATEGORY') ? facts.leftJoin('indicator as i', 'i.code', 'f.indicator') : facts;
  let grouped = source
    .select(dimensions.flatMap((d) => RESULT_COLUMNS[d].map((alias, k) => sql.ref(DIMENSION_COLUMNS[d][k]!).as(alias))))
    .select([
      measureOf(query.measure).as('value'),
      sql<number>`count(*)`.as('count'),
      sql<number>`sum(case when f.provenance = 'SAMPLE' then 1 else 0 end)`.as('sample_count'),
      ...(withMix ? mixColumns() : []),
    ]);
  // No dimension at all (a COUNT of everything) is one group: no GROUP BY clause.
  const columns = dimensions.flatMap((d) => DIMENSION_COLUMNS[d]);
  if (columns.length > 0) grouped = grouped.groupBy(columns);
  if (query.countRestatementsOnce) grouped = grouped.where('f.restates_earlier', '=', false);
  if (query.countConflictsOnce) grouped = grouped.where('f.yields_in_conflict', '=', false);
  return grouped;
}

type MixColumns = {
  mix_kind_min: string | null; mix_kind_max: string | null; mix_start_min: unknown; mix_start_max: unknown;
  mix_end_min: unknown; mix_end_max: unknown; mix_non_additive: unknown;
};

function mixOf(row: MixColumns): GroupMix {
  const [startMin, startMax, endMin, endMax] = [row.mix_start_min, row.mix_start_max, row.mix_end_min, row.mix_end_max].map(Number);
  return groupMixOf(row.mix_kind_min === null ? null : {
    kinds: [row.mix_kind_min, row.mix_kind_max!], starts: [startMin!, startMax!], ends: [endMin!, endMax!],
  }, Number(row.mix_non_additive) > 0);
}

/** A result row as the resolvers read it: null for every dimension not grouped on. */
function toRowData(row: Record<string, unknown>): AggregateRowData {
  const column = (name: string) => row[name] ?? null;
  return {
    region: column('region'), year: column('year'), period_start: column('period_start'), period_end: column('period_end'),
    indicator: column('indicator'), category: column('category'), chapter: column('chapter'), kind: column('kind'),
    measure_kind: column('measure_kind'), provenance: column('provenance'), unit: column('unit'), value: column('value'),
    count: Number(row.count), sample_count: Number(row.sample_count),
  } as AggregateRowData;
}

/** The groups of an aggregate, ordered and limited, with how many groups there are in all. */
export async function aggregateFacts(scope: FactScope, query: AggregateQuery, check?: MixCheck): Promise<AggregateResultData> {
  const inMemory = await scope.inMemory();
  if (inMemory) return aggregateFactsInMemory(inMemory, query, check);
  const { db } = scope;
  const grouped = groupedQuery(scope, query, check !== undefined);
  // The number of groups, and the worst mix any group has, ride along as window values: the grouping runs once.
  let ordered = db.selectFrom(grouped.as('g')).selectAll().select([
    sql<number>`count(*) over ()`.as('total_rows'),
    ...(check ? [
      sql<number>`max(case when g.mix_kind_min <> g.mix_kind_max then 1 else 0 end) over ()`.as('worst_kinds'),
      sql<number>`max(case when g.mix_start_min <> g.mix_start_max or g.mix_end_min <> g.mix_end_max then 1 else 0 end) over ()`.as('worst_periods'),
      sql<number>`max(g.mix_non_additive) over ()`.as('worst_non_additive'),
    ] : []),
  ]);
  const sortColumns = (key: AggregateSortKey) => RESULT_COLUMNS[key];
  const keys = query.orderBy.length > 0 ? query.orderBy : groupedDimensions(query).map((key) => ({ key, direction: 'ASC' as const }));
  for (const { key, direction } of keys) {
    for (const column of sortColumns(key)) ordered = ordered.orderBy(sql.ref(`g.${column}`), (ob) => (direction === 'DESC' ? ob.desc() : ob.asc()).nullsLast());
  }
  // Every grouped column last, so ties come out in the same order on every engine.
  for (const key of groupedDimensions(query)) for (const column of sortColumns(key)) ordered = ordered.orderBy(sql.ref(`g.${column}`), (ob) => ob.asc().nullsLast());
  const rows = await ordered.limit(query.limit).execute();
  const first = rows[0];
  if (check && first) {
    const worstOf = first as unknown as { worst_kinds: unknown; worst_periods: unknown; worst_non_additive: unknown };
    const worst = { mixesKinds: Number(worstOf.worst_kinds) > 0, mixesPeriods: Number(worstOf.worst_periods) > 0, nonAdditive: Number(worstOf.worst_non_additive) > 0, measureKindRange: null, periodRange: null };
    if (check(worst) !== null) {
      // Only on the way to an error: name the first group in the result's order that the check refuses.
      const offending = rows.find((row) => check(mixOf(row as unknown as MixColumns)) !== null)
        ?? (await ordered.execute()).find((row) => check(mixOf(row as unknown as MixColumns)) !== null)!;
      return { rows: [], totalRows: 0, refused: { problem: check(mixOf(offending))!, group: describeGroup(offending) } };
    }
  }
  const totalRows = Number(first?.total_rows ?? 0);
  return {
    rows: rows.map((row) => toRowData(row as Record<string, unknown>)),
    totalRows,
    refused: null,
  };
}
