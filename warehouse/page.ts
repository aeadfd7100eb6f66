/** A slice of an ordered result: the resolvers turn cursors into this. */
export interface Page {
  limit: number;
  offset: number;
}

export interface PageResult<T> {
  rows: T[];
  totalCount: number;
}

/**
 * A page whose total is counted only when asked for: `totalCount` runs its statement
 * on first call. GraphQL calls it only when a client selects `totalCount`, and most
 * page requests (a table, a chart) do not, so they cost one statement less; whether
 * more rows follow is known from reading one row past the page.
 */
export interface LazyPageResult<T> {
  rows: T[];
  hasNextPage: boolean;
  totalCount: () => Promise<number>;
}

/** Counts once, however often the thunk is called. */
export function countOnce(count: () => Promise<{ n: unknown }>): () => Promise<number> {
  let counted: Promise<number> | undefined;
  return () => (counted ??= count().then((row) => toCount(row.n)));
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
