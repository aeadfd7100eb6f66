/** Sort orders of list arguments (FactOrder, IndicatorOrder, AggregateOrder) as the warehouse takes them. */

export type SortDirection = 'ASC' | 'DESC';

/**
 * The orders with a direction each: graphql-js fills in the SDL's default (ASC) only
 * where `direction` is left out, so a client's explicit `direction: null` arrives as null.
 */
export function withDirections<O extends { direction?: SortDirection | null }>(orders: readonly O[] | null | undefined): (Omit<O, 'direction'> & { direction: SortDirection })[] {
  return (orders ?? []).map((order) => ({ ...order, direction: order.direction ?? 'ASC' }));
}
