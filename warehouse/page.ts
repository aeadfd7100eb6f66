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
function toCount(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Runs a page's rows query and its total-count query side by side. */
export async function fetchPage<T>(rows: Promise<T[]>, count: Promise<{ n: unknown }>): Promise<PageResult<T>> {
  const [pageRows, total] = await Promise.all([rows, count]);
  return { rows: pageRows, totalCount: toCount(total.n) };
}
