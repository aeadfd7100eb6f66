/**
 * Per-request DataLoaders: every child field that looks up rows goes through one
 * of these, so a request's SQL statement count depends on the shape of the query,
 * never on the number of rows returned. Lookups of the plan's own rows are answered
 * from the version's plan catalog in memory (warehouse/plan-catalog.ts) with no
 * statement at all; only pages of facts, which hold monitoring rows, query the warehouse. They are made for the request's audience:
 * the facts they page are those it may see (warehouse/visible-data.ts). Progress,
 * series and breakdowns have theirs here too: one DataLoader per argument set,
 * batching every indicator that asks with those arguments into one computation.
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Audience } from '../core/request.ts';
import * as facts from '../warehouse/fact.queries.ts';
import type { Page, PageResult } from '../warehouse/page.ts';
import { planCatalogNowOrLater, type PlanCatalog } from '../warehouse/plan-catalog.ts';
import { andThen, type MaybePromise } from './resolve-helpers.ts';
import type { ObservationProvenance } from '../warehouse/progress.queries.ts';
import type { FactRow, IndicatorRow, PlanTablesSchema, WarehouseSchema } from '../warehouse/tables.ts';
import {
  computeRows, loadBreakdowns, loadSeries, progressSource, regionRows,
  type BreakdownRow, type ObservationFact, type ProgressOptions, type ProgressRow,
} from './progress-data.ts';
import type { SeriesPoint } from './progress/index.ts';
import { scopeToAudience, type FactScope } from '../warehouse/visible-data.ts';

/** A lookup with a loader's shape whose answers are synchronous once the version's catalog has been read. */
export interface CatalogLookup<K, R> {
  load(key: K): MaybePromise<R>;
  loadMany(keys: readonly K[]): MaybePromise<R[]>;
}

/** Lookups in one of the version's plan catalog indexes (no SQL); `missing` answers a key the index lacks. */
function catalogLookup<K, V, M>(db: Kysely<PlanTablesSchema>, index: (catalog: PlanCatalog) => Map<K, V>, missing: M): CatalogLookup<K, V | M> {
  return {
    load: (key) => andThen(planCatalogNowOrLater(db), (catalog) => index(catalog).get(key) ?? missing),
    loadMany: (keys) => andThen(planCatalogNowOrLater(db), (catalog) => keys.map((key) => index(catalog).get(key) ?? missing)),
  };
}

type MapKey<M> = M extends ReadonlyMap<infer K, unknown> ? K : never;
type MapValue<M> = M extends ReadonlyMap<unknown, infer V> ? V : never;
type CatalogIndex = { [I in keyof PlanCatalog]: PlanCatalog[I] extends ReadonlyMap<unknown, unknown> ? I : never }[keyof PlanCatalog];

/** Loaders of one row per key (null where the key has none), each named after the catalog index it reads. */
const ROW_INDEXES = {
  chapter: 'chapterByNumber', section: 'sectionById', box: 'boxById', project: 'projectByCode', indicator: 'indicatorByCode',
  // Plan facts only: links and indicator baselines only ever name plan facts.
  fact: 'factById', region: 'regionByCode',
} as const satisfies Record<string, CatalogIndex>;

/** Loaders of every row per key, in document order (none where the key has none). */
const ROWS_INDEXES = {
  sectionsByChapter: 'sectionsByChapter', boxesByChapter: 'boxesByChapter', boxesBySection: 'boxesBySection', projectsByBox: 'projectsByBox',
  projectsByChapter: 'projectsByChapter', projectsByRegion: 'projectsByRegion', indicatorsByChapter: 'indicatorsByChapter',
  factsByChapter: 'factsByChapter', factsBySection: 'factsBySection', factsByProject: 'factsByProject', conflictLinks: 'conflictsOf',
  agreementLinks: 'agreementsOf', regionsOfFact: 'regionsOfFact', regionChildren: 'regionsByParent', mentionsByRegion: 'mentionsByRegion',
  mentionsByProject: 'mentionsByProject',
} as const satisfies Record<string, CatalogIndex>;

type RowLookups<T extends Record<string, CatalogIndex>> = { [L in keyof T]: CatalogLookup<MapKey<PlanCatalog[T[L]]>, MapValue<PlanCatalog[T[L]]> | null> };
type RowsLookups<T extends Record<string, CatalogIndex>> = { [L in keyof T]: CatalogLookup<MapKey<PlanCatalog[T[L]]>, MapValue<PlanCatalog[T[L]]>> };

/** A lookup per entry of `indexes`; `missing` answers a key the index lacks. */
function catalogLookups(db: Kysely<PlanTablesSchema>, indexes: Record<string, CatalogIndex>, missing: () => unknown) {
  return Object.fromEntries(Object.entries(indexes).map(([name, index]) =>
    [name, catalogLookup(db, (catalog) => catalog[index] as Map<unknown, unknown>, missing())]));
}

