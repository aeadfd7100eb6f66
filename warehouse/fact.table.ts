/**
 * The fact table, declared once: its columns (from which its row type, its DDL on both
 * engines, its append order and the plan-fact half of `fact_all` derive) and how a
 * validated seed fact fills each of them. Adding a column is a change here (the type
 * checker asks for both halves) plus, for the API, the SDL; CONTRIBUTING.md walks
 * through one. Observations show NULL in a column unless fact-all.view.ts says what
 * they hold there.
 */
import { MEASURE_KINDS, measureKindOf } from '../dataset/measure-kind.ts';
import { COMPARATORS, FACT_KINDS, PERIOD_TYPES, PROVENANCES, type FactSeed } from '../dataset/seed.schemas.ts';
import { boolean, double, integer, key, nullable, text, type RowOf } from './table-spec.ts';

export const FACT_COLUMNS = {
  id: key(text()),
  ordinal: integer(),
  kind: text(FACT_KINDS),
  subject: text(),
  indicator: nullable(text()),
  value: nullable(double()),
  value_text: text(),
  /** A ratio's parts joined with ":" ("15:35:50"), else null. */
  value_parts: nullable(text()),
  comparator: nullable(text(COMPARATORS)),
  comparator_text: nullable(text()),
  unit: nullable(text()),
  period_start: integer(),
  period_end: integer(),
  period_type: text(PERIOD_TYPES),
  /** Stock, annual flow, cumulative total, rate or other (dataset/measure-kind.ts): what may be added to what. */
  measure_kind: text(MEASURE_KINDS),
  region: nullable(text()),
  region_text: nullable(text()),
  provenance: text(PROVENANCES),
  chapter: nullable(integer()),
  section: nullable(text()),
  box: nullable(text()),
  project: nullable(text()),
  quote: text(),
  inferred_column: boolean(),
  note: nullable(text()),
  /**
   * The fact states again a value an earlier fact (in document order) states (agreesWith), so an
   * aggregate counts the value once. Worked out when the version is loaded, because a per-row
   * link lookup at query time costs a join on every monitoring row as well.
   */
  restates_earlier: boolean(),
  /**
   * The fact contradicts a statement preferred over it (the indicator table's, else the one printed
   * first), so an aggregate that counts contradictions once leaves it out. Decided at load, like
   * `restates_earlier`.
   */
  yields_in_conflict: boolean(),
};

export type FactTable = RowOf<typeof FACT_COLUMNS>;

/** What a fact's row holds beyond its seed: decided over the whole version when it is loaded (insert-seeds.ts). */
export interface FactLoadContext {
  ordinal: number;
  restatesEarlier: boolean;
  yieldsInConflict: boolean;
}

/** A validated seed fact as a row of the fact table. */
export function factRowOfSeed(fact: FactSeed, context: FactLoadContext): FactTable {
  return {
    id: fact.id,
    ordinal: context.ordinal,
    kind: fact.kind,
    subject: fact.subject,
    indicator: fact.indicator,
    value: fact.value,
    value_text: fact.valueText,
    value_parts: fact.valueParts?.join(':') ?? null,
    comparator: fact.comparator,
    comparator_text: fact.comparatorText,
    unit: fact.unit,
    period_start: fact.periodStart,
    period_end: fact.periodEnd,
    period_type: fact.periodType,
    measure_kind: measureKindOf(fact),
    region: fact.region,
    region_text: fact.regionText,
    provenance: fact.provenance,
    chapter: fact.source.chapter,
    section: fact.source.section,
    box: fact.source.box,
    project: fact.source.project,
    quote: fact.source.quote,
    inferred_column: fact.inferredColumn,
    note: fact.note,
    restates_earlier: context.restatesEarlier,
    yields_in_conflict: context.yieldsInConflict,
  };
}
