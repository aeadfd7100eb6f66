/**
 * DuckDB's Node API, loaded on first use rather than at import. Loading its package and
 * native library is ~30 ms of a cold start's single thread; deferred, it happens once the
 * seed reads are in flight instead of before they can start (bench:lambda).
 */
type DuckDbModule = typeof import('@duckdb/node-api');

let loading: Promise<DuckDbModule> | undefined;

/** The @duckdb/node-api module, imported once per process. */
export function loadDuckDb(): Promise<DuckDbModule> {
  loading ??= import('@duckdb/node-api');
  return loading;
}
