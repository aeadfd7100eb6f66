/**
 * DuckDB's Node API, loaded on first use rather than at import. Loading its package and
 * native library takes ~30 ms of a cold start's single thread: loaded lazily, it leaves
 * Lambda's Init and runs with the rest of the first load (duckdb-source.ts opens the
 * database beside the seed reads), and a process that serves from PostgreSQL never
 * loads it at all.
 */
type DuckDbModule = typeof import('@duckdb/node-api');

let loading: Promise<DuckDbModule> | undefined;

/** The @duckdb/node-api module, imported once per process. */
export function loadDuckDb(): Promise<DuckDbModule> {
  loading ??= import('@duckdb/node-api');
  return loading;
}
