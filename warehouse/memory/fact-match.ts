/**
 * A FactFilter as a test on one fact in memory: the same conditions, with the same
 * meaning, as `filteredFacts` writes in SQL (fact.queries.ts), including SQL's rule
 * that a missing value (NULL) matches no comparison. tests/facts-in-memory.test.ts
 * holds the two to the same answers over generated filters, on both engines.
 */
import type { FactFilter } from '../fact.queries.ts';
import type { FactRow } from '../tables.ts';
import type { VisibleFacts } from './facts-in-memory.ts';

type Condition = (row: FactRow) => boolean;

/** `strpos(column, text) > 0`: NULL never contains anything. */
const contains = (column: string | null, text: string) => column !== null && column.includes(text);

/** Filter fields that name one value of a column (`column = value` in SQL). */
const EQUALS = {
  kind: 'kind', indicator: 'indicator', chapter: 'chapter', section: 'section', box: 'box', project: 'project',
  provenance: 'provenance', unit: 'unit', measureKind: 'measure_kind', year: 'period_end',
} as const satisfies { [F in keyof FactFilter]?: keyof FactRow };

/** Filter fields that list values of a column (`column in (…)`; NULL is in no list). */
const ONE_OF = { ids: 'id', kinds: 'kind', indicators: 'indicator', measureKinds: 'measure_kind' } as const satisfies { [F in keyof FactFilter]?: keyof FactRow };

function conditionsOf(filter: FactFilter, facts: VisibleFacts): Condition[] {
  const { catalog } = facts;
  const conditions: Condition[] = [];
  for (const [field, column] of Object.entries(EQUALS) as [keyof typeof EQUALS, keyof FactRow][]) {
    const value = filter[field];
    if (value != null) conditions.push((row) => row[column] === value);
  }
  for (const [field, column] of Object.entries(ONE_OF) as [keyof typeof ONE_OF, keyof FactRow][]) {
    const values = filter[field];
    if (values == null) continue;
    const set = new Set<unknown>(values);
    conditions.push((row) => row[column] !== null && set.has(row[column]));
  }
  if (filter.category != null) {
    const category = filter.category;
    conditions.push((row) => row.indicator !== null && catalog.indicatorByCode.get(row.indicator)?.category === category);
  }
  if (filter.hasConflicts != null) {
    const wanted = filter.hasConflicts;
    conditions.push((row) => catalog.conflictsOf.has(row.id) === wanted);
  }
  /** Both ends included; a fact without the column's value matches neither end. */
  const between = (column: 'value' | 'period_end', from: number | null | undefined, to: number | null | undefined) => {
    if (from != null) conditions.push((row) => row[column] !== null && row[column] >= from);
    if (to != null) conditions.push((row) => row[column] !== null && row[column] <= to);
  };
  between('value', filter.valueFrom, filter.valueTo);
  between('period_end', filter.yearFrom, filter.yearTo);
  for (const regions of [filter.region != null ? [filter.region] : null, filter.regions ?? null]) {
    if (regions === null) continue;
    // A fact about any of the regions: naming it, or a group statement applying to it (as byRegion holds them).
    const about = new Set(regions.flatMap((region) => facts.byRegion.get(region) ?? []));
    conditions.push((row) => about.has(row));
  }
  if (filter.text != null) {
    const text = filter.text;
    conditions.push((row) => contains(row.subject, text) || contains(row.value_text, text) || (row.quote ?? '').includes(text));
  }
  return conditions;
}

/** The facts an audience may see that meet every condition of a filter, in document order. */
export function matchingFacts(facts: VisibleFacts, filter: FactFilter): FactRow[] {
  const conditions = conditionsOf(filter, facts);
  // An indicator's facts are indexed: most filtered pages (a chart, a table row) name one.
  const candidates = filter.indicator != null ? facts.byIndicator.get(filter.indicator) ?? [] : facts.rows;
  if (conditions.length === 0) return [...candidates];
  return candidates.filter((row) => conditions.every((condition) => condition(row)));
}
