/**
 * The chapter, section, box and project of a row that locates a quote in the plan
 * (FactSource, RegionMention): each null where the row names none. Each type spreads
 * them into a map of its own, as the schema's resolver merge expects.
 */
import type { GraphQLContext } from './context.ts';

interface PlacedRow {
  chapter: number | null;
  section: string | null;
  box: string | null;
  project: string | null;
}

export const planPlaceResolvers = {
  chapter: (row: PlacedRow, _: unknown, ctx: GraphQLContext) => (row.chapter === null ? null : ctx.loaders.chapter.load(row.chapter)),
  section: (row: PlacedRow, _: unknown, ctx: GraphQLContext) => (row.section === null ? null : ctx.loaders.section.load(row.section)),
  box: (row: PlacedRow, _: unknown, ctx: GraphQLContext) => (row.box === null ? null : ctx.loaders.box.load(row.box)),
  project: (row: PlacedRow, _: unknown, ctx: GraphQLContext) => (row.project === null ? null : ctx.loaders.project.load(row.project)),
};
