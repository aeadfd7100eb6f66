/**
 * Kysely on PostgreSQL (≥ 14: Aurora PostgreSQL, Citus or a plain server) through
 * node-postgres. Result types are parsed as the DuckDB engine returns them, so the
 * same queries give identical results on both engines.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { WarehouseSchema } from '../tables.ts';
import type { QueryObserver } from '../query-observer.ts';

const INT8 = 20;
const NUMERIC = 1700;

/** COUNT(*) is int8, which node-postgres returns as a string; DuckDB's driver gives numbers. */
function parseWholeNumber(text: string): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
}

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8) return parseWholeNumber;
    if (oid === NUMERIC) return Number;
    return pg.types.getTypeParser(oid, format);
  },
};

export interface PostgresOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** Connections per process; a Lambda container serves one request at a time. */
  maxConnections?: number;
  onQuery?: QueryObserver;
  /** An idle connection failed (a restart, a failover); the pool replaces it on the next query. */
  onIdleError?: (error: Error) => void;
}

export function createPostgresDb(options: PostgresOptions): Kysely<WarehouseSchema> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 4, types, application_name: 'zmd-plan-graphql' });
  // Without a listener, an idle connection dropped by the server would crash the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  return new Kysely<WarehouseSchema>({
    dialect: new PostgresDialect({ pool }),
    ...(options.onQuery ? { log: (event) => { if (event.level === 'query') options.onQuery!(event.query.sql, event.query.parameters); } } : {}),
  });
}

/** The URL without its password, for logs and the `dataset` field. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}
