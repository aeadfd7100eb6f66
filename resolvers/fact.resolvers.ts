/** Resolvers for facts: the paged, filtered list and each fact's provenance and links. */
import { findFacts, type FactFilter, type FactOrder, type FactParent } from '../warehouse/fact.queries.ts';
import type { FactRow } from '../warehouse/tables.ts';
import { factScopeOf, type GraphQLContext } from './context.ts';
import { checkFactFilter } from './fact-filter.ts';
import type { Resolvers } from './generated/resolver-types.ts';
import { listKey, resolvePage, toConnection, type PageArgs } from './pagination.ts';
import type { FactSourceParent } from './resolver-parents.ts';
import { andThen, requiredMany, type MaybePromise } from './resolve-helpers.ts';
import { withDirections } from './sort-direction.ts';

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

const hasSource = (f: FactRow): f is FactSourceParent => f.quote !== null;

function linkedFacts(links: MaybePromise<{ other_id: string }[]>, ctx: Ctx, what: string) {
  return andThen(links, (found) => requiredMany(ctx.loaders.fact.loadMany(found.map((l) => l.other_id)), what));
}

export const factResolvers = {
  Query: {
    facts: async (_, args, ctx) =>
      factConnection(ctx, await checkFactFilter(ctx, args.filter, 'filter'), withDirections(args.orderBy), args),
    // Observations too (their ids are "o:…"), so any Fact.id a caller has seen can be looked up again.
    fact: (_, args, ctx) => ctx.loaders.visibleFact.load(args.id),
  },
  Fact: {
    indicator: (f, _, ctx) => (f.indicator === null ? null : ctx.loaders.indicator.load(f.indicator)),
    valueParts: (f) => (f.value_parts === null ? null : f.value_parts.split(':').map(Number)),
    region: (f, _, ctx) => (f.region === null ? null : ctx.loaders.region.load(f.region)),
    appliesTo: (f, _, ctx) => andThen(ctx.loaders.regionsOfFact.load(f.id), (regions) =>
      requiredMany(ctx.loaders.region.loadMany(regions.map((r) => r.region).filter((code) => code !== f.region)), `regions of fact ${f.id}`)),
    isSample: (f) => f.provenance === 'SAMPLE',
    source: (f) => (hasSource(f) ? f : null),
    // An observation has both, a plan fact neither.
    origin: (f) => (f.source_file === null || f.source_row === null ? null : { file: f.source_file, row: f.source_row }),
    conflictsWith: (f, _, ctx) => linkedFacts(ctx.loaders.conflictLinks.load(f.id), ctx, `conflicts of ${f.id}`),
    agreesWith: (f, _, ctx) => linkedFacts(ctx.loaders.agreementLinks.load(f.id), ctx, `agreements of ${f.id}`),
  },
  FactSource: {
    chapter: (f, _, ctx) => (f.chapter === null ? null : ctx.loaders.chapter.load(f.chapter)),
    section: (f, _, ctx) => (f.section === null ? null : ctx.loaders.section.load(f.section)),
    box: (f, _, ctx) => (f.box === null ? null : ctx.loaders.box.load(f.box)),
    project: (f, _, ctx) => (f.project === null ? null : ctx.loaders.project.load(f.project)),
  },
} satisfies Resolvers;
