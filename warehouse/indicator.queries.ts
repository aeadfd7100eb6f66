/** Queries for the main indicators of 专栏1. */
import type { Kysely } from 'kysely';
import { inList } from './in-list.ts';
import { fetchPage, type Page, type PageResult } from './page.ts';
import { anyColumnContains } from './text-match.ts';
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

const ORDER_COLUMNS = { CODE: 'code', NAME: 'name', CATEGORY: 'category_label' } as const;

function filteredIndicators(db: Db, filter: IndicatorFilter) {
  let query = db.selectFrom('indicator');
  if (filter.codes != null) query = query.where('code', 'in', inList(filter.codes));
  if (filter.category != null) query = query.where('category', '=', filter.category);
  if (filter.attribute != null) query = query.where('attribute', '=', filter.attribute);
  if (filter.direction != null) query = query.where('direction', '=', filter.direction);
  if (filter.name != null) query = query.where(anyColumnContains(['name', 'name_en'], filter.name));
  return query;
}

/** A page of indicators matching a filter, in the requested order (then by code), with the total count. */
export async function findIndicators(db: Db, filter: IndicatorFilter, orderBy: readonly IndicatorOrder[], page: Page): Promise<PageResult<IndicatorRow>> {
  let query = filteredIndicators(db, filter).selectAll();
  for (const order of orderBy) {
    // The group label sorts in Chinese, not table order; the row number keeps table order within and across groups.
    query = order.field === 'CATEGORY'
      ? query.orderBy('category', order.direction === 'DESC' ? 'desc' : 'asc')
      : query.orderBy(ORDER_COLUMNS[order.field], order.direction === 'DESC' ? 'desc' : 'asc');
  }
  return fetchPage(
    query.orderBy('row_number').limit(page.limit).offset(page.offset).execute(),
    filteredIndicators(db, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  );
}

