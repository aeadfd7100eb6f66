/**
 * What kind of quantity a fact's value is, so aggregates never add things that do
 * not add up: a stock at a year's end, a flow in one year, a total over several
 * years, or a rate (share, ratio, average, price level). Decided from the period
 * type, the unit and the value's shape by one rule, with an explicit list for the
 * few statements the rule cannot read; a test keeps the list honest.
 */
import type { FactSeed } from './seed.schemas.ts';

export const MEASURE_KINDS = ['STOCK', 'ANNUAL_FLOW', 'CUMULATIVE_TOTAL', 'RATE', 'OTHER'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Units whose values are rates, shares, multiples, averages or price levels: never added across facts. */
export const RATE_UNITS: ReadonlySet<string> = new Set(['%', '倍', '元/月', '人年', '年']);

/** Statements the rule would misread, with the reason. Every id must exist in the seeds (tests/measure-kind.test.ts). */
export const MEASURE_KIND_OVERRIDES: Readonly<Record<string, { kind: MeasureKind; why: string }>> = {
  's7.2-01': { kind: 'RATE', why: '一半以上: a share of teaching hours, printed without a unit' },
  's9.5-01': { kind: 'OTHER', why: '至少有一人 per household: a minimum per family, not a flow to add up' },
  'p10-03-01': { kind: 'OTHER', why: '三年: a duration, not a quantity of anything' },
};

type MeasuredFact = Pick<FactSeed, 'id' | 'periodType' | 'unit' | 'valueParts'>;

/** The measure kind of a plan fact. */
export function measureKindOf(fact: MeasuredFact): MeasureKind {
  const override = MEASURE_KIND_OVERRIDES[fact.id];
  if (override) return override.kind;
  if (fact.valueParts !== null) return 'RATE';
  if (fact.unit !== null && RATE_UNITS.has(fact.unit)) return 'RATE';
  // A statement without a unit and without ratio parts is qualitative (稳步提高) or a count of nothing named.
  if (fact.unit === null) return 'OTHER';
  switch (fact.periodType) {
    case 'POINT': return 'STOCK';
    case 'ANNUAL': return 'ANNUAL_FLOW';
    case 'CUMULATIVE': return 'CUMULATIVE_TOTAL';
  }
}

/**
 * The side of a contradiction an aggregate keeps when it counts contradictions once:
 * the indicator table's statement (专栏1 is the plan's formal target list), else the one
 * printed first. Returns the facts that give way to a preferred statement.
 */
export function factsYieldingInConflicts(facts: readonly Pick<FactSeed, 'id' | 'conflictsWith'>[]): Set<string> {
  const ordinalOf = new Map(facts.map((fact, ordinal) => [fact.id, ordinal]));
  const isTableFact = (id: string) => /^I\d{2}-/.test(id);
  const preferred = (a: string, b: string) =>
    isTableFact(a) !== isTableFact(b) ? isTableFact(a) : (ordinalOf.get(a) ?? Infinity) < (ordinalOf.get(b) ?? Infinity);
  return new Set(facts.filter((fact) => fact.conflictsWith.some((other) => preferred(other, fact.id))).map((fact) => fact.id));
}
