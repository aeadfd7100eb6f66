/** Queries for facts: filtered, paged and per parent, over plan facts and the observations a scope may see. */
import { sql } from 'kysely';
import type { MeasureKind } from '../dataset/measure-kind.ts';
import { FACT_ORDER_COLUMNS, type FactOrder, type FactOrderField } from './fact-order-columns.ts';
import { inList } from './in-list.ts';
import { findFactPagesByParentsInMemory, findFactsInMemory } from './memory/memory-fact.queries.ts';
import { countOnce, type LazyPageResult, type Page } from './page.ts';
import { planCatalogOf } from './plan-catalog.ts';
import type { FactRow, IndicatorRow } from './tables.ts';
import type { FactScope } from './visible-data.ts';

export interface FactFilter {
  ids?: readonly string[] | null;
  kind?: FactRow['kind'] | null;
  kinds?: readonly FactRow['kind'][] | null;
  indicator?: string | null;
  indicators?: readonly string[] | null;
  /** The category of the fact's indicator (facts without an indicator never match). */
  category?: IndicatorRow['category'] | null;
  chapter?: number | null;
  section?: string | null;
  box?: string | null;
  project?: string | null;
  region?: string | null;
  regions?: readonly string[] | null;
  provenance?: FactRow['provenance'] | null;
  unit?: string | null;
  measureKind?: MeasureKind | null;
  measureKinds?: readonly MeasureKind[] | null;
  /** Only facts with (true) or without (false) a contradiction elsewhere in the plan. */
  hasConflicts?: boolean | null;
  /** Value range, both ends included; facts without a value never match either end. */
  valueFrom?: number | null;
  valueTo?: number | null;
  /** A fact's year is the last year of its period. */
  year?: number | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  /** Substring of the subject, the printed value or the quote. */
  text?: string | null;
}

export type { FactOrder, FactOrderField };

/** Facts (plan facts and the observations the scope's audience may see) meeting every condition of a filter. */
export function filteredFacts(scope: FactScope, filter: FactFilter) {
  const { db } = scope;
  let query = db.selectFrom(scope.facts('fact_all'));
  if (filter.ids != null) query = query.where('id', 'in', inList(filter.ids));
  if (filter.kind != null) query = query.where('kind', '=', filter.kind);
  if (filter.kinds != null) query = query.where('kind', 'in', inList(filter.kinds));
  if (filter.indicator != null) query = query.where('indicator', '=', filter.indicator);
  if (filter.indicators != null) query = query.where('indicator', 'in', inList(filter.indicators));
  if (filter.category != null) query = query.where('indicator', 'in', db.selectFrom('indicator').select('code').where('category', '=', filter.category));
  if (filter.chapter != null) query = query.where('chapter', '=', filter.chapter);
  if (filter.section != null) query = query.where('section', '=', filter.section);
  if (filter.box != null) query = query.where('box', '=', filter.box);
  if (filter.project != null) query = query.where('project', '=', filter.project);
  if (filter.provenance != null) query = query.where('provenance', '=', filter.provenance);
  if (filter.unit != null) query = query.where('unit', '=', filter.unit);
  if (filter.measureKind != null) query = query.where('measure_kind', '=', filter.measureKind);
  if (filter.measureKinds != null) query = query.where('measure_kind', 'in', inList(filter.measureKinds));
  if (filter.hasConflicts != null) {
    const conflicting = db.selectFrom('fact_link').select('fact_id').where('relation', '=', 'CONFLICTS');
    query = query.where('id', filter.hasConflicts ? 'in' : 'not in', conflicting);
  }
  if (filter.valueFrom != null) query = query.where('value', '>=', filter.valueFrom);
  if (filter.valueTo != null) query = query.where('value', '<=', filter.valueTo);
  if (filter.year != null) query = query.where('period_end', '=', filter.year);
  if (filter.yearFrom != null) query = query.where('period_end', '>=', filter.yearFrom);
  if (filter.yearTo != null) query = query.where('period_end', '<=', filter.yearTo);
  for (const regions of [filter.region != null ? [filter.region] : null, filter.regions ?? null]) {
    if (regions === null) continue;
    const codes = inList(regions);
    // An observation names its one region; a plan fact may speak of several (fact_region).
    query = query.where((eb) => eb.or([
      eb('region', 'in', codes),
      eb('id', 'in', db.selectFrom('fact_region').select('fact_id').where('region', 'in', codes)),
    ]));
  }
  if (filter.text != null) {
    const text = filter.text;
    // strpos, not LIKE: % and _ in the text are literal, and it is the same on both engines.
    query = query.where((eb) => eb.or([
      eb(eb.fn('strpos', ['subject', eb.val(text)]), '>', 0),
      eb(eb.fn('strpos', ['value_text', eb.val(text)]), '>', 0),
      eb(eb.fn('strpos', [eb.fn.coalesce('quote', eb.val('')), eb.val(text)]), '>', 0),
    ]));
  }
  return query;
}

/** What a page query reads of each fact: its place in document order, and whether it is an observation. */
interface FactKey {
  ordinal: number;
  source_file: string | null;
}

/**
 * The facts of a page, in the page's order. Page queries read keys only: on DuckDB a
 * statement's cost grows with every column it returns, and a fact has thirty
 * (bench/results/peer.md). Plan facts then come from the version's plan catalog, and
 * observations, if the page has any, are read whole in one more statement.
 */
