/**
 * The fact table, declared once, in three parts side by side: what a seed fact holds
 * (its schema, which seeds:check and the loader validate against), the table's columns
 * (from which its row type, its DDL on both engines, its append order and the
 * plan-fact half of `fact_all` derive), and how a validated seed fact fills each column.
 * Adding a column is a change here (the type checker asks for every part it needs)
 * plus, for the API, the SDL; CONTRIBUTING.md walks through one. Observations show
 * NULL in a column unless warehouse/fact-all.view.ts says what they hold there.
 */
import * as z from 'zod';
import { MEASURE_KINDS, measureKindOf } from '../measure-kind.ts';
import {
  boxId, chapterNumber, COMPARATORS, FACT_KINDS, factId, indicatorCode, nonEmpty, PERIOD_TYPES, projectCode, PROVENANCES, regionCode, sectionId, year,
} from '../vocabulary.ts';
import { boolean, double, integer, key, nullable, text, type RowOf } from './table-spec.ts';

/* What a seed fact holds (seeds/data/facts.json) -------------------------------------------------- */

const sourceLocation = z.strictObject({
  chapter: chapterNumber.nullable(),
  section: sectionId.nullable(),
  box: boxId.nullable(),
  project: projectCode.nullable(),
  /** Verbatim substring of the source text; it contains `valueText`. */
  quote: nonEmpty,
});

export const factSchema = z.strictObject({
  id: factId,
  kind: z.enum(FACT_KINDS),
  /** What is measured, in the document's words (e.g. 人才资源总量). */
  subject: nonEmpty,
  indicator: indicatorCode.nullable(),
  /** The number, or null where the statement has none (ratio, qualitative, 一半). */
  value: z.number().finite().nullable(),
  /** The value exactly as printed, a verbatim substring of the quote (e.g. "30万人以上", "<5.5", "15:35:50"). */
  valueText: nonEmpty,
  /** The parts of a ratio such as 15:35:50, else null. */
  valueParts: z.array(z.number().finite()).nullable(),
  comparator: z.enum(COMPARATORS).nullable(),
  /** The printed qualifier behind the comparator: 以上, 超过, 左右, 不少于, 约, 余, 近, <, or null. */
  comparatorText: z.string().nullable(),
  unit: z.string().nullable(),
  periodStart: year,
  periodEnd: year,
  periodType: z.enum(PERIOD_TYPES),
  /** The region the number describes, when it is one region. */
  region: regionCode.nullable(),
  /** The document's own words for the region where it names one (市区, 各县). */
  regionText: z.string().nullable(),
  /** Regions a group statement applies to (e.g. 各县 → the nine counties). */
  appliesTo: z.array(regionCode),
  provenance: z.enum(PROVENANCES),
  source: sourceLocation,
  /** Other facts that state a different value for the same thing. */
  conflictsWith: z.array(factId),
  /** Other facts that restate the same value (so totals can avoid double counting). */
  agreesWith: z.array(factId),
  /** For table facts: the cell's column was inferred because the row has one value. */
  inferredColumn: z.boolean(),
  note: z.string().nullable(),
});

export type FactSeed = z.infer<typeof factSchema>;

/* The table ------------------------------------------------------------------------------------------ */

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

/** Conflict and agreement links between facts, stored in both directions (the seed's conflictsWith and agreesWith). */
export const FACT_LINK_COLUMNS = { fact_id: text(), other_id: text(), relation: text(['CONFLICTS', 'AGREES']) };
export type FactLinkTable = RowOf<typeof FACT_LINK_COLUMNS>;

/** Every region a fact speaks of: its own region and those a group statement applies to (the seed's appliesTo). */
export const FACT_REGION_COLUMNS = { fact_id: text(), region: text() };
export type FactRegionTable = RowOf<typeof FACT_REGION_COLUMNS>;

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

/** A seed fact's links to other facts, as rows of the link table. */
export function factLinkRowsOfSeed(fact: FactSeed): FactLinkTable[] {
  return [
    ...fact.conflictsWith.map((other) => ({ fact_id: fact.id, other_id: other, relation: 'CONFLICTS' as const })),
    ...fact.agreesWith.map((other) => ({ fact_id: fact.id, other_id: other, relation: 'AGREES' as const })),
  ];
}

/** The regions a seed fact speaks of, its own first, as rows of the fact–region table. */
export function factRegionRowsOfSeed(fact: FactSeed): FactRegionTable[] {
  return [
    ...(fact.region ? [{ fact_id: fact.id, region: fact.region }] : []),
    ...fact.appliesTo.filter((code) => code !== fact.region).map((code) => ({ fact_id: fact.id, region: code })),
  ];
}
