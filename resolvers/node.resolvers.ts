/**
 * Identity for client caches: every type with a stable key has `id`, its own key
 * within its type (what its lookup takes), and `nodeId`, the global id
 * `"<type>:" + id` that `node(id:)` resolves. Why two fields: `Fact.id`, `Section.id`
 * and `Box.id` and the lookups' `id` argument are public names with plain keys, and
 * plain keys repeat across types (chapter 1, box "1"), so the global id needs a field
 * of its own (schema/node.graphql says how Apollo Client, urql and Relay use them).
 * `node(id:)` answers through the request's loaders: plan rows from the catalog in
 * memory, observations batched, progress rows by the progress loaders.
 */
import { badUserInput } from '../core/errors.ts';
import type { ObservationProvenance } from '../warehouse/progress.queries.ts';
import { planCatalogOf } from '../warehouse/plan-catalog.ts';
import type { IndicatorRow, RegionMentionRow } from '../warehouse/tables.ts';
import type { GraphQLContext } from './context.ts';
import { servedDataset } from './dataset.resolvers.ts';
import type { Resolvers, ResolversInterfaceTypes, ResolversParentTypes, ResolversTypes } from './generated/resolver-types.ts';
import { canonicalCode } from './known-codes.ts';
import type { ProgressRow } from './progress-data.ts';
import { andThen, type MaybePromise } from './resolve-helpers.ts';

type Ctx = GraphQLContext;

/** A Node as node(id:) gives it: a row marked with its type, which Node's resolveType reads. */
type TypedNode = ResolversInterfaceTypes<ResolversTypes>['Node'];

/** Every type that implements Node in the SDL. */
type NodeType = TypedNode['__typename'];

/** The one plan's key. */
export const PLAN_ID = 'plan';

/** How an IndicatorProgress id names "no provenance asked for". */
const DEFAULT_PROVENANCE = 'DEFAULT';

/** A progress row's key: the indicator, the region and the arguments the row depends on. */
export function progressRowId(row: Pick<ProgressRow, 'region' | 'cutoff' | 'provenance'> & { indicator: Pick<IndicatorRow, 'code'> }): string {
  return `${row.indicator.code}:${row.region}:${row.cutoff}:${row.provenance ?? DEFAULT_PROVENANCE}`;
}

/** Where a mention is: the most specific place, prefixed by its kind as fact ids are (p, b, s, c). */
function mentionPlace(m: RegionMentionRow): string {
  if (m.project !== null) return `p${m.project}`;
  if (m.box !== null) return `b${m.box}`;
  if (m.section !== null) return `s${m.section}`;
  if (m.chapter !== null) return `c${m.chapter}`;
  return 'notice';
}

