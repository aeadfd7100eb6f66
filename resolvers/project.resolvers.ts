/** Resolvers for box items (projects). */
import { findProjects, type ProjectFilter } from '../warehouse/project.queries.ts';
import type { ProjectRow } from '../warehouse/tables.ts';
import type { GraphQLContext } from './context.ts';
import { checkFilterText } from './fact-filter.ts';
import { canonicalCode, requireKnownCodes } from './known-codes.ts';
import { lookupKey } from './lookup-key.ts';
import { listKey, pageSize, resolvePage, toConnection, type PageArgs } from './pagination.ts';
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
    projects: async (_: unknown, args: PageArgs & { filter?: ProjectFilter | null }, ctx: Ctx) => {
      pageSize(args);
      const filter = await checkProjectFilter(ctx, args.filter ?? {});
      const scope = { dataVersion: ctx.warehouse.dataset.version, list: listKey('Query.projects', { filter }) };
      const page = resolvePage(args, scope);
      return toConnection(await findProjects(ctx.warehouse.db, filter, page), page, scope);
    },
    project: (_: unknown, args: { code?: string | null; id?: string | null }, ctx: Ctx) => ctx.loaders.project.load(lookupKey(args, 'code')),
  },
  Project: {
    titleFromText: (p: ProjectRow) => p.title_from_text,
    printedHeading: (p: ProjectRow) => p.printed_heading,
    normalisations: (p: ProjectRow) => JSON.parse(p.normalisations) as string[],
    box: (p: ProjectRow, _: unknown, ctx: Ctx) => required(ctx.loaders.box.load(p.box), `box ${p.box}`),
    chapter: (p: ProjectRow, _: unknown, ctx: Ctx) => required(ctx.loaders.chapter.load(p.chapter), `chapter ${p.chapter}`),
    facts: (p: ProjectRow, _: unknown, ctx: Ctx) => ctx.loaders.factsByProject.load(p.code),
    regions: async (p: ProjectRow, _: unknown, ctx: Ctx) => {
      const codes = [...new Set((await ctx.loaders.mentionsByProject.load(p.code)).map((m) => m.region))];
      return requiredMany(ctx.loaders.region.loadMany(codes), `regions of project ${p.code}`);
    },
  },
};
