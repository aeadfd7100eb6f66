/** Resolvers for the document's structure: plan, chapters, sections, boxes. */
import { planCatalogOf } from '../warehouse/plan-catalog.ts';
import type { BoxRow, ChapterRow, PlanRow, SectionRow } from '../warehouse/tables.ts';
import type { GraphQLContext } from './context.ts';
import { lookupKey } from './lookup-key.ts';
import { required } from './resolve-helpers.ts';

type Ctx = GraphQLContext;

export const planResolvers = {
  Query: {
    plan: async (_: unknown, __: unknown, ctx: Ctx) => (await planCatalogOf(ctx.warehouse.db)).plan,
    chapters: async (_: unknown, __: unknown, ctx: Ctx) => (await planCatalogOf(ctx.warehouse.db)).chapters,
    chapter: (_: unknown, args: { number?: number | null; id?: string | null }, ctx: Ctx) => {
      const key = lookupKey(args, 'number');
      // An id that is not a chapter number names no chapter: null, like any missing item.
      return /^\d{1,2}$/.test(key) ? ctx.loaders.chapter.load(Number(key)) : null;
    },
    section: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.section.load(args.id),
    boxes: async (_: unknown, __: unknown, ctx: Ctx) => (await planCatalogOf(ctx.warehouse.db)).boxes,
    box: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.box.load(args.id),
  },
  Plan: {
    noticeTitle: (p: PlanRow) => p.notice_title,
    documentNumber: (p: PlanRow) => p.document_number,
    signedOn: (p: PlanRow) => p.signed_on,
    publishedOn: (p: PlanRow) => p.published_on,
    indexNumber: (p: PlanRow) => p.index_number,
    periodStart: (p: PlanRow) => p.period_start,
    periodEnd: (p: PlanRow) => p.period_end,
    visionYear: (p: PlanRow) => p.vision_year,
    chapters: async (_: PlanRow, __: unknown, ctx: Ctx) => (await planCatalogOf(ctx.warehouse.db)).chapters,
  },
  Chapter: {
    titleEn: (c: ChapterRow) => c.title_en,
    sections: (c: ChapterRow, _: unknown, ctx: Ctx) => ctx.loaders.sectionsByChapter.load(c.number),
    boxes: (c: ChapterRow, _: unknown, ctx: Ctx) => ctx.loaders.boxesByChapter.load(c.number),
    projects: (c: ChapterRow, _: unknown, ctx: Ctx) => ctx.loaders.projectsByChapter.load(c.number),
    indicators: (c: ChapterRow, _: unknown, ctx: Ctx) => ctx.loaders.indicatorsByChapter.load(c.number),
    facts: (c: ChapterRow, _: unknown, ctx: Ctx) => ctx.loaders.factsByChapter.load(c.number),
  },
  Section: {
    chapter: (s: SectionRow, _: unknown, ctx: Ctx) => required(ctx.loaders.chapter.load(s.chapter), `chapter ${s.chapter}`),
    boxes: (s: SectionRow, _: unknown, ctx: Ctx) => ctx.loaders.boxesBySection.load(s.id),
    facts: (s: SectionRow, _: unknown, ctx: Ctx) => ctx.loaders.factsBySection.load(s.id),
  },
  Box: {
    chapter: (b: BoxRow, _: unknown, ctx: Ctx) => required(ctx.loaders.chapter.load(b.chapter), `chapter ${b.chapter}`),
    section: (b: BoxRow, _: unknown, ctx: Ctx) => (b.section === null ? null : ctx.loaders.section.load(b.section)),
    projects: (b: BoxRow, _: unknown, ctx: Ctx) => ctx.loaders.projectsByBox.load(b.id),
  },
};
