/** Queries for facts and their links. */
import type { Kysely } from 'kysely';
import { planFactRows } from './fact-all.view.ts';
import { fetchPage, type Page, type PageResult } from './page.ts';
import type { FactLinkTable, FactRow, WarehouseSchema } from './tables.ts';

type Db = Kysely<WarehouseSchema>;

export interface FactFilter {
  kind?: string | null;
  indicator?: string | null;
  chapter?: number | null;
  section?: string | null;
  box?: string | null;
  project?: string | null;
  region?: string | null;
  provenance?: string | null;
}

export type FactOrderField = 'DOCUMENT' | 'ID' | 'INDICATOR' | 'PERIOD_END' | 'VALUE';
export interface FactOrder {
  field: FactOrderField;
  direction: 'ASC' | 'DESC';
}

const ORDER_COLUMNS = { DOCUMENT: 'ordinal', ID: 'id', INDICATOR: 'indicator', PERIOD_END: 'period_end', VALUE: 'value' } as const;

function filteredFacts(db: Db, filter: FactFilter) {
  let query = db.selectFrom('fact_all');
  if (filter.kind != null) query = query.where('kind', '=', filter.kind);
  if (filter.indicator != null) query = query.where('indicator', '=', filter.indicator);
  if (filter.chapter != null) query = query.where('chapter', '=', filter.chapter);
  if (filter.section != null) query = query.where('section', '=', filter.section);
  if (filter.box != null) query = query.where('box', '=', filter.box);
  if (filter.project != null) query = query.where('project', '=', filter.project);
  if (filter.provenance != null) query = query.where('provenance', '=', filter.provenance);
  if (filter.region != null) {
    const region = filter.region;
    // An observation names its one region; a plan fact may speak of several (fact_region).
    query = query.where((eb) => eb.or([
      eb('region', '=', region),
      eb('id', 'in', db.selectFrom('fact_region').select('fact_id').where('region', '=', region)),
    ]));
  }
  return query;
}

/** A page of facts matching a filter, in the requested order (then document order), with the total count. */
export async function findFacts(db: Db, filter: FactFilter, orderBy: readonly FactOrder[], page: Page): Promise<PageResult<FactRow>> {
  let query = filteredFacts(db, filter).selectAll();
  for (const order of orderBy) {
    // Facts without an indicator or a value sort last in either direction.
    query = query.orderBy(ORDER_COLUMNS[order.field], (ob) => (order.direction === 'DESC' ? ob.desc() : ob.asc()).nullsLast());
  }
  return fetchPage(
    query.orderBy('ordinal').limit(page.limit).offset(page.offset).execute(),
    filteredFacts(db, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  );
}

/** Plan facts by id (links and indicator baselines only ever name plan facts). */
export async function findFactsByIds(db: Db, ids: readonly string[]): Promise<FactRow[]> {
  return planFactRows(db).where('id', 'in', [...ids]).execute();
}

/** Facts located in several chapters, sections or projects, in document order (observations have no place in the plan). */
export async function findFactsByLocation(db: Db, column: 'chapter' | 'section' | 'project', keys: readonly (string | number)[]): Promise<FactRow[]> {
  return planFactRows(db).where(column, 'in', [...keys] as never[]).orderBy('ordinal').execute();
}

/** Conflict or agreement links of several facts. */
export async function findFactLinks(db: Db, ids: readonly string[], relation: FactLinkTable['relation']): Promise<FactLinkTable[]> {
  return db.selectFrom('fact_link').selectAll().where('fact_id', 'in', [...ids]).where('relation', '=', relation).execute();
}

/** Every region each of several facts speaks of (its own and those it applies to). */
export async function findFactRegions(db: Db, ids: readonly string[]): Promise<{ fact_id: string; region: string }[]> {
  return db.selectFrom('fact_region')
    .innerJoin('region', 'region.code', 'fact_region.region')
    .select(['fact_region.fact_id', 'fact_region.region'])
    .where('fact_region.fact_id', 'in', [...ids])
    .orderBy('region.ordinal')
    .execute();
}
