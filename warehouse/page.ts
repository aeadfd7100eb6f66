/** A slice of an ordered result: the resolvers turn cursors into this. */
export interface Page {
  limit: number;
  offset: number;
}

export interface PageResult<T> {
  rows: T[];
  totalCount: number;
}

/** Counts arrive as number (DuckDB driver) or string (node-postgres bigint); both become number. */
export function toCount(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}
