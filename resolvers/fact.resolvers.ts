/** Resolvers for facts: the paged, filtered list and each fact's provenance and links. */
import { findFacts, findVisibleFactById, type FactFilter, type FactOrder, type FactParent } from '../warehouse/fact.queries.ts';
import type { FactRow } from '../warehouse/tables.ts';
import { factScopeOf, type GraphQLContext } from './context.ts';
import { checkFactFilter } from './fact-filter.ts';
import { listKey, resolvePage, toConnection, type PageArgs } from './pagination.ts';
import { andThen, requiredMany, type MaybePromise } from './resolve-helpers.ts';

type Ctx = GraphQLContext;

/** A page of facts of the root field; its cursors name the checked filter and the order. */
export async function factConnection(ctx: Ctx, filter: FactFilter, orderBy: readonly FactOrder[], args: PageArgs) {
  const scope = { dataVersion: ctx.warehouse.dataset.version, list: listKey('Query.facts', { filter, orderBy }) };
  const page = resolvePage(args, scope);
  return toConnection(await findFacts(factScopeOf(ctx), filter, orderBy, page), page, scope);
}

/** The facts of an indicator or a region, a page per parent, batched across parents (no N+1). */
export async function parentFactConnection(ctx: Ctx, parent: FactParent, key: string, args: PageArgs) {
  // Each parent's facts are a list of their own: I04's cursor does not page I05's facts.
  const scope = { dataVersion: ctx.warehouse.dataset.version, list: listKey(parent === 'indicator' ? 'Indicator.facts' : 'Region.facts', { parent: key }) };
  const page = resolvePage(args, scope);
  return toConnection(await ctx.loaders.factPage.load({ parent, key, page }), page, scope);
}

function linkedFacts(links: MaybePromise<{ other_id: string }[]>, ctx: Ctx, what: string) {
  return andThen(links, (found) => requiredMany(ctx.loaders.fact.loadMany(found.map((l) => l.other_id)), what));
}

export const factResolvers = {
  Query: {
    facts: async (_: unknown, args: PageArgs & { filter?: FactFilter | null; orderBy?: FactOrder[] | null }, ctx: Ctx) =>
      factConnection(ctx, await checkFactFilter(ctx, args.filter, 'filter'), args.orderBy ?? [], args),
    // Observations too (their ids are "o:…"), so any Fact.id a caller has seen can be looked up again.
    fact: (_: unknown, args: { id: string }, ctx: Ctx) => findVisibleFactById(factScopeOf(ctx), args.id),
  },
  Fact: {
    indicator: (f: FactRow, _: unknown, ctx: Ctx) => (f.indicator === null ? null : ctx.loaders.indicator.load(f.indicator)),
    valueText: (f: FactRow) => f.value_text,
    valueParts: (f: FactRow) => (f.value_parts === null ? null : f.value_parts.split(':').map(Number)),
    comparatorText: (f: FactRow) => f.comparator_text,
    periodStart: (f: FactRow) => f.period_start,
    periodEnd: (f: FactRow) => f.period_end,
    periodType: (f: FactRow) => f.period_type,
    measureKind: (f: FactRow) => f.measure_kind,
    region: (f: FactRow, _: unknown, ctx: Ctx) => (f.region === null ? null : ctx.loaders.region.load(f.region)),
    regionText: (f: FactRow) => f.region_text,
    appliesTo: (f: FactRow, _: unknown, ctx: Ctx) => andThen(ctx.loaders.regionsOfFact.load(f.id), (regions) =>
      requiredMany(ctx.loaders.region.loadMany(regions.map((r) => r.region).filter((code) => code !== f.region)), `regions of fact ${f.id}`)),
    isSample: (f: FactRow) => f.provenance === 'SAMPLE',
    source: (f: FactRow) => (f.quote === null ? null : f),
    origin: (f: FactRow) => (f.source_file === null ? null : { file: f.source_file, row: f.source_row }),
    inferredColumn: (f: FactRow) => f.inferred_column,
    conflictsWith: (f: FactRow, _: unknown, ctx: Ctx) => linkedFacts(ctx.loaders.conflictLinks.load(f.id), ctx, `conflicts of ${f.id}`),
    agreesWith: (f: FactRow, _: unknown, ctx: Ctx) => linkedFacts(ctx.loaders.agreementLinks.load(f.id), ctx, `agreements of ${f.id}`),
  },
  FactSource: {
    chapter: (f: FactRow, _: unknown, ctx: Ctx) => (f.chapter === null ? null : ctx.loaders.chapter.load(f.chapter)),
    section: (f: FactRow, _: unknown, ctx: Ctx) => (f.section === null ? null : ctx.loaders.section.load(f.section)),
    box: (f: FactRow, _: unknown, ctx: Ctx) => (f.box === null ? null : ctx.loaders.box.load(f.box)),
    project: (f: FactRow, _: unknown, ctx: Ctx) => (f.project === null ? null : ctx.loaders.project.load(f.project)),
    quote: (f: FactRow) => f.quote,
  },
};
