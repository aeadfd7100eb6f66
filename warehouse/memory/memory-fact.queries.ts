/**
 * The fact queries of fact.queries.ts and progress.queries.ts for a version held in
 * memory (facts-in-memory.ts): the same rows in the same order, without a statement.
 */
import { FACT_ORDER_COLUMNS, type FactOrder } from '../fact-order-columns.ts';
import type { FactFilter, FactParent } from '../fact.queries.ts';
import type { LazyPageResult, Page } from '../page.ts';
import type { ObservationSelection } from '../progress.queries.ts';
import type { FactRow } from '../tables.ts';
import { matchingFacts } from './fact-match.ts';
import { byKeys, type SortKey } from '../order-by.ts';
import type { VisibleFacts } from './facts-in-memory.ts';

export function findFactsInMemory(facts: VisibleFacts, filter: FactFilter, orderBy: readonly FactOrder[], page: Page): LazyPageResult<FactRow> {
  const matching = matchingFacts(facts, filter);
  // Matching facts are in document order and the sort is stable: document order breaks ties, as in SQL.
  if (orderBy.length > 0) {
    matching.sort(byKeys(orderBy.map((order): SortKey<FactRow> => ({ read: (row) => row[FACT_ORDER_COLUMNS[order.field]], direction: order.direction }))));
  }
  const end = page.offset + page.limit;
  return {
    rows: matching.slice(page.offset, end),
    hasNextPage: matching.length > end,
    totalCount: () => Promise.resolve(matching.length),
  };
}

export function findFactPagesByParentsInMemory(facts: VisibleFacts, parent: FactParent, keys: readonly string[], page: Page): { parentKey: string; total: number; fact: FactRow }[] {
  const index = parent === 'indicator' ? facts.byIndicator : facts.byRegion;
  return [...new Set(keys)].sort().flatMap((parentKey) => {
    const all = index.get(parentKey) ?? [];
    return all.slice(page.offset, page.offset + page.limit).map((fact) => ({ parentKey, total: all.length, fact }));
  });
}

const indicatorAndRegion = (row: FactRow) => `${row.indicator}\u0000${row.region}`;

const SERIES_ORDER = byKeys<FactRow>([
  { read: (row) => row.indicator, direction: 'ASC' },
  { read: (row) => row.region, direction: 'ASC' },
  { read: (row) => row.period_end, direction: 'ASC' },
  { read: (row) => row.period_start, direction: 'ASC' },
]);

export function findSelectedObservationsInMemory(facts: VisibleFacts, selection: ObservationSelection): FactRow[] {
  const indicators = new Set(selection.indicators);
  const regions = selection.regions === null ? null : new Set(selection.regions);
  let selected = [...indicators].flatMap((code) => facts.byIndicator.get(code) ?? []).filter((row) => row.kind === 'OBSERVATION'
    && row.period_end >= selection.fromYear && row.period_end <= selection.toYear
    && (regions === null || (row.region !== null && regions.has(row.region))));
  if (selection.provenance !== null) {
    selected = selected.filter((row) => row.provenance === selection.provenance);
  } else {
    // Reported rows the audience cannot see are not in `facts`: they do not displace the SAMPLE ones it can.
    const reported = new Set(facts.rows.filter((row) => row.provenance === 'REPORTED' && row.indicator !== null && row.region !== null && indicators.has(row.indicator)).map(indicatorAndRegion));
    selected = selected.filter((row) => row.provenance === 'REPORTED' || row.region === null || !reported.has(indicatorAndRegion(row)));
  }
  return selected.sort(SERIES_ORDER);
}
