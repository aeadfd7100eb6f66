/**
 * The warehouse's tables as Kysely types, derived from their specs (dataset/tables/,
 * one file per table with its seed schema and columns): dimensions of the plan (plan, chapter, section,
 * box, project, indicator, region), the fact table with its links, and the
 * monitoring tables. `ordinal` columns keep document order.
 */
import type { BoxTable } from '../dataset/tables/box.table.ts';
import type { ChapterTable } from '../dataset/tables/chapter.table.ts';
import type { FactLinkTable, FactRegionTable, FactTable } from '../dataset/tables/fact.table.ts';
import type { IndicatorTable } from '../dataset/tables/indicator.table.ts';
import type { OBSERVATION_COLUMNS, OBSERVATION_FILE_COLUMNS } from '../dataset/tables/observation.tables.ts';
import type { PlanTable } from '../dataset/tables/plan.table.ts';
import type { ProjectTable } from '../dataset/tables/project.table.ts';
import type { RegionMentionTable } from '../dataset/tables/region-mention.table.ts';
import type { RegionTable } from '../dataset/tables/region.table.ts';
import type { SectionTable } from '../dataset/tables/section.table.ts';
import type { RowOf } from '../dataset/tables/table-spec.ts';

export type {
  BoxTable, ChapterTable, FactLinkTable, FactRegionTable, FactTable, IndicatorTable, PlanTable, ProjectTable, RegionMentionTable, RegionTable, SectionTable,
};
export type ObservationFileTable = RowOf<typeof OBSERVATION_FILE_COLUMNS>;
export type ObservationTable = RowOf<typeof OBSERVATION_COLUMNS>;

/**
 * Plan facts and observations in one shape (a view). Observations have no quote
 * and no place in the plan; they name their file and row instead.
 */
export interface FactAllView extends Omit<FactTable, 'quote'> {
  quote: string | null;
  source_file: string | null;
  source_row: number | null;
  /** From an internal monitoring file; plan facts never are. */
  is_internal: boolean;
}

export interface WarehouseSchema {
  plan: PlanTable;
  chapter: ChapterTable;
  section: SectionTable;
  box: BoxTable;
  project: ProjectTable;
  indicator: IndicatorTable;
  region: RegionTable;
  region_mention: RegionMentionTable;
  fact: FactTable;
  fact_link: FactLinkTable;
  fact_region: FactRegionTable;
  observation_file: ObservationFileTable;
  observation: ObservationTable;
  fact_all: FactAllView;
}

/** The tables a version is loaded into (everything but views), in load order. */
export type WarehouseTableName = Exclude<keyof WarehouseSchema, 'fact_all'>;

/**
 * What request-time queries may read directly: the plan's own tables, public to
 * every caller. Observations (and `fact_all`, which holds them) are left out of
 * the type, so a query can reach them only through `scopeToAudience`
 * (visible-data.ts), which hides internal rows from the public.
 */
export type PlanTablesSchema = Omit<WarehouseSchema, 'fact_all' | 'observation' | 'observation_file'>;

export type FactRow = FactAllView;
export type IndicatorRow = IndicatorTable;
export type RegionRow = RegionTable;
export type ChapterRow = ChapterTable;
export type SectionRow = SectionTable;
export type BoxRow = BoxTable;
export type ProjectRow = ProjectTable;
export type PlanRow = PlanTable;
export type RegionMentionRow = RegionMentionTable;
