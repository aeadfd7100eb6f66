/** Queries behind progress, series and county breakdowns: the plan period, the indicators and the observations they are computed from. */
import type { Kysely } from 'kysely';
import { findSelectedObservationsInMemory } from './memory/memory-fact.queries.ts';
import { planCatalogOf } from './plan-catalog.ts';
import type { FactRow, PlanTablesSchema, RegionRow } from './tables.ts';
import type { FactScope } from './visible-data.ts';

type Db = Kysely<PlanTablesSchema>;

export type ObservationProvenance = 'REPORTED' | 'SAMPLE';

export interface PlanFrame {
  period_start: number;
  period_end: number;
  /** The city's region code (the one region without a parent), or null in a warehouse without regions. */
  city: string | null;
}

/** The plan's period and the city's code. */
export async function findPlanFrame(db: Db): Promise<PlanFrame> {
  const { plan, regions } = await planCatalogOf(db);
  const city = regions.find((region) => region.level === 'CITY' && region.parent === null);
  return { period_start: plan.period_start, period_end: plan.period_end, city: city?.code ?? null };
}

/** The county-level divisions (districts and counties) under a region, in code-list order; functional zones overlap them and are left out. */
export async function findCountyLevelRegions(db: Db, parent: string): Promise<RegionRow[]> {
  const { regionsByParent } = await planCatalogOf(db);
  return (regionsByParent.get(parent) ?? []).filter((region) => region.level === 'DISTRICT' || region.level === 'COUNTY');
}

export interface ObservationSelection {
  indicators: readonly string[];
  /** Null: every region. */
  regions: readonly string[] | null;
  /**
   * Null: for each indicator and region, its REPORTED observations where it has
   * any (that the audience may see), else its SAMPLE ones, so no series mixes
   * reported and synthetic numbers.
   */
  provenance: ObservationProvenance | null;
  /** Inclusive bounds on the last year of an observation's period. */
  fromYear: number;
  toYear: number;
}

/**
 * Observations as facts (those the scope's audience may see) of several indicators,
 * in indicator, region and period order, with the provenance rule of ObservationSelection.
 */
export async function findSelectedObservations(scope: FactScope, selection: ObservationSelection): Promise<FactRow[]> {
  if (selection.indicators.length === 0 || selection.regions?.length === 0) return [];
  const inMemory = await scope.inMemory();
  if (inMemory) return findSelectedObservationsInMemory(inMemory, selection);
  let query = scope.db.selectFrom(scope.facts('f')).selectAll('f')
    .where('f.kind', '=', 'OBSERVATION')
    .where('f.indicator', 'in', [...selection.indicators])
    .where('f.period_end', '>=', selection.fromYear)
    .where('f.period_end', '<=', selection.toYear);
  if (selection.regions !== null) query = query.where('f.region', 'in', [...selection.regions]);
  if (selection.provenance !== null) {
    query = query.where('f.provenance', '=', selection.provenance);
  } else {
    query = query.where((eb) => eb.or([
      eb('f.provenance', '=', 'REPORTED'),
      // Reported rows the audience cannot see do not displace the SAMPLE ones it can.
      eb.not(eb.exists(eb.selectFrom(scope.facts('r'))
        .select('r.ordinal')
        .whereRef('r.indicator', '=', 'f.indicator')
        .whereRef('r.region', '=', 'f.region')
        .where('r.provenance', '=', 'REPORTED'))),
    ]));
  }
  return query.orderBy('f.indicator').orderBy('f.region').orderBy('f.period_end').orderBy('f.period_start').execute();
}
