/** Resolvers for `aggregate`: input checks, then one grouped query and one count. */
import { aggregateFacts, type AggregateDimension, type AggregateMeasure, type AggregateRowData, type AggregateSortKey } from '../warehouse/aggregate.queries.ts';
import type { FactFilter } from '../warehouse/fact.queries.ts';
import { factScopeOf, type GraphQLContext } from './context.ts';
import { badUserInput } from './errors.ts';
import { checkFactFilter } from './fact-filter.ts';

type Ctx = GraphQLContext;

export const DEFAULT_AGGREGATE_LIMIT = 1000;
export const MAX_AGGREGATE_LIMIT = 10_000;

interface AggregateInput {
  measure: AggregateMeasure;
  groupBy?: AggregateDimension[] | null;
  filter?: FactFilter | null;
  orderBy?: { key: AggregateSortKey; direction?: 'ASC' | 'DESC' | null }[] | null;
  limit?: number | null;
  countRestatementsOnce?: boolean | null;
}

/** Sums of doubles differ in the last bits between engines and orders of addition; 12 digits are more than the data has. */
function roundValue(value: number | null): number | null {
  return value === null ? null : Number(Number(value).toPrecision(12));
}

function checkInput(input: AggregateInput) {
  const groupBy = input.groupBy ?? [];
  if (new Set(groupBy).size !== groupBy.length) throw badUserInput('input', 'groupBy names a dimension twice');
  const limit = input.limit ?? DEFAULT_AGGREGATE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AGGREGATE_LIMIT) throw badUserInput('input', `limit must be a whole number from 1 to ${MAX_AGGREGATE_LIMIT}, got ${limit}`);
  const orderBy = (input.orderBy ?? []).map((o) => ({ key: o.key, direction: o.direction ?? 'ASC' }));
  for (const { key } of orderBy) {
    if (key !== 'VALUE' && key !== 'COUNT' && key !== 'UNIT' && !groupBy.includes(key)) throw badUserInput('input', `orderBy ${key} needs ${key} in groupBy`);
  }
  return { measure: input.measure, groupBy, filter: checkFactFilter(input.filter, 'input'), orderBy, limit, countRestatementsOnce: input.countRestatementsOnce ?? true };
}

export const aggregateResolvers = {
  Query: {
    aggregate: async (_: unknown, args: { input: AggregateInput }, ctx: Ctx) => {
      const query = checkInput(args.input);
      const { rows, totalRows } = await aggregateFacts(factScopeOf(ctx), query);
      return { rows, totalRows, truncated: totalRows > rows.length };
    },
  },
  AggregateRow: {
    regionCode: (r: AggregateRowData) => r.region,
    region: (r: AggregateRowData, _: unknown, ctx: Ctx) => (r.region === null ? null : ctx.loaders.region.load(r.region)),
    indicatorCode: (r: AggregateRowData) => r.indicator,
    indicator: (r: AggregateRowData, _: unknown, ctx: Ctx) => (r.indicator === null ? null : ctx.loaders.indicator.load(r.indicator)),
    chapterNumber: (r: AggregateRowData) => r.chapter,
    chapter: (r: AggregateRowData, _: unknown, ctx: Ctx) => (r.chapter === null ? null : ctx.loaders.chapter.load(r.chapter)),
    value: (r: AggregateRowData) => roundValue(r.value),
    count: (r: AggregateRowData) => Number(r.count),
  },
};
