/** What every treatment reads from a row's input: the plan's base year, the table's numbers, who the row is for. */
import { formatNumber } from './arithmetic.ts';
import { tableTreatment } from './table-treatment.ts';
import { tableNumber } from './treatments/ratio.ts';
import type { Comparator, Observation, ProgressInput, ProgressTreatment } from './types.ts';

export interface RowFrame<O extends Observation> extends ProgressInput<O> {
  /** The year before the plan's first (2020). */
  baseYear: number;
  /** A number with its unit, for explanations. */
  fmt: (x: number) => string;
  /** The treatment the table calls for. */
  table: ProgressTreatment;
  ratio: boolean;
  comparator: Comparator | null;
  /** The target's number (a ratio's first part), or null. */
  targetNumber: number | null;
  /** The baseline's number (a ratio's first part), or null. */
  baselineNumber: number | null;
  /** True for a region's row, false for the city's own. */
  regional: boolean;
  /** "this region" or "the city", for explanations. */
  where: string;
}

export function rowFrame<O extends Observation>(input: ProgressInput<O>): RowFrame<O> {
  const unit = input.indicator.unit ?? '';
  const table = tableTreatment(input);
  const ratio = table === 'RATIO';
  const regional = input.city !== null;
  return {
    ...input,
    baseYear: input.plan.start - 1,
    fmt: (x: number) => `${formatNumber(x)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`,
    table,
    ratio,
    comparator: input.target?.comparator ?? null,
    targetNumber: tableNumber(input.target, ratio),
    baselineNumber: tableNumber(input.baseline, ratio),
    regional,
    where: regional ? 'this region' : 'the city',
  };
}
