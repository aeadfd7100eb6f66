/** Resolvers for regions and where the text names them. */
import { listRegions, type RegionFilter } from '../warehouse/region.queries.ts';
import type { RegionMentionRow, RegionRow } from '../warehouse/tables.ts';
import type { GraphQLContext } from './context.ts';
import { checkFilterText } from './fact-filter.ts';
import { canonicalCode, requireKnownCodes } from './known-codes.ts';
import { lookupKey } from './lookup-key.ts';
import { parentFactConnection } from './fact.resolvers.ts';
import type { PageArgs } from './pagination.ts';

type Ctx = GraphQLContext;

export const regionResolvers = {
  Query: {
    regions: async (_: unknown, args: { filter?: RegionFilter | null }, ctx: Ctx) => {
      const filter = args.filter ?? {};
      const parent = filter.parent == null ? filter.parent : canonicalCode('region', filter.parent);
      if (parent != null) await requireKnownCodes(ctx, 'region', [parent], 'filter.parent');
      return listRegions(ctx.warehouse.db, { ...filter, parent, name: filter.name == null ? filter.name : checkFilterText(filter.name, 'filter.name') });
    },
    region: (_: unknown, args: { code?: string | null; id?: string | null }, ctx: Ctx) => ctx.loaders.region.load(canonicalCode('region', lookupKey(args, 'code'))),
  },
  Region: {
    codeScheme: (r: RegionRow) => r.code_scheme,
    nameEn: (r: RegionRow) => r.name_en,
    parent: (r: RegionRow, _: unknown, ctx: Ctx) => (r.parent === null ? null : ctx.loaders.region.load(r.parent)),
    children: (r: RegionRow, _: unknown, ctx: Ctx) => ctx.loaders.regionChildren.load(r.code),
    facts: (r: RegionRow, args: PageArgs, ctx: Ctx) => parentFactConnection(ctx, 'region', r.code, args),
    projects: (r: RegionRow, _: unknown, ctx: Ctx) => ctx.loaders.projectsByRegion.load(r.code),
    mentions: (r: RegionRow, _: unknown, ctx: Ctx) => ctx.loaders.mentionsByRegion.load(r.code),
  },
  RegionMention: {
    chapter: (m: RegionMentionRow, _: unknown, ctx: Ctx) => (m.chapter === null ? null : ctx.loaders.chapter.load(m.chapter)),
    section: (m: RegionMentionRow, _: unknown, ctx: Ctx) => (m.section === null ? null : ctx.loaders.section.load(m.section)),
    box: (m: RegionMentionRow, _: unknown, ctx: Ctx) => (m.box === null ? null : ctx.loaders.box.load(m.box)),
    project: (m: RegionMentionRow, _: unknown, ctx: Ctx) => (m.project === null ? null : ctx.loaders.project.load(m.project)),
  },
};
