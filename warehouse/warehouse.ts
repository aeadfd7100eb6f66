/**
 * A warehouse is one loaded, validated, read-only seed version behind a Kysely
 * handle. It is built completely before anyone can query it, so a request never
 * sees a half-loaded version.
 */
import type { DuckDBInstance } from '@duckdb/node-api';
import { Kysely, sql } from 'kysely';
import { filesToRead, type SeedDataset } from '../dataset/seed-files.ts';
import { accessOf, type FileAccess, type ManifestFile } from '../dataset/seed.schemas.ts';
import { createTables } from './create-tables.ts';
import { DuckDbDialect } from './duckdb.dialect.ts';
import { loadDuckDb } from './duckdb-module.ts';
import { appendSeedRows, seedRows } from './insert-seeds.ts';
import { servedFromMemory } from './memory/facts-in-memory.ts';
import { planCatalogOfRows, primePlanCatalog } from './plan-catalog.ts';
import { loadObservations } from './observations/load-observations.ts';
import type { WarehouseSchema } from './tables.ts';
import type { QueryObserver } from './query-observer.ts';

export interface DatasetInfo {
  /** The manifest's data version, with "+sample" when SAMPLE files are loaded too. */
  version: string;
  /** The manifest's data version alone. */
  manifestVersion: string;
  /** Whether SAMPLE (synthetic) observations are part of what is served. */
  includesSample: boolean;
  schemaVersion: number;
  loadedAt: string;
  /** Where the seeds came from: a directory path or an s3:// URL. */
  source: string;
  engine: 'duckdb' | 'postgres';
  /** The files loaded: the manifest's files, without SAMPLE files unless asked for. */
  files: DatasetFile[];
}

/** A file of the served version as the manifest lists it, with who may see it (the public is never told of an internal file). */
export interface DatasetFile extends ManifestFile {
  access: FileAccess;
}

export interface Warehouse {
  db: Kysely<WarehouseSchema>;
  dataset: DatasetInfo;
  close(): Promise<void>;
}

export interface WarehouseOptions {
  /** Where the seeds came from, reported by the `dataset` field. */
  origin: string;
  /** Called with every SQL statement, e.g. to count statements per request. */
  onQuery?: QueryObserver;
}

/** An in-memory DuckDB database with the warehouse's tables and no rows yet. */
export interface EmptyDuckDbWarehouse {
  instance: DuckDBInstance;
  db: Kysely<WarehouseSchema>;
}

/**
 * Opens an in-memory DuckDB database and creates the tables. Nothing here depends on
 * the data, so a cold start runs it while the seeds are still being read and validated.
 */
export async function openEmptyDuckDbWarehouse(options: Pick<WarehouseOptions, 'onQuery'> = {}): Promise<EmptyDuckDbWarehouse> {
  const { DuckDBInstance } = await loadDuckDb();
  const instance = await DuckDBInstance.create(':memory:');
  const db = new Kysely<WarehouseSchema>({ dialect: new DuckDbDialect({ instance, ...(options.onQuery ? { onQuery: options.onQuery } : {}) }) });
  try {
    await db.transaction().execute((trx) => createTables(trx, { primaryKeys: false }));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { instance, db };
}

/** Loads a validated seed dataset into an empty warehouse; on failure the database is closed. */
export async function fillDuckDbWarehouse(empty: EmptyDuckDbWarehouse, data: SeedDataset, origin: string): Promise<Warehouse> {
  const { instance, db } = empty;
  try {
    const rows = seedRows(data);
    const bulk = await instance.connect();
    try {
      await appendSeedRows(bulk, rows);
    } finally {
      bulk.closeSync();
    }
    primePlanCatalog(db, planCatalogOfRows(rows));
    await loadObservations(db, data.observations, data.facts.length);
    const observationRows = data.observations.reduce((sum, file) => sum + file.rows, 0);
    // A version served from memory reads `fact_all` once, off the cold start: no table for it.
    if (!servedFromMemory(data.facts.length + observationRows) && observationRows <= MATERIALISE_FACT_ALL_UP_TO) await materialiseFactAll(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    dataset: describeDataset(data, origin, 'duckdb'),
    close: () => db.destroy(),
  };
}

/**
 * Versions with up to this many monitoring rows (and too many facts to be served from
 * memory, memory/facts-in-memory.ts) hold `fact_all` as a table rather than a view. Every request reads `fact_all`, and on DuckDB the view's union and joins cost
 * milliseconds per statement however few its rows (bench/results/peer.md), several times
 * what the same read of a table costs. A table repeats every observation in the wide
 * shape of a fact (bench/results/api.md: memory per 1M rows), so large versions, whose
 * statements are dominated by the scan anyway, keep the view.
 */
export const MATERIALISE_FACT_ALL_UP_TO = 50_000;

/** Replaces the `fact_all` view by a table with the same rows, in document order. */
async function materialiseFactAll(db: Kysely<WarehouseSchema>): Promise<void> {
  await sql.raw([
    'create table fact_all_rows as select * from fact_all order by ordinal',
    'drop view fact_all',
    'alter table fact_all_rows rename to fact_all',
  ].join(';\n')).execute(db);
}

/** Creates an in-memory DuckDB warehouse and loads a validated seed dataset into it. */
export async function createDuckDbWarehouse(data: SeedDataset, options: WarehouseOptions): Promise<Warehouse> {
  return fillDuckDbWarehouse(await openEmptyDuckDbWarehouse(options), data, options.origin);
}

/** What the `dataset` field reports about a loaded version. */
export function describeDataset(data: SeedDataset, origin: string, engine: DatasetInfo['engine']): DatasetInfo {
  const includesSample = data.includesSample && data.manifest.observations.some((o) => o.provenance === 'SAMPLE');
  const accessOfKey = new Map(data.manifest.observations.map((o) => [o.key, accessOf(o)]));
  return {
    version: servedVersion(data.manifest.dataVersion, includesSample),
    manifestVersion: data.manifest.dataVersion,
    includesSample,
    schemaVersion: data.manifest.schemaVersion,
    loadedAt: new Date().toISOString(),
    source: origin,
    engine,
    files: filesToRead(data.manifest, { includeSample: data.includesSample }).map((file) => ({ ...file, access: accessOfKey.get(file.key) ?? 'public' })),
  };
}

/** One manifest serves two data sets (with and without SAMPLE rows); cursors and caches must tell them apart. */
export function servedVersion(manifestVersion: string, includesSample: boolean): string {
  return includesSample ? `${manifestVersion}+sample` : manifestVersion;
}
