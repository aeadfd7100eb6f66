/**
 * Aggregates over facts (plan facts and the observations the audience may see): a
 * measure grouped by any of the dimensions, always also by unit, so values of
 * different units are never added together. Built with the query builder so
 * PostgreSQL's per-version schema applies to every table.
 */
import { sql } from 'kysely';
import { filteredFacts, type FactFilter } from './fact.queries.ts';
import type { FactScope } from './visible-data.ts';

export const AGGREGATE_DIMENSIONS = ['REGION', 'YEAR', 'INDICATOR', 'CATEGORY', 'CHAPTER', 'KIND', 'PROVENANCE'] as const;
export type AggregateDimension = (typeof AGGREGATE_DIMENSIONS)[number];
export type AggregateMeasure = 'SUM' | 'AVG' | 'MIN' | 'MAX' | 'COUNT';
export type AggregateSortKey = AggregateDimension | 'UNIT' | 'VALUE' | 'COUNT';

/** Result columns by dimension; a fact's year is the last year of its period. */
const DIMENSION_COLUMNS = {
  REGION: 'f.region', YEAR: 'f.period_end', INDICATOR: 'f.indicator', CATEGORY: 'i.category',
  CHAPTER: 'f.chapter', KIND: 'f.kind', PROVENANCE: 'f.provenance',
} as const satisfies Record<AggregateDimension, string>;

const ALIASES = {
  REGION: 'region', YEAR: 'year', INDICATOR: 'indicator', CATEGORY: 'category', CHAPTER: 'chapter', KIND: 'kind', PROVENANCE: 'provenance',
  UNIT: 'unit', VALUE: 'value', COUNT: 'count',
} as const satisfies Record<AggregateSortKey, string>;

export interface AggregateQuery {
  measure: AggregateMeasure;
  groupBy: readonly AggregateDimension[];
  filter: FactFilter;
  orderBy: readonly { key: AggregateSortKey; direction: 'ASC' | 'DESC' }[];
  limit: number;
  /** Leave out a fact that restates an earlier one (agreesWith), so a value the plan states twice counts once. */
  countRestatementsOnce: boolean;
}

export interface AggregateRowData {
  region: string | null;
  year: number | null;
  indicator: string | null;
  category: string | null;
  chapter: number | null;
  kind: string | null;
  provenance: string | null;
  unit: string | null;
  value: number | null;
  count: number;
}

function measureOf(measure: AggregateMeasure) {
  switch (measure) {
    case 'SUM': return sql<number | null>`sum(f.value)`;
    case 'AVG': return sql<number | null>`avg(f.value)`;
    case 'MIN': return sql<number | null>`min(f.value)`;
    case 'MAX': return sql<number | null>`max(f.value)`;
    case 'COUNT': return sql<number>`count(*)`;
  }
}

function groupedQuery(scope: FactScope, query: AggregateQuery) {
  let grouped = scope.db.selectFrom(filteredFacts(scope, query.filter).selectAll().as('f'))
    .leftJoin('indicator as i', 'i.code', 'f.indicator')
    .select([
      ...AGGREGATE_DIMENSIONS.map((d) => (query.groupBy.includes(d) ? sql.ref(DIMENSION_COLUMNS[d]) : sql`null`).as(ALIASES[d])),
      'f.unit as unit',
      measureOf(query.measure).as('value'),
      sql<number>`count(*)`.as('count'),
    ])
    .groupBy([...query.groupBy.map((d) => DIMENSION_COLUMNS[d]), 'f.unit']);
  if (query.countRestatementsOnce) grouped = grouped.where('f.restates_earlier', '=', false);
  return grouped;
}

/** The groups of an aggregate, ordered and limited, with how many groups there are in all. */
export async function aggregateFacts(scope: FactScope, query: AggregateQuery): Promise<{ rows: AggregateRowData[]; totalRows: number }> {
  const { db } = scope;
  const grouped = groupedQuery(scope, query);
  // The number of groups rides along as a window count, so the grouping runs once for rows and total.
  let ordered = db.selectFrom(grouped.as('g')).selectAll().select(sql<number>`count(*) over ()`.as('total_rows'));
  const keys = query.orderBy.length > 0 ? query.orderBy : [...query.groupBy, 'UNIT' as const].map((key) => ({ key, direction: 'ASC' as const }));
  for (const { key, direction } of keys) ordered = ordered.orderBy(sql.ref(`g.${ALIASES[key]}`), (ob) => (direction === 'DESC' ? ob.desc() : ob.asc()).nullsLast());
  // Every key last, so ties come out in the same order on every engine.
  for (const key of [...query.groupBy, 'UNIT' as const]) ordered = ordered.orderBy(sql.ref(`g.${ALIASES[key]}`), (ob) => ob.asc().nullsLast());
  const rows = await ordered.limit(query.limit).execute();
  const totalRows = Number(rows[0]?.total_rows ?? 0);
  return { rows: rows.map(({ total_rows: _, ...row }) => row) as unknown as AggregateRowData[], totalRows };
}
