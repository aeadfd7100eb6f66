/** Queries for regions and the places the text names them. */
import type { Kysely } from 'kysely';
import type { PlanTablesSchema, RegionMentionRow, RegionRow } from './tables.ts';
import { anyColumnContains } from './text-match.ts';

type Db = Kysely<PlanTablesSchema>;

export interface RegionFilter {
  level?: string | null;
  parent?: string | null;
  /** Substring of the Chinese or English name, ASCII letters in any case. */
  name?: string | null;
}

/** Regions matching a filter: the city first, then counties and zones in code-list order. */
export async function listRegions(db: Db, filter: RegionFilter): Promise<RegionRow[]> {
  let query = db.selectFrom('region').selectAll();
  if (filter.level != null) query = query.where('level', '=', filter.level);
  if (filter.parent != null) query = query.where('parent', '=', filter.parent);
  if (filter.name != null) query = query.where(anyColumnContains(['name', 'name_en'], filter.name));
  return query.orderBy('ordinal').execute();
}

/** Regions by code. */
export async function findRegionsByCodes(db: Db, codes: readonly string[]): Promise<RegionRow[]> {
  return db.selectFrom('region').selectAll().where('code', 'in', [...codes]).execute();
}

/** Children of several regions, in order. */
export async function findRegionsByParents(db: Db, parents: readonly string[]): Promise<RegionRow[]> {
  return db.selectFrom('region').selectAll().where('parent', 'in', [...parents]).orderBy('ordinal').execute();
}

/** Mentions of several regions, in document order. */
export async function findMentionsByRegions(db: Db, regions: readonly string[]): Promise<RegionMentionRow[]> {
  return db.selectFrom('region_mention').selectAll().where('region', 'in', [...regions]).orderBy('ordinal').execute();
}

/** Mentions made inside several projects, in document order. */
export async function findMentionsByProjects(db: Db, projects: readonly string[]): Promise<(RegionMentionRow & { project: string })[]> {
  return db.selectFrom('region_mention').selectAll().where('project', 'in', [...projects]).orderBy('ordinal').execute() as Promise<(RegionMentionRow & { project: string })[]>;
}
