/**
 * A warehouse is one loaded, validated, read-only seed version behind a Kysely
 * handle. It is built completely before anyone can query it, so a request never
 * sees a half-loaded version.
 */
import { Kysely } from 'kysely';
import type { SeedDataset } from '../dataset/seed-files.ts';
import type { ManifestFile } from '../dataset/seed.schemas.ts';
import { createTables } from './create-tables.ts';
import { DuckDbDialect } from './duckdb.dialect.ts';
import { insertSeedDataset } from './insert-seeds.ts';
import type { WarehouseSchema } from './tables.ts';

export interface DatasetInfo {
  version: string;
  schemaVersion: number;
  loadedAt: string;
  /** Where the seeds came from: a directory path or an s3:// URL. */
  source: string;
  engine: 'duckdb';
  files: ManifestFile[];
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
  onQuery?: (sql: string) => void;
}

/** Creates an in-memory DuckDB warehouse and loads a validated seed dataset into it. */
export async function createDuckDbWarehouse(data: SeedDataset, options: WarehouseOptions): Promise<Warehouse> {
  const db = new Kysely<WarehouseSchema>({ dialect: new DuckDbDialect(options.onQuery ? { onQuery: options.onQuery } : {}) });
  try {
    await createTables(db);
    await insertSeedDataset(db, data);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    dataset: {
      version: data.manifest.dataVersion,
      schemaVersion: data.manifest.schemaVersion,
      loadedAt: new Date().toISOString(),
      source: options.origin,
      engine: 'duckdb',
      files: data.manifest.files,
    },
    close: () => db.destroy(),
  };
}