/** One row per key, null where the key has none. */
const catalogRows = (db: Kysely<PlanTablesSchema>) => catalogLookups(db, ROW_INDEXES, () => null) as RowLookups<typeof ROW_INDEXES>;

/** All rows per key; one shared empty list where the key has none (no caller changes a list it is given, as the catalog's lists are shared too). */
const catalogRowLists = (db: Kysely<PlanTablesSchema>) => catalogLookups(db, ROWS_INDEXES, () => []) as RowsLookups<typeof ROWS_INDEXES>;

export interface FactPageKey {
  parent: facts.FactParent;
  key: string;
  page: Page;
}

/**
 * A page of facts per parent (Indicator.facts, Region.facts): parents asking for
 * the same page are answered by one statement, however many there are.
 */
function factPagesByParent(scope: FactScope): DataLoader<FactPageKey, PageResult<FactRow>, string> {
  return new DataLoader(async (requests) => {
    const batches = new Map<string, FactPageKey[]>();
    for (const request of requests) {
      const batch = `${request.parent}|${request.page.offset}|${request.page.limit}`;
      batches.set(batch, [...(batches.get(batch) ?? []), request]);
    }
    const results = new Map<string, PageResult<FactRow>>();
    await Promise.all([...batches.values()].map(async (batch) => {
      const { parent, page } = batch[0]!;
      const rows = await facts.findFactPagesByParents(scope, parent, batch.map((r) => r.key), page);
      for (const request of batch) {
        const own = rows.filter((r) => r.parentKey === request.key);
        results.set(factPageCacheKey(request), { rows: own.map((r) => r.fact), totalCount: own[0]?.total ?? 0 });
      }
    }));
    return requests.map((request) => results.get(factPageCacheKey(request))!);
  }, { cacheKeyFn: factPageCacheKey });
}

function factPageCacheKey(request: FactPageKey): string {
  return `${request.parent}|${request.key}|${request.page.offset}|${request.page.limit}`;
}

/** Any fact the request's audience may see by id (node ids, Query.fact), plan facts and observations alike, the ids of one tick together. */
function visibleFactById(scope: FactScope): DataLoader<string, FactRow | null> {
  return new DataLoader((ids) => facts.findVisibleFactsByIds(scope, ids));
}

/**
 * One DataLoader per argument set, made on first use within the request; each
 * batches every indicator asking with the same arguments (Indicator.progress,
 * series, breakdown), so the work follows the query's shape, not its rows.
 */
function byArguments<A, V>(batch: (args: A, indicators: readonly IndicatorRow[]) => Promise<V[]>): (args: A) => DataLoader<IndicatorRow, V, string> {
  const loaders = new Map<string, DataLoader<IndicatorRow, V, string>>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((indicators) => batch(args, indicators), { cacheKeyFn: (i) => i.code });
      loaders.set(key, loader);
    }
    return loader;
  };
}

export interface ProgressArgs {
  region: string;
  provenance: ObservationProvenance | null;
  asOf: number | null;
}

export interface SeriesArgs {
  region: string;
  from: number;
  to: number;
  provenance: ObservationProvenance | null;
}

export interface BreakdownArgs {
  year: number;
  provenance: ObservationProvenance | null;
}

/** The loaders of one request; without an audience they serve the public one (access fails closed). */
export function createLoaders(warehouseDb: Kysely<WarehouseSchema>, audience?: Audience) {
  const scope = scopeToAudience(warehouseDb, audience);
  const { db } = scope;
  const rows = catalogRows(db);
  const progress = progressSource(db, scope, rows.fact, rows.region);
  return {
    ...rows,
    ...catalogRowLists(db),
    /** Plan facts and the observations the audience may see. */
    visibleFact: visibleFactById(scope),
    factPage: factPagesByParent(scope),
    /** The plan's period and the city's code, read once per request. */
    planFrame: progress.planFrame,
    /** Progress rows of several indicators (Query.progress): the city's and each region's. */
    progressRows: (indicators: readonly IndicatorRow[], options: ProgressOptions): Promise<ProgressRow[]> => computeRows(progress, indicators, options),
    /** Indicator.progress: one row per indicator for one region. */
    progressOf: byArguments<ProgressArgs, ProgressRow | null>((args, indicators) => regionRows(progress, indicators, args.region, args.provenance, args.asOf)),
    /** Indicator.series: one yearly series per indicator. */
    seriesOf: byArguments<SeriesArgs, SeriesPoint<ObservationFact>[]>((args, indicators) => loadSeries(progress, indicators, args.region, args.from, args.to, args.provenance)),
    /** Indicator.breakdown: the county-level divisions per indicator. */
    breakdownOf: byArguments<BreakdownArgs, BreakdownRow>((args, indicators) => loadBreakdowns(progress, indicators, args.year, args.provenance)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
