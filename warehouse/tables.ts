/**
 * The warehouse's tables as Kysely types, derived from their column specs
 * (table-columns.ts, fact.table.ts): dimensions of the plan (plan, chapter, section,
 * box, project, indicator, region), the fact table with its links, and the
 * monitoring tables. `ordinal` columns keep document order.
 */
import type { FactTable } from './fact.table.ts';
import type {
  BOX_COLUMNS, CHAPTER_COLUMNS, FACT_LINK_COLUMNS, FACT_REGION_COLUMNS, INDICATOR_COLUMNS, OBSERVATION_COLUMNS, OBSERVATION_FILE_COLUMNS,
  PLAN_COLUMNS, PROJECT_COLUMNS, REGION_COLUMNS, REGION_MENTION_COLUMNS, SECTION_COLUMNS,
} from './table-columns.ts';
import type { RowOf } from './table-spec.ts';

export type { FactTable };
export type PlanTable = RowOf<typeof PLAN_COLUMNS>;
export type ChapterTable = RowOf<typeof CHAPTER_COLUMNS>;
export type SectionTable = RowOf<typeof SECTION_COLUMNS>;
export type BoxTable = RowOf<typeof BOX_COLUMNS>;
export type ProjectTable = RowOf<typeof PROJECT_COLUMNS>;
export type IndicatorTable = RowOf<typeof INDICATOR_COLUMNS>;
export type RegionTable = RowOf<typeof REGION_COLUMNS>;
export type RegionMentionTable = RowOf<typeof REGION_MENTION_COLUMNS>;
export type FactLinkTable = RowOf<typeof FACT_LINK_COLUMNS>;
export type FactRegionTable = RowOf<typeof FACT_REGION_COLUMNS>;
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
