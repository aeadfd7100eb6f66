/** The orders a fact list can be asked for, and the `fact_all` column each sorts on: one table for the SQL and the in-memory queries. */
import type { FactRow } from './tables.ts';

export type FactOrderField = 'DOCUMENT' | 'ID' | 'INDICATOR' | 'REGION' | 'KIND' | 'PROVENANCE' | 'PERIOD_START' | 'PERIOD_END' | 'VALUE';
export interface FactOrder {
  field: FactOrderField;
  direction: 'ASC' | 'DESC';
}

export const FACT_ORDER_COLUMNS = {
  DOCUMENT: 'ordinal', ID: 'id', INDICATOR: 'indicator', REGION: 'region', KIND: 'kind', PROVENANCE: 'provenance',
  PERIOD_START: 'period_start', PERIOD_END: 'period_end', VALUE: 'value',
} as const satisfies Record<FactOrderField, keyof FactRow>;
