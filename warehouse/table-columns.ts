/**
 * The columns of the plan's dimension tables, the fact links and the monitoring
 * tables, each declared once (table-spec.ts); the fact table has a file of its own
 * (fact.table.ts), with how a seed fills each column. `ordinal` columns keep document
 * order, which is the natural order of results.
 */
import { MEASURE_KINDS } from '../dataset/measure-kind.ts';
import {
  BOX_KINDS, DIRECTIONS, INDICATOR_ATTRIBUTES, INDICATOR_CATEGORIES, PERIOD_TYPES, PROVENANCES, REGION_CODE_SCHEMES, REGION_LEVELS,
} from '../dataset/seed.schemas.ts';
import { boolean, double, integer, key, nullable, text } from './table-spec.ts';

export const PLAN_COLUMNS = {
  title: text(), notice_title: text(), document_number: text(), issuer: text(), signed_on: text(), published_on: text(), index_number: text(),
  period_start: integer(), period_end: integer(), vision_year: integer(), preamble: text(),
};

export const CHAPTER_COLUMNS = { number: key(integer()), title: text(), title_en: text(), intro: text(), text: text() };

export const SECTION_COLUMNS = { id: key(text()), ordinal: integer(), chapter: integer(), number: integer(), title: text(), text: text() };

export const BOX_COLUMNS = { id: key(text()), ordinal: integer(), chapter: integer(), section: nullable(text()), title: text(), kind: text(BOX_KINDS) };

export const PROJECT_COLUMNS = {
  code: key(text()), ordinal: integer(), box: text(), chapter: integer(), item: integer(), title: text(),
  title_from_text: boolean(), text: text(), printed_heading: text(), normalisations: text(),
};

export const INDICATOR_COLUMNS = {
  code: key(text()), row_number: integer(), name: text(), name_en: text(), unit: nullable(text()),
  category: text(INDICATOR_CATEGORIES), category_label: text(), attribute: text(INDICATOR_ATTRIBUTES), attribute_label: text(),
  direction: text(DIRECTIONS), period_type: text(PERIOD_TYPES),
  /** The measure kind of the indicator's table values (its target's); a flow's observations are ANNUAL_FLOW or CUMULATIVE_TOTAL by their period. */
  measure_kind: text(MEASURE_KINDS),
  /** County values add up to the city value. */
  additive: boolean(),
  printed_row: text(), note: nullable(text()),
};

export const REGION_COLUMNS = {
  code: key(text()), ordinal: integer(), name: text(), name_en: text(), level: text(REGION_LEVELS),
  parent: nullable(text()), code_scheme: text(REGION_CODE_SCHEMES), note: nullable(text()),
};

export const REGION_MENTION_COLUMNS = {
  ordinal: key(integer()), region: text(), chapter: nullable(integer()), section: nullable(text()),
  box: nullable(text()), project: nullable(text()), quote: text(), note: nullable(text()),
};

/** Conflict and agreement links between facts, stored in both directions. */
export const FACT_LINK_COLUMNS = { fact_id: text(), other_id: text(), relation: text(['CONFLICTS', 'AGREES']) };

/** Every region a fact speaks of: its own region and those a group statement applies to. */
export const FACT_REGION_COLUMNS = { fact_id: text(), region: text() };

/** A monitoring file a version loaded: its manifest key, provenance and access, named once rather than on every row. */
export const OBSERVATION_FILE_COLUMNS = {
  id: key(integer()), key: text(), provenance: text(PROVENANCES),
  /** The manifest marks the file internal: its rows are served only to internal callers (visible-data.ts). */
  is_internal: boolean(),
};

/**
 * A monitoring observation from a CSV or Parquet file (REPORTED or SAMPLE). Kept
 * narrow because there may be millions: the unit (validated to be the indicator's)
 * and the period type (the indicator's, or ANNUAL for one year of a cumulative
 * one) are derived in `fact_all` rather than stored.
 */
export const OBSERVATION_COLUMNS = {
  /** After every plan fact, in manifest file order, then row order. */
  ordinal: integer(),
  file_id: integer(),
  /** 1-based data row in the file (the CSV header is not counted). */
  source_row: integer(),
  indicator: text(), region: text(), period_start: integer(), period_end: integer(), value: double(),
  /** The value as written in the file. */
  value_text: text(),
};
