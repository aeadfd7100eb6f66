/**
 * The warehouse's tables as Kysely types: dimensions of the plan (plan, chapter,
 * section, box, project, indicator, region) and the fact table with its links.
 * `ordinal` columns keep document order, which is the natural order of results.
 */
import type { MeasureKind } from '../dataset/measure-kind.ts';

export interface PlanTable {
  title: string;
  notice_title: string;
  document_number: string;
  issuer: string;
  signed_on: string;
  published_on: string;
  index_number: string;
  period_start: number;
  period_end: number;
  vision_year: number;
  preamble: string;
}

export interface ChapterTable {
  number: number;
  title: string;
  title_en: string;
  intro: string;
  text: string;
}

export interface SectionTable {
  id: string;
  ordinal: number;
  chapter: number;
  number: number;
  title: string;
  text: string;
}

export interface BoxTable {
  id: string;
  ordinal: number;
  chapter: number;
  section: string | null;
  title: string;
  kind: string;
}

export interface ProjectTable {
  code: string;
  ordinal: number;
  box: string;
  chapter: number;
  item: number;
  title: string;
  title_from_text: boolean;
  text: string;
  printed_heading: string;
  normalisations: string;
}

export interface IndicatorTable {
  code: string;
  row_number: number;
  name: string;
  name_en: string;
  unit: string | null;
  category: string;
  category_label: string;
  attribute: string;
  attribute_label: string;
  direction: string;
  period_type: string;
  /** The measure kind of the indicator's table values (its target's); a flow's observations are ANNUAL_FLOW or CUMULATIVE_TOTAL by their period. */
  measure_kind: MeasureKind;
  /** County values add up to the city value. */
  additive: boolean;
  printed_row: string;
  note: string | null;
}

export interface RegionTable {
  code: string;
  ordinal: number;
  name: string;
  name_en: string;
  level: string;
  parent: string | null;
  code_scheme: string;
  note: string | null;
}

export interface RegionMentionTable {
  ordinal: number;
  region: string;
  chapter: number | null;
  section: string | null;
  box: string | null;
  project: string | null;
  quote: string;
  note: string | null;
}

export interface FactTable {
  id: string;
  ordinal: number;
  kind: string;
  subject: string;
  indicator: string | null;
  value: number | null;
  value_text: string;
  /** A ratio's parts joined with ":" ("15:35:50"), else null. */
  value_parts: string | null;
  comparator: string | null;
  comparator_text: string | null;
  unit: string | null;
  period_start: number;
  period_end: number;
  period_type: string;
  /** Stock, annual flow, cumulative total, rate or other (dataset/measure-kind.ts): what may be added to what. */
  measure_kind: MeasureKind;
  region: string | null;
  region_text: string | null;
  provenance: string;
  chapter: number | null;
  section: string | null;
  box: string | null;
  project: string | null;
  quote: string;
  inferred_column: boolean;
  note: string | null;
  /**
   * The fact states again a value an earlier fact (in document order) states (agreesWith), so an
   * aggregate counts the value once. Worked out when the version is loaded, because a per-row
   * link lookup at query time costs a join on every monitoring row as well.
   */
  restates_earlier: boolean;
  /**
   * The fact contradicts a statement preferred over it (the indicator table's, else the one printed
   * first), so an aggregate that counts contradictions once leaves it out. Decided at load, like
   * `restates_earlier`.
   */
  yields_in_conflict: boolean;
}

/** Conflict and agreement links between facts, stored in both directions. */
export interface FactLinkTable {
  fact_id: string;
  other_id: string;
  relation: 'CONFLICTS' | 'AGREES';
}

/** Every region a fact speaks of: its own region and those a group statement applies to. */
export interface FactRegionTable {
  fact_id: string;
  region: string;
}

/** A monitoring file a version loaded: its manifest key, provenance and access, named once rather than on every row. */
export interface ObservationFileTable {
  id: number;
  key: string;
  provenance: string;
  /** The manifest marks the file internal: its rows are served only to internal callers (visible-data.ts). */
  is_internal: boolean;
}

/**
 * A monitoring observation from a CSV or Parquet file (REPORTED or SAMPLE). Kept
 * narrow because there may be millions: the unit (validated to be the indicator's)
 * and the period type (the indicator's, or ANNUAL for one year of a cumulative
 * one) are derived in `fact_all` rather than stored.
 */
export interface ObservationTable {
  /** After every plan fact, in manifest file order, then row order. */
  ordinal: number;
  file_id: number;
  /** 1-based data row in the file (the CSV header is not counted). */
  source_row: number;
  indicator: string;
  region: string;
  period_start: number;
  period_end: number;
  value: number;
  /** The value as written in the file. */
  value_text: string;
}

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
