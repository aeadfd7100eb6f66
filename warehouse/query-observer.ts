/** Sees every SQL statement with its parameters, e.g. to count statements per request or to re-run one raw in a benchmark. */
export type QueryObserver = (sql: string, parameters: readonly unknown[]) => void;
