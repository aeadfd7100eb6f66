/** Resolvers for the main indicators. */
import { badUserInput } from '../core/errors.ts';
import { baselineFactId, targetFactId } from '../dataset/fact-ids.ts';
import { findIndicators, type IndicatorFilter } from '../warehouse/indicator.queries.ts';
import type { GraphQLContext } from './context.ts';
import { checkFilterText, MAX_FILTER_LIST } from './fact-filter.ts';
import type { Resolvers } from './generated/resolver-types.ts';
import { canonicalCode, requireKnownCodes } from './known-codes.ts';
import { lookupKey } from './lookup-key.ts';
import { parentFactConnection } from './fact.resolvers.ts';
import { checkedConnection } from './pagination.ts';
import { withDirections } from './sort-direction.ts';

type Ctx = GraphQLContext;

async function checkIndicatorFilter(ctx: Ctx, filter: IndicatorFilter): Promise<IndicatorFilter> {
  const codes = filter.codes?.map((code) => canonicalCode('indicator', code)) ?? null;
  if (codes !== null && codes.length > MAX_FILTER_LIST) throw badUserInput('filter.codes', `codes may hold at most ${MAX_FILTER_LIST} items, got ${codes.length}`);
  if (codes !== null) await requireKnownCodes(ctx, 'indicator', codes, 'filter.codes');
  return { ...filter, codes, name: filter.name == null ? filter.name : checkFilterText(filter.name, 'filter.name') };
}

export const indicatorResolvers = {
  Query: {
    indicators: (_, args, ctx) => checkedConnection(ctx.warehouse.dataset.version, 'Query.indicators', args,
      async () => ({ filter: await checkIndicatorFilter(ctx, args.filter ?? {}), orderBy: withDirections(args.orderBy) }),
      ({ filter, orderBy }, page) => findIndicators(ctx.warehouse.db, filter, orderBy, page)),
    indicator: (_, args, ctx) => ctx.loaders.indicator.load(canonicalCode('indicator', lookupKey(args, 'code'))),
  },
  Indicator: {
    row: (i) => i.row_number,
    // Table facts have the stable ids "I04-baseline" and "I04-target".
    baseline: (i, _, ctx) => ctx.loaders.fact.load(baselineFactId(i.code)),
    target: (i, _, ctx) => ctx.loaders.fact.load(targetFactId(i.code)),
    facts: (i, args, ctx) => parentFactConnection(ctx, 'indicator', i.code, args),
  },
} satisfies Resolvers;
