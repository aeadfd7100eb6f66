/**
 * SQL's `ORDER BY … NULLS LAST` in memory: the order the warehouse queries ask for,
 * for rows of plain numbers and strings. Strings compare by code unit, which is the
 * engines' binary collation for every text the queries sort on (codes, ids, the
 * enumerations: ASCII); the warehouse tests hold the two to the same order.
 */

export type Direction = 'ASC' | 'DESC';

type Sortable = string | number | boolean | null | undefined;

/** One key of an ordering: how to read it from a row, and which way it runs. Missing values sort last either way. */
export interface SortKey<R> {
  read: (row: R) => Sortable;
  direction: Direction;
}

function compareValues(a: Sortable, b: Sortable, direction: Direction): number {
  const aMissing = a === null || a === undefined;
  const bMissing = b === null || b === undefined;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  if (a === b) return 0;
  const ascending = a! < b! ? -1 : 1;
  return direction === 'DESC' ? -ascending : ascending;
}

/** A comparator for Array.prototype.sort (stable) from sort keys, compared in turn. */
export function byKeys<R>(keys: readonly SortKey<R>[]): (a: R, b: R) => number {
  return (a, b) => {
    for (const key of keys) {
      const order = compareValues(key.read(a), key.read(b), key.direction);
      if (order !== 0) return order;
    }
    return 0;
  };
}
