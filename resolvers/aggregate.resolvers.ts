/** Resolvers for `aggregate`: input checks, then one grouped query (and a second only to name a refused group). */
import { badUserInput } from '../core/errors.ts';
import { aggregateFacts, type AggregateMeasure, type GroupMix, type MixCheck } from '../warehouse/aggregate.queries.ts';
import { factScopeOf, type GraphQLContext } from './context.ts';
import { checkFactFilter } from './fact-filter.ts';
import type { AggregateInput, Resolvers } from './generated/resolver-types.ts';
import { withDirections } from './sort-direction.ts';

type Ctx = GraphQLContext;

export const DEFAULT_AGGREGATE_LIMIT = 1000;
export const MAX_AGGREGATE_LIMIT = 10_000;

/** Sums of doubles differ in the last bits between engines and orders of addition; 12 digits are more than the data has. */
function roundValue(value: number | null): number | null {
  return value === null ? null : Number(Number(value).toPrecision(12));
}

/**
 * What makes a SUM or AVG meaningless: rates added up, stocks added to flows, or one
 * stock added over several years. MIN and MAX pick one real value, COUNT counts
 * statements: those are never refused.
 */
function valueMixCheck(measure: AggregateMeasure): MixCheck | undefined {
  if (measure !== 'SUM' && measure !== 'AVG') return undefined;
  return (mix: GroupMix) => {
    if (measure === 'SUM' && mix.nonAdditive) {
      return 'SUM would add rates, shares or other values that do not add up (measure kind RATE or OTHER); use AVG, MIN or MAX, or filter measureKinds: [STOCK, ANNUAL_FLOW, CUMULATIVE_TOTAL]';
    }
    if (mix.mixesKinds) {
      const range = mix.measureKindRange ? ` (${mix.measureKindRange.join(' … ')})` : '';
      return `${measure} would combine values of different measure kinds${range}; add MEASURE_KIND to groupBy or filter one measureKind`;
    }
    if (mix.mixesPeriods) {
      const range = mix.periodRange ? ` (${mix.periodRange.join(' … ')})` : '';
      return `${measure} would combine values of different periods${range}; add PERIOD (or YEAR) to groupBy or filter one year`;
    }
    return null;
  };
}

async function checkInput(ctx: Ctx, input: AggregateInput) {
  const groupBy = input.groupBy ?? [];
  if (new Set(groupBy).size !== groupBy.length) throw badUserInput('input', 'groupBy names a dimension twice');
  const limit = input.limit ?? DEFAULT_AGGREGATE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AGGREGATE_LIMIT) throw badUserInput('input', `limit must be a whole number from 1 to ${MAX_AGGREGATE_LIMIT}, got ${limit}`);
  const orderBy = withDirections(input.orderBy);
  const unitGrouped = input.measure !== 'COUNT' || groupBy.includes('UNIT');
  for (const { key } of orderBy) {
    if (key === 'VALUE' || key === 'COUNT' || (key === 'UNIT' && unitGrouped)) continue;
    if (!groupBy.includes(key)) throw badUserInput('input', `orderBy ${key} needs ${key} in groupBy`);
  }
  return {
    measure: input.measure, groupBy, filter: await checkFactFilter(ctx, input.filter, 'input.filter'), orderBy, limit,
    countRestatementsOnce: input.countRestatementsOnce ?? true, countConflictsOnce: input.countConflictsOnce ?? true,
  };
}

export const aggregateResolvers = {
  Query: {
    aggregate: async (_, args, ctx) => {
      const query = await checkInput(ctx, args.input);
      const { rows, totalRows, refused } = await aggregateFacts(factScopeOf(ctx), query, valueMixCheck(query.measure));
      if (refused) throw badUserInput('input.measure', `${refused.problem}. First such group: ${refused.group}`);
      return { rows, totalRows, truncated: totalRows > rows.length };
    },
  },
  AggregateRow: {
    regionCode: (r) => r.region,
    region: (r, _, ctx) => (r.region === null ? null : ctx.loaders.region.load(r.region)),
    indicatorCode: (r) => r.indicator,
    indicator: (r, _, ctx) => (r.indicator === null ? null : ctx.loaders.indicator.load(r.indicator)),
    chapterNumber: (r) => r.chapter,
    chapter: (r, _, ctx) => (r.chapter === null ? null : ctx.loaders.chapter.load(r.chapter)),
    value: (r) => roundValue(r.value),
    isSample: (r) => r.sample_count > 0,
  },
} satisfies Resolvers;
