/**
 * A Kysely dialect for DuckDB in process (@duckdb/node-api). It reuses Kysely's
 * PostgreSQL compiler and adapter: DuckDB reads PostgreSQL-style SQL and `$n`
 * parameters, so one set of typed queries runs on DuckDB and on PostgreSQL.
 */
import type { DuckDBConnection, DuckDBInstance, DuckDBPreparedStatement, DuckDBResultReader, DuckDBValue } from '@duckdb/node-api';
import {
  CompiledQuery, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler,
  type DatabaseConnection, type Dialect, type Driver, type Kysely, type QueryResult,
} from 'kysely';
import { loadDuckDb } from './duckdb-module.ts';
import type { QueryObserver } from './query-observer.ts';

/** DuckDB returns BIGINT (e.g. COUNT(*)) as bigint; the API layer wants plain numbers. */
function toPlainValue(value: unknown): unknown {
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) return value.toString();
    return Number(value);
  }
  return value;
}

function toPlainRow<R>(row: Record<string, unknown>): R {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) plain[key] = toPlainValue(value);
  return plain as R;
}

/**
 * Prepared statements kept per connection. Requests send the same few dozen query
 * shapes again and again with other parameters; preparing parses, binds and plans
 * the statement (the `fact_all` view's union and joins included), which cost more
 * than running it on the plan's small tables (bench/results/peer.md). The oldest is
 * dropped past this many, so an unusual filter mix cannot grow the cache without end.
 */
const PREPARED_PER_CONNECTION = 128;

/** Rows from a result's columns: one conversion per column rather than per cell (markedly faster for wide rows). */
function rowsOf<R>(reader: DuckDBResultReader): R[] {
  const names = reader.columnNames();
  const columns = reader.getColumnsJS();
  const rows = new Array<R>(reader.currentRowCount);
  for (let r = 0; r < rows.length; r++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c]!] = toPlainValue(columns[c]![r]);
    rows[r] = row as R;
  }
  return rows;
}

class DuckDbConnection implements DatabaseConnection {
  readonly #connection: DuckDBConnection;
  readonly #onQuery: QueryObserver | undefined;
  readonly #prepared = new Map<string, DuckDBPreparedStatement>();

  constructor(connection: DuckDBConnection, onQuery?: QueryObserver) {
    this.#connection = connection;
    this.#onQuery = onQuery;
  }

  async #preparedStatement(sql: string): Promise<DuckDBPreparedStatement> {
    const cached = this.#prepared.get(sql);
    if (cached) {
      // Most recently used last, so the first entry is the one to drop.
      this.#prepared.delete(sql);
      this.#prepared.set(sql, cached);
      return cached;
    }
    const prepared = await this.#connection.prepare(sql);
    if (this.#prepared.size >= PREPARED_PER_CONNECTION) {
      const [oldestSql, oldest] = this.#prepared.entries().next().value!;
      this.#prepared.delete(oldestSql);
      oldest.destroySync();
    }
    this.#prepared.set(sql, prepared);
    return prepared;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    this.#onQuery?.(query.sql, query.parameters);
    // Without parameters DuckDB takes the text as it is, several statements included (the DDL
    // script), in one round trip; with them, the statement is prepared once per connection.
    let reader: DuckDBResultReader;
    if (query.parameters.length > 0) {
      const prepared = await this.#preparedStatement(query.sql);
      prepared.bind(query.parameters as DuckDBValue[]);
      reader = await prepared.runAndReadAll();
    } else {
      reader = await this.#connection.runAndReadAll(query.sql);
    }
    return { rows: rowsOf<R>(reader), numAffectedRows: BigInt(reader.rowsChanged) };
  }

  /** Streams a large result in DuckDB's own chunks, regrouped to `chunkSize` rows (e.g. copying a version to PostgreSQL). */
  async *streamQuery<R>(query: CompiledQuery, chunkSize = 10_000): AsyncIterableIterator<QueryResult<R>> {
    this.#onQuery?.(query.sql, query.parameters);
    const result = await this.#connection.stream(query.sql, query.parameters as DuckDBValue[]);
    let rows: R[] = [];
    for await (const chunk of result.yieldRowObjectJs()) {
      for (const row of chunk) rows.push(toPlainRow<R>(row));
      if (rows.length >= chunkSize) {
        yield { rows };
        rows = [];
      }
    }
    if (rows.length > 0) yield { rows };
  }

  close(): void {
    for (const prepared of this.#prepared.values()) prepared.destroySync();
    this.#prepared.clear();
    this.#connection.closeSync();
  }
}

export interface DuckDbDialectConfig {
  /** An instance opened already (e.g. bulk-loaded through the appender); closed with the dialect. */
  instance?: DuckDBInstance;
  /** ':memory:' (the default) or a database file path, when no instance is given. */
  path?: string;
  /** Called with each SQL statement, e.g. to count statements per request. */
  onQuery?: QueryObserver;
}

class DuckDbDriver implements Driver {
  readonly #config: DuckDbDialectConfig;
  #instance: DuckDBInstance | undefined;
  /** Idle connections; DuckDB connections are cheap and one runs one query at a time. */
  readonly #idle: DuckDbConnection[] = [];
  readonly #all: DuckDbConnection[] = [];

  constructor(config: DuckDbDialectConfig) {
    this.#config = config;
  }

  async init(): Promise<void> {
    this.#instance = this.#config.instance ?? (await (await loadDuckDb()).DuckDBInstance.create(this.#config.path ?? ':memory:'));
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const idle = this.#idle.pop();
    if (idle) return idle;
    if (!this.#instance) throw new Error('DuckDB driver used before init');
    const connection = new DuckDbConnection(await this.#instance.connect(), this.#config.onQuery);
    this.#all.push(connection);
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin transaction'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.#idle.push(connection as DuckDbConnection);
  }

  async destroy(): Promise<void> {
    for (const connection of this.#all) connection.close();
    this.#all.length = 0;
    this.#idle.length = 0;
    this.#instance?.closeSync();
    this.#instance = undefined;
  }
}

export class DuckDbDialect implements Dialect {
  readonly #config: DuckDbDialectConfig;
  constructor(config: DuckDbDialectConfig = {}) {
    this.#config = config;
  }
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver() {
    return new DuckDbDriver(this.#config);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}