async function factsOfKeys(scope: FactScope, keys: readonly FactKey[]): Promise<FactRow[]> {
  const observed = keys.filter((key) => key.source_file !== null).map((key) => Number(key.ordinal));
  const [catalog, observations] = await Promise.all([
    planCatalogOf(scope.db),
    observed.length === 0 ? [] : scope.db.selectFrom(scope.facts('f')).selectAll('f').where('f.ordinal', 'in', observed).execute(),
  ]);
  const observationByOrdinal = new Map(observations.map((row) => [Number(row.ordinal), row]));
  return keys.map((key) => {
    const ordinal = Number(key.ordinal);
    const fact = key.source_file === null ? catalog.factByOrdinal.get(ordinal) : observationByOrdinal.get(ordinal);
    if (!fact) throw new Error(`warehouse integrity: fact #${ordinal} of a page was not found`);
    return fact;
  });
}

/** A page of facts matching a filter, in the requested order (then document order); the total is counted when asked for. */
export async function findFacts(scope: FactScope, filter: FactFilter, orderBy: readonly FactOrder[], page: Page): Promise<LazyPageResult<FactRow>> {
  const inMemory = await scope.inMemory();
  if (inMemory) return findFactsInMemory(inMemory, filter, orderBy, page);
  let query = filteredFacts(scope, filter).select(['ordinal', 'source_file']);
  for (const order of orderBy) {
    // Facts without an indicator or a value sort last in either direction.
    query = query.orderBy(FACT_ORDER_COLUMNS[order.field], (ob) => (order.direction === 'DESC' ? ob.desc() : ob.asc()).nullsLast());
  }
  // One key past the page says whether another page follows.
  const keys = await query.orderBy('ordinal').limit(page.limit + 1).offset(page.offset).execute();
  return {
    rows: await factsOfKeys(scope, keys.slice(0, page.limit)),
    hasNextPage: keys.length > page.limit,
    totalCount: countOnce(() => filteredFacts(scope, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()),
  };
}

/** Parents whose facts can be paged in one batch: facts of an indicator, or facts about a region. */
export type FactParent = 'indicator' | 'region';

/**
 * One page of facts for each of several parents, in one statement: rows are
 * numbered per parent in document order and cut to the page, and each carries its
 * parent's total. A parent without facts has no rows (its total is 0).
 */
export async function findFactPagesByParents(scope: FactScope, parent: FactParent, keys: readonly string[], page: Page): Promise<{ parentKey: string; total: number; fact: FactRow }[]> {
  const inMemory = await scope.inMemory();
  if (inMemory) return findFactPagesByParentsInMemory(inMemory, parent, keys, page);
  const { db } = scope;
  const numbering = (parentKey: string) => [
    sql<number>`row_number() over (partition by ${sql.ref(parentKey)} order by f.ordinal)`.as('position'),
    sql<number>`count(*) over (partition by ${sql.ref(parentKey)})`.as('total'),
  ];
  // An indicator's facts name it: one scan. A region's facts are those naming it (observations
  // included) and the group statements that apply to it, so a fact may belong to several regions.
  const numbered = parent === 'indicator'
    ? db.selectFrom(scope.facts('f')).select(['f.ordinal', 'f.source_file', 'f.indicator as parent_key', ...numbering('f.indicator')]).where('f.indicator', 'in', inList(keys))
    : db.selectFrom(
      db.selectFrom(scope.facts('v')).select(['v.id as fact_id', 'v.region as parent_key']).where('v.region', 'in', inList(keys)).$narrowType<{ parent_key: string }>()
        .union(db.selectFrom('fact_region').select(['fact_id', 'region as parent_key']).where('region', 'in', inList(keys)))
        .as('m'))
      .innerJoin(scope.facts('f'), 'f.id', 'm.fact_id')
      .select(['f.ordinal', 'f.source_file', 'm.parent_key', ...numbering('m.parent_key')]);
  const rows = await db.selectFrom(numbered.as('n')).select(['n.ordinal', 'n.source_file', 'n.parent_key', 'n.total'])
    .where('n.position', '>', page.offset).where('n.position', '<=', page.offset + page.limit)
    .orderBy('n.parent_key').orderBy('n.position').execute();
  const facts = await factsOfKeys(scope, rows);
  return rows.map((row, k) => ({ parentKey: row.parent_key as string, total: Number(row.total), fact: facts[k]! }));
}

/** Facts by id among those the scope's audience may see, plan facts and observations alike, in the order of the ids (null where none). */
export async function findVisibleFactsByIds(scope: FactScope, ids: readonly string[]): Promise<(FactRow | null)[]> {
  const inMemory = await scope.inMemory();
  if (inMemory) return ids.map((id) => inMemory.byId.get(id) ?? null);
  // Plan facts are in the catalog; only observations need a statement.
  const catalog = await planCatalogOf(scope.db);
  const observed = ids.filter((id) => !catalog.factById.has(id));
  const found = observed.length === 0 ? [] : await filteredFacts(scope, { ids: observed }).selectAll().execute();
  const observationById = new Map(found.map((fact) => [fact.id, fact]));
  return ids.map((id) => catalog.factById.get(id) ?? observationById.get(id) ?? null);
}
