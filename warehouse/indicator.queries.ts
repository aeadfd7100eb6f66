/** Queries for the main indicators of 专栏1, answered from the version's plan catalog (17 rows, in memory). */
import type { Kysely } from 'kysely';
import { byKeys, type SortKey } from './order-by.ts';
import type { Page, PageResult } from './page.ts';
import { planCatalogOf } from './plan-catalog.ts';
import { anyContains } from './text-match.ts';
import type { IndicatorRow, PlanTablesSchema } from './tables.ts';

type Db = Kysely<PlanTablesSchema>;

export interface IndicatorFilter {
  codes?: readonly string[] | null;
  category?: string | null;
  attribute?: string | null;
  direction?: string | null;
  /** Substring of the Chinese or English name, ASCII letters in any case. */
  name?: string | null;
}

export type IndicatorOrderField = 'CODE' | 'NAME' | 'CATEGORY';
export interface IndicatorOrder {
  field: IndicatorOrderField;
  direction: 'ASC' | 'DESC';
}

// The group sorts by its code, not its Chinese label; table order (row_number) follows within and across groups.
const ORDER_COLUMNS = { CODE: 'code', NAME: 'name', CATEGORY: 'category' } as const satisfies Record<IndicatorOrderField, keyof IndicatorRow>;

/** Table indicators matching a filter, in table order. */
export async function filterIndicators(db: Db, filter: IndicatorFilter): Promise<IndicatorRow[]> {
  const { indicators } = await planCatalogOf(db);
  const codes = filter.codes == null ? null : new Set(filter.codes);
  const { category, attribute, direction, name } = filter;
  return indicators.filter((indicator) => (codes === null || codes.has(indicator.code))
    && (category == null || indicator.category === category)
    && (attribute == null || indicator.attribute === attribute)
    && (direction == null || indicator.direction === direction)
    && (name == null || anyContains([indicator.name, indicator.name_en], name)));
}

/** A page of indicators matching a filter, in the requested order (then table order), with the total count. */
export async function findIndicators(db: Db, filter: IndicatorFilter, orderBy: readonly IndicatorOrder[], page: Page): Promise<PageResult<IndicatorRow>> {
  const matching = await filterIndicators(db, filter);
  matching.sort(byKeys(orderBy.map((order): SortKey<IndicatorRow> => ({ read: (row) => row[ORDER_COLUMNS[order.field]], direction: order.direction }))));
  return { rows: matching.slice(page.offset, page.offset + page.limit), totalCount: matching.length };
}
