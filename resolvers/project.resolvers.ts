/** Resolvers for box items (projects). */
import { findProjects, type ProjectFilter } from '../warehouse/project.queries.ts';
import type { GraphQLContext } from './context.ts';
import { checkFilterText } from './fact-filter.ts';
import type { Resolvers } from './generated/resolver-types.ts';
import { canonicalCode, requireKnownCodes } from './known-codes.ts';
import { lookupKey } from './lookup-key.ts';
import { checkedConnection } from './pagination.ts';
import { required, requiredMany } from './resolve-helpers.ts';

type Ctx = GraphQLContext;

async function checkProjectFilter(ctx: Ctx, filter: ProjectFilter): Promise<ProjectFilter> {
  const region = filter.region == null ? filter.region : canonicalCode('region', filter.region);
  await Promise.all([
    filter.chapter == null ? undefined : requireKnownCodes(ctx, 'chapter', [filter.chapter], 'filter.chapter'),
    filter.box == null ? undefined : requireKnownCodes(ctx, 'box', [filter.box], 'filter.box'),
    region == null ? undefined : requireKnownCodes(ctx, 'region', [region], 'filter.region'),
  ]);
  return { ...filter, region, text: filter.text == null ? filter.text : checkFilterText(filter.text, 'filter.text') };
}

export const projectResolvers = {
  Query: {
    projects: (_, args, ctx) => checkedConnection(ctx.warehouse.dataset.version, 'Query.projects', args,
      async () => ({ filter: await checkProjectFilter(ctx, args.filter ?? {}) }),
      ({ filter }, page) => findProjects(ctx.warehouse.db, filter, page)),
    project: (_, args, ctx) => ctx.loaders.project.load(lookupKey(args, 'code')),
  },
  Project: {
    normalisations: (p) => JSON.parse(p.normalisations) as string[],
    box: (p, _, ctx) => required(ctx.loaders.box.load(p.box), `box ${p.box}`),
    chapter: (p, _, ctx) => required(ctx.loaders.chapter.load(p.chapter), `chapter ${p.chapter}`),
    facts: (p, _, ctx) => ctx.loaders.factsByProject.load(p.code),
    regions: async (p, _, ctx) => {
      const codes = [...new Set((await ctx.loaders.mentionsByProject.load(p.code)).map((m) => m.region))];
      return requiredMany(ctx.loaders.region.loadMany(codes), `regions of project ${p.code}`);
    },
  },
} satisfies Resolvers;
