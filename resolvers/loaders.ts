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

/** One row per key, null where the key has none. */
const catalogRow = <K, R>(db: Kysely<PlanTablesSchema>, index: (catalog: PlanCatalog) => Map<K, R>) => catalogLookup(db, index, null);

/** All rows per key, in document order; none where the key has none (one shared empty list: no caller changes a list it is given, as the catalog's lists are shared too). */
const catalogRows = <K, R>(db: Kysely<PlanTablesSchema>, index: (catalog: PlanCatalog) => Map<K, R[]>) => catalogLookup<K, R[], R[]>(db, index, []);

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
  const fact = catalogRow(db, (c) => c.factById);
  const region = catalogRow(db, (c) => c.regionByCode);
  const progress = progressSource(db, scope, fact, region);
  return {
    chapter: catalogRow(db, (c) => c.chapterByNumber),
    section: catalogRow(db, (c) => c.sectionById),
    sectionsByChapter: catalogRows(db, (c) => c.sectionsByChapter),
    box: catalogRow(db, (c) => c.boxById),
    boxesByChapter: catalogRows(db, (c) => c.boxesByChapter),
    boxesBySection: catalogRows(db, (c) => c.boxesBySection),
    project: catalogRow(db, (c) => c.projectByCode),
    projectsByBox: catalogRows(db, (c) => c.projectsByBox),
    projectsByChapter: catalogRows(db, (c) => c.projectsByChapter),
    projectsByRegion: catalogRows(db, (c) => c.projectsByRegion),
    indicator: catalogRow(db, (c) => c.indicatorByCode),
    indicatorsByChapter: catalogRows(db, (c) => c.indicatorsByChapter),
    // Plan facts only: links and indicator baselines only ever name plan facts.
    fact,
    /** Plan facts and the observations the audience may see. */
    visibleFact: visibleFactById(scope),
    factsByChapter: catalogRows(db, (c) => c.factsByChapter),
    factsBySection: catalogRows(db, (c) => c.factsBySection),
    factsByProject: catalogRows(db, (c) => c.factsByProject),
    conflictLinks: catalogRows(db, (c) => c.conflictsOf),
    agreementLinks: catalogRows(db, (c) => c.agreementsOf),
    factPage: factPagesByParent(scope),
    regionsOfFact: catalogRows(db, (c) => c.regionsOfFact),
    region,
    regionChildren: catalogRows(db, (c) => c.regionsByParent),
    mentionsByRegion: catalogRows(db, (c) => c.mentionsByRegion),
    mentionsByProject: catalogRows(db, (c) => c.mentionsByProject),
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
