/** Queries for regions, answered from the version's plan catalog (a few dozen rows, in memory). */
import type { Kysely } from 'kysely';
import { planCatalogOf } from './plan-catalog.ts';
import type { PlanTablesSchema, RegionRow } from './tables.ts';
import { anyContains } from './text-match.ts';

type Db = Kysely<PlanTablesSchema>;

export interface RegionFilter {
  level?: string | null;
  parent?: string | null;
  /** Substring of the Chinese or English name, ASCII letters in any case. */
  name?: string | null;
}

/** Regions matching a filter: the city first, then counties and zones in code-list order. */
export async function listRegions(db: Db, filter: RegionFilter): Promise<RegionRow[]> {
  const { regions } = await planCatalogOf(db);
  const { level, parent, name } = filter;
  return regions.filter((region) => (level == null || region.level === level)
    && (parent == null || region.parent === parent)
    && (name == null || anyContains([region.name, region.name_en], name)));
}
