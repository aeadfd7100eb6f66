/** Resolver for the served data version. */
import type { GraphQLContext } from './context.ts';

export const datasetResolvers = {
  Query: {
    dataset: (_: unknown, __: unknown, ctx: GraphQLContext) => ctx.warehouse.dataset,
  },
};
