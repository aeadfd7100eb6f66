/** Resolvers for the document's structure: plan, chapters, sections, boxes. */
import { planCatalogOf } from '../warehouse/plan-catalog.ts';
import type { Resolvers } from './generated/resolver-types.ts';
import { lookupKey } from './lookup-key.ts';
import { required } from './resolve-helpers.ts';

export const planResolvers = {
  Query: {
    plan: async (_, __, ctx) => (await planCatalogOf(ctx.warehouse.db)).plan,
    chapters: async (_, __, ctx) => (await planCatalogOf(ctx.warehouse.db)).chapters,
    chapter: (_, args, ctx) => {
      const key = lookupKey(args, 'number');
      // An id that is not a chapter number names no chapter: null, like any missing item.
      return /^\d{1,2}$/.test(key) ? ctx.loaders.chapter.load(Number(key)) : null;
    },
    section: (_, args, ctx) => ctx.loaders.section.load(args.id),
    boxes: async (_, __, ctx) => (await planCatalogOf(ctx.warehouse.db)).boxes,
    box: (_, args, ctx) => ctx.loaders.box.load(args.id),
  },
  Plan: {
    chapters: async (_, __, ctx) => (await planCatalogOf(ctx.warehouse.db)).chapters,
  },
  Chapter: {
    sections: (c, _, ctx) => ctx.loaders.sectionsByChapter.load(c.number),
    boxes: (c, _, ctx) => ctx.loaders.boxesByChapter.load(c.number),
    projects: (c, _, ctx) => ctx.loaders.projectsByChapter.load(c.number),
    indicators: (c, _, ctx) => ctx.loaders.indicatorsByChapter.load(c.number),
    facts: (c, _, ctx) => ctx.loaders.factsByChapter.load(c.number),
  },
  Section: {
    chapter: (s, _, ctx) => required(ctx.loaders.chapter.load(s.chapter), `chapter ${s.chapter}`),
    boxes: (s, _, ctx) => ctx.loaders.boxesBySection.load(s.id),
    facts: (s, _, ctx) => ctx.loaders.factsBySection.load(s.id),
  },
  Box: {
    chapter: (b, _, ctx) => required(ctx.loaders.chapter.load(b.chapter), `chapter ${b.chapter}`),
    section: (b, _, ctx) => (b.section === null ? null : ctx.loaders.section.load(b.section)),
    projects: (b, _, ctx) => ctx.loaders.projectsByBox.load(b.id),
  },
} satisfies Resolvers;
