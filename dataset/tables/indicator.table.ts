/**
 * The indicator table, declared once: what its seed file holds (the schema
 * seeds:check and the loader validate against), its columns (row type, DDL, append
 * order: table-spec.ts) and how a validated seed fills a row.
 */
import * as z from 'zod';
import { MEASURE_KINDS, type MeasureKind } from '../measure-kind.ts';
import { DIRECTIONS, INDICATOR_ATTRIBUTES, INDICATOR_CATEGORIES, indicatorCode, nonEmpty, PERIOD_TYPES } from '../vocabulary.ts';
import { boolean, integer, key, nullable, text, type RowOf } from './table-spec.ts';

export const indicatorSchema = z.strictObject({
  code: indicatorCode,
  row: z.number().int().min(1).max(17),
  name: nonEmpty,
  nameEn: nonEmpty,
  unit: z.string().nullable(),
  category: z.enum(INDICATOR_CATEGORIES),
  categoryLabel: nonEmpty,
  attribute: z.enum(INDICATOR_ATTRIBUTES),
  attributeLabel: z.enum(['预期性', '约束性']),
  direction: z.enum(DIRECTIONS),
  periodType: z.enum(PERIOD_TYPES),
  /** True where county values add up to the city value (counts of people, not rates or ratios). */
  additive: z.boolean(),
  /** The table row's lines exactly as printed. */
  printedRow: nonEmpty,
  note: z.string().nullable(),
});

export type IndicatorSeed = z.infer<typeof indicatorSchema>;

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

export type IndicatorTable = RowOf<typeof INDICATOR_COLUMNS>;

/** `measureKind`: the kind of the indicator's table values, its target's (worked out over the version's facts when it is loaded). */
export function indicatorRowOfSeed(i: IndicatorSeed, measureKind: MeasureKind): IndicatorTable {
  return {
    code: i.code, row_number: i.row, name: i.name, name_en: i.nameEn, unit: i.unit, category: i.category, category_label: i.categoryLabel,
    attribute: i.attribute, attribute_label: i.attributeLabel, direction: i.direction, period_type: i.periodType,
    measure_kind: measureKind, additive: i.additive, printed_row: i.printedRow, note: i.note,
  };
}
