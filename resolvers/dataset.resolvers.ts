/** Resolver for the served data version and how the process keeps it current. */
import type { RefreshStatus } from '../warehouse/serving-warehouse.ts';
import { visibleFiles } from '../warehouse/visible-data.ts';
import type { GraphQLContext } from './context.ts';
import type { Resolvers } from './generated/resolver-types.ts';

/** A warehouse opened directly (tests, tools) is never refreshed: it is simply current. */
const NOT_REFRESHED: RefreshStatus = { state: 'CURRENT', checkedAt: null, error: null, failedAt: null, failedVersion: null };

/** The served data version as this caller may see it (Query.dataset, and node ids of Dataset). */
export function servedDataset(ctx: GraphQLContext) {
  return {
    ...ctx.warehouse.dataset,
    files: visibleFiles(ctx.warehouse.dataset.files, ctx.audience),
    refresh: ctx.refresh ?? NOT_REFRESHED,
  };
}

export const datasetResolvers = {
  Query: {
    dataset: (_, __, ctx) => servedDataset(ctx),
  },
} satisfies Resolvers;
