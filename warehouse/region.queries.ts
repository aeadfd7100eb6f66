/** Queries for regions and the places the text names them. */
import type { Kysely } from 'kysely';
import type { PlanTablesSchema, RegionRow } from './tables.ts';
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