/** The ids of a region's mentions, by ordinal: region:place, with ~2, ~3 … for a further mention in the same place. */
function mentionIds(mentions: readonly RegionMentionRow[]): Map<number, string> {
  const seen = new Map<string, number>();
  return new Map(mentions.map((m) => {
    const base = `${m.region}:${mentionPlace(m)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return [m.ordinal, count === 1 ? base : `${base}~${count}`];
  }));
}

function mentionId(m: RegionMentionRow, ctx: Ctx): MaybePromise<string> {
  return andThen(ctx.loaders.mentionsByRegion.load(m.region), (mentions) => {
    const id = mentionIds(mentions).get(m.ordinal);
    if (id === undefined) throw new Error(`warehouse integrity: mention #${m.ordinal} not among its region's`);
    return id;
  });
}

/** Each Node type: its own id, and how node(id:) finds one by it (null: none). */
interface NodeKind<R> {
  id(row: R, ctx: Ctx): MaybePromise<string>;
  find(key: string, ctx: Ctx): MaybePromise<R | null>;
}

const isYear = (text: string) => /^\d{4}$/.test(text);

/** An IndicatorProgress by its id: the row Indicator.progress gives for those arguments. */
async function findProgressRow(key: string, ctx: Ctx): Promise<ProgressRow | null> {
  const [code, regionCode, year, provenance, ...rest] = key.split(':');
  if (rest.length > 0 || !code || !regionCode || !year || !isYear(year) || !provenance) return null;
  if (provenance !== 'REPORTED' && provenance !== 'SAMPLE' && provenance !== DEFAULT_PROVENANCE) return null;
  const [indicator, region] = await Promise.all([ctx.loaders.indicator.load(code), ctx.loaders.region.load(regionCode)]);
  if (indicator === null || region === null) return null;
  const row = await ctx.loaders.progressOf({
    region: region.code, provenance: provenance === DEFAULT_PROVENANCE ? null : provenance as ObservationProvenance, asOf: Number(year),
  }).load(indicator);
  // A year past the plan's end reads as the plan's end: that row has another id.
  return row !== null && progressRowId(row) === key ? row : null;
}

/** Every type that implements Node, by the name its global ids start with. */
const NODE_KINDS: { [T in NodeType]: NodeKind<ResolversParentTypes[T]> } = {
  Plan: {
    id: () => PLAN_ID,
    find: async (key, ctx) => (key === PLAN_ID ? (await planCatalogOf(ctx.warehouse.db)).plan : null),
  },
  Chapter: {
    id: (c) => String(c.number),
    find: (key, ctx) => (/^\d{1,2}$/.test(key) ? ctx.loaders.chapter.load(Number(key)) : null),
  },
  Section: { id: (s) => s.id, find: (key, ctx) => ctx.loaders.section.load(key) },
  Box: { id: (b) => b.id, find: (key, ctx) => ctx.loaders.box.load(key) },
  Project: { id: (p) => p.code, find: (key, ctx) => ctx.loaders.project.load(key) },
  Indicator: { id: (i) => i.code, find: (key, ctx) => ctx.loaders.indicator.load(canonicalCode('indicator', key)) },
  Region: { id: (r) => r.code, find: (key, ctx) => ctx.loaders.region.load(canonicalCode('region', key)) },
  RegionMention: {
    id: mentionId,
    find: (key, ctx) => {
      const region = key.slice(0, key.indexOf(':'));
      if (region === '') return null;
      return andThen(ctx.loaders.mentionsByRegion.load(region), (mentions) => {
        const ids = mentionIds(mentions);
        return mentions.find((m) => ids.get(m.ordinal) === key) ?? null;
      });
    },
  },
  // Observations too: any Fact.id a caller has seen, as fact(id:) finds it.
  Fact: { id: (f) => f.id, find: (key, ctx) => ctx.loaders.visibleFact.load(key) },
  Dataset: {
    id: (d) => d.version,
    // Only the version being served: an older one's rows are gone.
    find: (key, ctx) => (key === ctx.warehouse.dataset.version ? servedDataset(ctx) : null),
  },
  IndicatorProgress: { id: (r) => progressRowId(r), find: findProgressRow },
};

const isNodeType = (name: string): name is NodeType => Object.hasOwn(NODE_KINDS, name);

/** Splits a global id at its first colon (keys may hold colons: "Fact:o:SAMPLE:I04:411725:2023"). */
function parseNodeId(id: string): { type: NodeType; key: string } {
  const colon = id.indexOf(':');
  const type = colon > 0 ? id.slice(0, colon) : '';
  const key = id.slice(colon + 1);
  if (!isNodeType(type) || key === '') {
    throw badUserInput('id', `${JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)} is not a global id: node(id:) takes a nodeId, "<type>:<key>" with a type of ${Object.keys(NODE_KINDS).join(', ')}, e.g. "Chapter:6" or "Fact:I04-target"`);
  }
  return { type, key };
}

/** `id` and `nodeId` of one Node type, from its NodeKind. */
function identityResolvers<R>(type: string, kind: NodeKind<R>) {
  return {
    id: (row: R, _: unknown, ctx: Ctx) => kind.id(row, ctx),
    nodeId: (row: R, _: unknown, ctx: Ctx) => andThen(kind.id(row, ctx), (id) => `${type}:${id}`),
  };
}

// Built in a loop, whose keys Object.fromEntries cannot know: the mapped type gives each type its own parent.
const identityFields = Object.fromEntries(Object.entries(NODE_KINDS).map(([type, kind]) => [type, identityResolvers<ResolversParentTypes[NodeType]>(type, kind)])) as
  { [T in NodeType]: ReturnType<typeof identityResolvers<ResolversParentTypes[T]>> };

/** A found row, marked with its type; a copy, so the loaders' cached rows stay as they are. */
function markedWithType(type: NodeType, row: ResolversParentTypes[NodeType]): TypedNode {
  // TypeScript cannot tell that a row of NODE_KINDS[type] is the union's member named `type`.
  return { ...row, __typename: type } as TypedNode;
}

export const nodeResolvers = {
  Query: {
    node: (_, args, ctx) => {
      const { type, key } = parseNodeId(args.id);
      return andThen(NODE_KINDS[type].find(key, ctx), (row) => (row === null ? null : markedWithType(type, row)));
    },
  },
  Node: {
    __resolveType: (row) => row.__typename,
  },
  ...identityFields,
} satisfies Resolvers;
