/** Resolvers for regions and where the text names them. */
import { listRegions } from '../warehouse/region.queries.ts';
import { checkFilterText } from './fact-filter.ts';
import type { Resolvers } from './generated/resolver-types.ts';
import { canonicalCode, requireKnownCodes } from './known-codes.ts';
import { lookupKey } from './lookup-key.ts';
import { parentFactConnection } from './fact.resolvers.ts';
import { planPlaceResolvers } from './plan-place.resolvers.ts';

export const regionResolvers = {
  Query: {
    regions: async (_, args, ctx) => {
      const filter = args.filter ?? {};
      const parent = filter.parent == null ? filter.parent : canonicalCode('region', filter.parent);
      if (parent != null) await requireKnownCodes(ctx, 'region', [parent], 'filter.parent');
      return listRegions(ctx.warehouse.db, { ...filter, parent, name: filter.name == null ? filter.name : checkFilterText(filter.name, 'filter.name') });
    },
    region: (_, args, ctx) => ctx.loaders.region.load(canonicalCode('region', lookupKey(args, 'code'))),
  },
  Region: {
    parent: (r, _, ctx) => (r.parent === null ? null : ctx.loaders.region.load(r.parent)),
    children: (r, _, ctx) => ctx.loaders.regionChildren.load(r.code),
    facts: (r, args, ctx) => parentFactConnection(ctx, 'region', r.code, args),
    projects: (r, _, ctx) => ctx.loaders.projectsByRegion.load(r.code),
    mentions: (r, _, ctx) => ctx.loaders.mentionsByRegion.load(r.code),
  },
  RegionMention: { ...planPlaceResolvers },
} satisfies Resolvers;
