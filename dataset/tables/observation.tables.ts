/**
 * The monitoring tables, declared once (table-spec.ts). Their rows come from monitoring
 * files (CSV, Parquet), validated and loaded by warehouse/observations/, not from the
 * plan's seed files.
 */
import { PROVENANCES } from '../vocabulary.ts';
import { boolean, double, integer, key, text } from './table-spec.ts';

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
