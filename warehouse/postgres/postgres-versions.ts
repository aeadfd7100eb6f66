/**
 * Data versions in PostgreSQL. Each version lives in a schema of its own
 * (v_<version>), and zmd_meta.serving names the one to serve. A push creates and
 * fills the new schema and moves the pointer in one transaction, so readers see
 * the old version or the new one, never half of one; and since each request pins
 * the schema it started on, no response mixes two versions either.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { TABLE_NAMES, warehouseLayout, columnsOf, createTables, type ColumnType } from '../create-tables.ts';
import type { WarehouseSchema, WarehouseTableName } from '../tables.ts';
import type { DatasetInfo, Warehouse } from '../warehouse.ts';
import type { WarehouseSource } from '../serving-warehouse.ts';
import { createPostgresDb, redactDatabaseUrl, type PostgresOptions } from './postgres-db.ts';

export const META_SCHEMA = 'zmd_meta';
/** Rows per INSERT … SELECT FROM unnest(…): one array parameter per column, so no parameter limit applies. */
const COPY_CHUNK = 20_000;
/** Versions kept after a push (besides the one served): a request still running on an old version keeps working. */
export const DEFAULT_VERSIONS_KEPT = 3;
/** Any fixed number: serialises concurrent pushes. */
const PUSH_LOCK = 7_140_520_221;

type Db = Kysely<WarehouseSchema>;

export function schemaForVersion(version: string): string {
  return `v_${version.replace(/[^0-9a-z]/g, '_')}`;
}

const ARRAY_TYPES: Record<ColumnType, string> = {
  varchar: 'varchar[]', integer: 'integer[]', 'double precision': 'double precision[]', boolean: 'boolean[]',
};

async function ensureMetaTables(trx: Transaction<WarehouseSchema>): Promise<void> {
  await sql`create schema if not exists ${sql.id(META_SCHEMA)}`.execute(trx);
  await sql`create table if not exists ${sql.table(`${META_SCHEMA}.dataset_version`)} (
    version varchar primary key, schema_name varchar not null, dataset varchar not null, pushed_at timestamptz not null default now())`.execute(trx);
  await sql`create table if not exists ${sql.table(`${META_SCHEMA}.serving`)} (
    singleton integer primary key check (singleton = 1), version varchar not null references ${sql.table(`${META_SCHEMA}.dataset_version`)} (version))`.execute(trx);
  // Added with layout 2; null for a version pushed before, whose tables lack columns this build reads.
  await sql`alter table ${sql.table(`${META_SCHEMA}.dataset_version`)} add column if not exists layout integer`.execute(trx);
}

/** Copies one table column-wise: a chunk of rows becomes one array per column. */
async function copyTable(from: Db, to: Transaction<WarehouseSchema>, schema: string, table: WarehouseTableName): Promise<number> {
  const columns = columnsOf(table);
  const insertChunk = async (rows: Record<string, unknown>[]) => {
    const arrays = columns.map((column) => sql`${rows.map((row) => row[column.name] ?? null)}::${sql.raw(ARRAY_TYPES[column.type])}`);
    await sql`insert into ${sql.table(`${schema}.${table}`)} (${sql.join(columns.map((c) => sql.id(c.name)))})
      select * from unnest(${sql.join(arrays)})`.execute(to);
  };
  let chunk: Record<string, unknown>[] = [];
  let copied = 0;
  for await (const row of from.selectFrom(table).selectAll().stream(COPY_CHUNK)) {
    chunk.push(row as Record<string, unknown>);
    if (chunk.length === COPY_CHUNK) {
      await insertChunk(chunk);
      copied += chunk.length;
      chunk = [];
    }
  }
  if (chunk.length > 0) await insertChunk(chunk);
  return copied + chunk.length;
}

/** Indexes for the lookups that filter observations; DuckDB scans without them, PostgreSQL needs them. */
async function createIndexes(trx: Transaction<WarehouseSchema>, schema: string): Promise<void> {
  await sql`create index on ${sql.table(`${schema}.observation`)} (indicator, region, period_end)`.execute(trx);
  await sql`create index on ${sql.table(`${schema}.observation`)} (region)`.execute(trx);
  await sql`create index on ${sql.table(`${schema}.fact_region`)} (region)`.execute(trx);
  await sql`create index on ${sql.table(`${schema}.fact_link`)} (fact_id)`.execute(trx);
  await sql`analyze ${sql.table(`${schema}.observation`)}`.execute(trx).catch(() => undefined);
}

export interface PushResult {
  version: string;
  schema: string;
  /** False when the version was already in the database and only the pointer moved. */
  copied: boolean;
  rows: Partial<Record<WarehouseTableName, number>>;
  dropped: string[];
}

/**
 * Pushes a loaded (hence validated) warehouse into PostgreSQL and makes it the
 * served version, in one transaction; then drops versions beyond `keep`.
 */
