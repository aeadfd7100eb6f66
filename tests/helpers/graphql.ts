/**
 * Runs real GraphQL operations against a warehouse loaded from the real seeds, on
 * either engine: DuckDB in process, or PostgreSQL with the same version pushed by
 * the production push code.
 */
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { createJsonLogger, type Logger } from '../../core/logger.ts';
import type { Audience } from '../../core/request.ts';
import { createApolloServer } from '../../functions/graphql/apollo-server.ts';
import { loadSeedsFromDirectory } from '../../dataset/seeds-directory.ts';
import type { GraphQLContext } from '../../resolvers/context.ts';
import { createLoaders } from '../../resolvers/loaders.ts';
import { keepFactsInWarehouse } from '../../warehouse/memory/facts-in-memory.ts';
import { createPostgresDb } from '../../warehouse/postgres/postgres-db.ts';
import { openPushedVersion, pushWarehouse } from '../../warehouse/postgres/postgres-versions.ts';
import { createDuckDbWarehouse, type Warehouse } from '../../warehouse/warehouse.ts';
import { REAL_SEEDS_DIR } from './seeds.ts';

export type Engine = 'duckdb' | 'postgres';
export const ENGINES: readonly Engine[] = ['duckdb', 'postgres'];

/** The test PostgreSQL server's URL, or null where none runs (local runs without PostgreSQL only; CI always has one). */
export const TEST_DATABASE_URL = inject('databaseUrl');

export function engineUnavailable(engine: Engine): boolean {
  return engine === 'postgres' && !TEST_DATABASE_URL;
}

export interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestApi {
  warehouse: Warehouse;
  logLines: string[];
  /** SQL statements run since the last reset. */
  statements: string[];
  /** Runs an operation as the public (the default) or as an internal caller. */
  execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, audience?: Audience): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  engine?: Engine;
  /** Load the SAMPLE monitoring file too (as SEEDS_SAMPLE=1 does). */
  includeSample?: boolean;
  /** Another seeds directory (a test's edited copy); the repo's seeds by default. */
  seedsDir?: string;
  /**
   * Serve a small version's facts from memory, as production does (warehouse/memory/), or
   * query them in the warehouse. By default DuckDB suites run in memory and PostgreSQL
   * suites in the warehouse, so every suite run on both engines covers both ways of
   * answering; tests/engines-identical.test.ts holds all four to the same answers.
   */
  factsInMemory?: boolean;
}

/** Versions other test files may be reading stay in the test database. */
const KEEP_ALL_VERSIONS = 1000;

async function openWarehouse(engine: Engine, includeSample: boolean, seedsDir: string, onQuery: (sql: string) => void): Promise<Warehouse> {
  const data = await loadSeedsFromDirectory(seedsDir, { includeSample });
  if (engine === 'duckdb') return createDuckDbWarehouse(data, { origin: seedsDir, onQuery });
  if (!TEST_DATABASE_URL) throw new Error('no PostgreSQL server for the tests');
  const loaded = await createDuckDbWarehouse(data, { origin: seedsDir });
  const db = createPostgresDb({ url: TEST_DATABASE_URL, onQuery });
  try {
    await pushWarehouse(db, loaded, { keep: KEEP_ALL_VERSIONS });
  } finally {
    await loaded.close();
  }
  const warehouse = await openPushedVersion(db, loaded.dataset.version, TEST_DATABASE_URL);
  return { ...warehouse, close: () => db.destroy() };
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const statements: string[] = [];
  const engine = options.engine ?? 'duckdb';
  const warehouse = await openWarehouse(engine, options.includeSample ?? false, options.seedsDir ?? REAL_SEEDS_DIR, (sql) => statements.push(sql));
  if (!(options.factsInMemory ?? engine === 'duckdb')) keepFactsInWarehouse(warehouse.db);
  const logLines: string[] = [];
  const logger: Logger = createJsonLogger((line) => logLines.push(line));
  const server: ApolloServer<GraphQLContext> = createApolloServer(logger);
  await server.start();
  let requests = 0;
  return {
    warehouse,
    logLines,
    statements,
    async execute<T>(query: string, variables?: Record<string, unknown>, audience?: Audience) {
      requests += 1;
      const response = await server.executeOperation(
        { query, ...(variables ? { variables } : {}) },
        { contextValue: { warehouse, loaders: createLoaders(warehouse.db, audience), requestId: `test-${requests}`, ...(audience ? { audience } : {}) } },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single GraphQL result');
      return response.body.singleResult as GraphQLResult<T>;
    },
    async close() {
      await server.stop();
      await warehouse.close();
    },
  };
}

/**
 * A test API for the surrounding suite: started before its tests, closed after.
 * The handle forwards to the started API, so tests use it like a plain TestApi.
 * Options may be a function, read when the API starts (e.g. a directory that an
 * outer beforeAll creates).
 */
export function useTestApi(options: TestApiOptions | (() => TestApiOptions)): TestApi {
  let started: TestApi | undefined;
  beforeAll(async () => {
    started = await startTestApi(typeof options === 'function' ? options() : options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = () => {
    if (!started) throw new Error('the test API is used outside a test');
    return started;
  };
  return {
    get warehouse() { return current().warehouse; },
    get logLines() { return current().logLines; },
    get statements() { return current().statements; },
    execute: (query, variables, audience) => current().execute(query, variables, audience),
    close: () => current().close(),
  };
}

/**
 * A suite per engine. Where no PostgreSQL server runs (local runs only: CI always has
 * one), the PostgreSQL suite's own tests are registered skipped, under a title that says
 * why: the skip count is the number of tests not run, and the same tests run wherever a
 * server is found.
 */
export function describeEachEngine(title: string, suite: (engine: Engine) => void): void {
  describe.each(ENGINES)(title, (engine) => {
    if (engineUnavailable(engine)) describe.skip('skipped: needs a PostgreSQL server (CI always has one)', () => suite(engine));
    else suite(engine);
  });
}
