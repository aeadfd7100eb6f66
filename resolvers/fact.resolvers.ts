/** Resolvers for facts: the paged, filtered list and each fact's provenance and links. */
import { findFacts, type FactFilter, type FactOrder, type FactParent } from '../warehouse/fact.queries.ts';
import type { FactRow } from '../warehouse/tables.ts';
import { factScopeOf, type GraphQLContext } from './context.ts';
import { checkFactFilter } from './fact-filter.ts';
import type { Resolvers } from './generated/resolver-types.ts';
import { planPlaceResolvers } from './plan-place.resolvers.ts';
import { connectionOf, listKey, type PageArgs } from './pagination.ts';
import type { FactSourceParent } from './resolver-parents.ts';
import { andThen, requiredMany, type MaybePromise } from './resolve-helpers.ts';
import { withDirections } from './sort-direction.ts';

type Ctx = GraphQLContext;

/** A page of facts of the root field; its cursors name the checked filter and the order. */
export async function factConnection(ctx: Ctx, filter: FactFilter, orderBy: readonly FactOrder[], args: PageArgs) {
  return connectionOf(ctx.warehouse.dataset.version, listKey('Query.facts', { filter, orderBy }), args, (page) => findFacts(factScopeOf(ctx), filter, orderBy, page));
}

/** The facts of an indicator or a region, a page per parent, batched across parents (no N+1). */
export async function parentFactConnection(ctx: Ctx, parent: FactParent, key: string, args: PageArgs) {
  // Each parent's facts are a list of their own: I04's cursor does not page I05's facts.
  const list = listKey(parent === 'indicator' ? 'Indicator.facts' : 'Region.facts', { parent: key });
  return connectionOf(ctx.warehouse.dataset.version, list, args, (page) => ctx.loaders.factPage.load({ parent, key, page }));
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
  FactSource: { ...planPlaceResolvers },
} satisfies Resolvers;