export async function pushWarehouse(target: Db, source: Warehouse, options: { keep?: number; onTable?: (table: string, rows: number) => void } = {}): Promise<PushResult> {
  const { version } = source.dataset;
  const schema = schemaForVersion(version);
  const rows: PushResult['rows'] = {};
  let copied = false;
  await target.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${PUSH_LOCK})`.execute(trx);
    await ensureMetaTables(trx);
    const existing = await sql<{ layout: number | null }>`select layout from ${sql.table(`${META_SCHEMA}.dataset_version`)} where version = ${version}`.execute(trx);
    const pushedBefore = existing.rows[0];
    if (pushedBefore?.layout !== warehouseLayout()) {
      // A version pushed by a build with other tables is copied again, never served with columns missing.
      if (pushedBefore) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(trx);
      await sql`create schema ${sql.id(schema)}`.execute(trx);
      await createTables(trx, { schema, primaryKeys: true });
      for (const table of TABLE_NAMES) {
        rows[table] = await copyTable(source.db, trx, schema, table);
        options.onTable?.(table, rows[table]);
      }
      await createIndexes(trx, schema);
      const dataset: DatasetInfo = { ...source.dataset, engine: 'postgres' };
      await sql`insert into ${sql.table(`${META_SCHEMA}.dataset_version`)} (version, schema_name, dataset, layout)
        values (${version}, ${schema}, ${JSON.stringify(dataset)}, ${warehouseLayout()})
        on conflict (version) do update set schema_name = excluded.schema_name, dataset = excluded.dataset, layout = excluded.layout, pushed_at = now()`.execute(trx);
      copied = true;
    }
    await sql`insert into ${sql.table(`${META_SCHEMA}.serving`)} (singleton, version) values (1, ${version})
      on conflict (singleton) do update set version = excluded.version`.execute(trx);
  });
  const dropped = await dropOldVersions(target, options.keep ?? DEFAULT_VERSIONS_KEPT);
  return { version, schema, copied, rows, dropped };
}

/** Drops all but the newest `keep` versions, never the one served. */
async function dropOldVersions(db: Db, keep: number): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${PUSH_LOCK})`.execute(trx);
    const { rows } = await sql<{ version: string; schema_name: string }>`
      select d.version, d.schema_name from ${sql.table(`${META_SCHEMA}.dataset_version`)} d
       where d.version <> (select version from ${sql.table(`${META_SCHEMA}.serving`)})
       order by d.pushed_at desc offset ${keep}`.execute(trx);
    for (const row of rows) {
      await sql`drop schema if exists ${sql.id(row.schema_name)} cascade`.execute(trx);
      await sql`delete from ${sql.table(`${META_SCHEMA}.dataset_version`)} where version = ${row.version}`.execute(trx);
    }
    return rows.map((r) => r.version);
  });
}

interface VersionRow {
  version: string;
  schema_name: string;
  dataset: string;
  /** The warehouse layout it was pushed with; null before layouts were recorded. */
  layout: number | null;
}

/**
 * The layout column of a dataset_version row, read through to_jsonb so the query
 * also works on meta tables from before the column existed (it is then null).
 */
const layoutColumn = sql<number | null>`(to_jsonb(d) ->> 'layout')::integer`.as('layout');

/** A pushed version as a warehouse: the shared pool, with every query pointed at the version's schema. */
function openVersion(db: Db, row: VersionRow, location: string): Warehouse {
  if (row.layout !== warehouseLayout()) {
    throw new Error(`data version ${row.version} in ${location} was pushed by a build with warehouse layout ${row.layout ?? 1}; this build reads layout ${warehouseLayout()}: run npm run warehouse:push again`);
  }
  const dataset = JSON.parse(row.dataset) as DatasetInfo;
  return {
    db: db.withSchema(row.schema_name),
    dataset: { ...dataset, loadedAt: new Date().toISOString(), source: location, engine: 'postgres' },
    // The pool is shared by every version and closed with its owner.
    close: async () => undefined,
  };
}

/** The version zmd_meta.serving names, or undefined when nothing was ever pushed. */
async function findServedVersion(db: Db): Promise<VersionRow | undefined> {
  try {
    const { rows } = await sql<VersionRow>`
      select d.version, d.schema_name, d.dataset, ${layoutColumn} from ${sql.table(`${META_SCHEMA}.serving`)} s
        join ${sql.table(`${META_SCHEMA}.dataset_version`)} d on d.version = s.version`.execute(db);
    return rows[0];
  } catch (error) {
    // 42P01 undefined_table: no push has created the meta tables yet.
    if ((error as { code?: string }).code === '42P01') return undefined;
    throw error;
  }
}

/** Opens a specific pushed version, served or not (tools and tests comparing versions). */
export async function openPushedVersion(db: Db, version: string, location: string): Promise<Warehouse> {
  const { rows } = await sql<VersionRow>`select d.version, d.schema_name, d.dataset, ${layoutColumn} from ${sql.table(`${META_SCHEMA}.dataset_version`)} d where d.version = ${version}`.execute(db);
  if (!rows[0]) throw new Error(`data version ${version} has not been pushed to ${location}`);
  return openVersion(db, rows[0], location);
}

/** Versions for the PostgreSQL engine: the one zmd_meta.serving names, opened by schema (nothing to load). */
export function createPostgresWarehouseSource(options: PostgresOptions): WarehouseSource {
  const db = createPostgresDb(options);
  const location = redactDatabaseUrl(options.url);
  return {
    location,
    async poll(knownToken) {
      const current = await findServedVersion(db);
      if (!current) throw new Error(`no data version has been pushed to ${location}; run npm run warehouse:push`);
      if (current.version === knownToken) return 'unchanged';
      return { token: current.version, version: current.version, load: async () => openVersion(db, current, location) };
    },
    close: () => db.destroy(),
  };
}
