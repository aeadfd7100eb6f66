/** Resolvers for the main indicators. */
import { findIndicators, type IndicatorFilter, type IndicatorOrder } from '../warehouse/indicator.queries.ts';
import type { IndicatorRow } from '../warehouse/tables.ts';
import type { GraphQLContext } from './context.ts';
import { parentFactConnection } from './fact.resolvers.ts';
import { resolvePage, toConnection, type PageArgs } from './pagination.ts';

type Ctx = GraphQLContext;

export const indicatorResolvers = {
  Query: {
    indicators: async (_: unknown, args: PageArgs & { filter?: IndicatorFilter | null; orderBy?: IndicatorOrder[] | null }, ctx: Ctx) => {
      const version = ctx.warehouse.dataset.version;
      const page = resolvePage(args, version);
      return toConnection(await findIndicators(ctx.warehouse.db, args.filter ?? {}, args.orderBy ?? [], page), page, version);
    },
    indicator: (_: unknown, args: { code: string }, ctx: Ctx) => ctx.loaders.indicator.load(args.code),
  },
  Indicator: {
    row: (i: IndicatorRow) => i.row_number,
    nameEn: (i: IndicatorRow) => i.name_en,
    categoryLabel: (i: IndicatorRow) => i.category_label,
    attributeLabel: (i: IndicatorRow) => i.attribute_label,
    periodType: (i: IndicatorRow) => i.period_type,
    printedRow: (i: IndicatorRow) => i.printed_row,
    // Table facts have the stable ids "I04-baseline" and "I04-target".
    baseline: (i: IndicatorRow, _: unknown, ctx: Ctx) => ctx.loaders.fact.load(`${i.code}-baseline`),
    target: (i: IndicatorRow, _: unknown, ctx: Ctx) => ctx.loaders.fact.load(`${i.code}-target`),
    facts: (i: IndicatorRow, args: PageArgs, ctx: Ctx) => parentFactConnection(ctx, 'indicator', i.code, args),
  },
};
