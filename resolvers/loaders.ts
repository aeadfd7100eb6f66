/**
 * Per-request DataLoaders: every child field that looks up rows goes through one
 * of these, so a request's SQL statement count depends on the shape of the query,
 * never on the number of rows returned. They are made for the request's audience:
 * the facts they page are those it may see (warehouse/visible-data.ts).
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import * as facts from '../warehouse/fact.queries.ts';
import * as indicators from '../warehouse/indicator.queries.ts';
import * as plan from '../warehouse/plan.queries.ts';
import * as projects from '../warehouse/project.queries.ts';
import * as regions from '../warehouse/region.queries.ts';
import type { Page, PageResult } from '../warehouse/page.ts';
import type { FactRow, WarehouseSchema } from '../warehouse/tables.ts';
import { scopeToAudience, type Audience, type FactScope } from '../warehouse/visible-data.ts';

/** One row per key, null where the key has none; results in key order as DataLoader requires. */
function rowByKey<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K): DataLoader<K, R | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** All rows per key, in the order the query returned them. */
function rowsByKey<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K): DataLoader<K, R[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}

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
        const own = rows.filter((r) => r.parent_key === request.key);
        results.set(factPageCacheKey(request), { rows: own.map(({ parent_key: _parent, total: _total, ...row }) => row), totalCount: own[0]?.total ?? 0 });
      }
    }));
    return requests.map((request) => results.get(factPageCacheKey(request))!);
  }, { cacheKeyFn: factPageCacheKey });
}

function factPageCacheKey(request: FactPageKey): string {
  return `${request.parent}|${request.key}|${request.page.offset}|${request.page.limit}`;
}

/** The loaders of one request; without an audience they serve the public one (access fails closed). */
export function createLoaders(warehouseDb: Kysely<WarehouseSchema>, audience?: Audience) {
  const scope = scopeToAudience(warehouseDb, audience);
  const { db } = scope;
  return {
    chapter: rowByKey((keys: readonly number[]) => plan.findChaptersByNumbers(db, keys), (r) => r.number),
    section: rowByKey((keys: readonly string[]) => plan.findSectionsByIds(db, keys), (r) => r.id),
    sectionsByChapter: rowsByKey((keys: readonly number[]) => plan.findSectionsByChapters(db, keys), (r) => r.chapter),
    box: rowByKey((keys: readonly string[]) => plan.findBoxesByIds(db, keys), (r) => r.id),
    boxesByChapter: rowsByKey((keys: readonly number[]) => plan.findBoxesByChapters(db, keys), (r) => r.chapter),
    boxesBySection: rowsByKey((keys: readonly string[]) => plan.findBoxesBySections(db, keys), (r) => r.section!),
    project: rowByKey((keys: readonly string[]) => projects.findProjectsByCodes(db, keys), (r) => r.code),
    projectsByBox: rowsByKey((keys: readonly string[]) => projects.findProjectsByBoxes(db, keys), (r) => r.box),
    projectsByChapter: rowsByKey((keys: readonly number[]) => projects.findProjectsByChapters(db, keys), (r) => r.chapter),
    projectsByRegion: rowsByKey((keys: readonly string[]) => projects.findProjectsByRegions(db, keys), (r) => r.for_region),
    indicator: rowByKey((keys: readonly string[]) => indicators.findIndicatorsByCodes(db, keys), (r) => r.code),
    indicatorsByChapter: rowsByKey((keys: readonly number[]) => indicators.findIndicatorsByChapters(db, keys), (r) => r.for_chapter),
    fact: rowByKey((keys: readonly string[]) => facts.findFactsByIds(db, keys), (r) => r.id),
    factsByChapter: rowsByKey((keys: readonly number[]) => facts.findFactsByLocation(db, 'chapter', keys), (r) => r.chapter!),
    factsBySection: rowsByKey((keys: readonly string[]) => facts.findFactsByLocation(db, 'section', keys), (r) => r.section!),
    factsByProject: rowsByKey((keys: readonly string[]) => facts.findFactsByLocation(db, 'project', keys), (r) => r.project!),
    conflictLinks: rowsByKey((keys: readonly string[]) => facts.findFactLinks(db, keys, 'CONFLICTS'), (r) => r.fact_id),
    agreementLinks: rowsByKey((keys: readonly string[]) => facts.findFactLinks(db, keys, 'AGREES'), (r) => r.fact_id),
    factPage: factPagesByParent(scope),
    regionsOfFact: rowsByKey((keys: readonly string[]) => facts.findFactRegions(db, keys), (r) => r.fact_id),
    region: rowByKey((keys: readonly string[]) => regions.findRegionsByCodes(db, keys), (r) => r.code),
    regionChildren: rowsByKey((keys: readonly string[]) => regions.findRegionsByParents(db, keys), (r) => r.parent!),
    mentionsByRegion: rowsByKey((keys: readonly string[]) => regions.findMentionsByRegions(db, keys), (r) => r.region),
    mentionsByProject: rowsByKey((keys: readonly string[]) => regions.findMentionsByProjects(db, keys), (r) => r.project),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
