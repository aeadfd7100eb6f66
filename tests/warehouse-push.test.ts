/**
 * warehouse:push into a real PostgreSQL server: a version arrives in one
 * transaction (a push that fails half-way leaves nothing behind and the served
 * version unchanged), the server moves to a pushed version on its next check, and
 * the CLI refuses seeds that fail validation.
 */
import { spawnSync } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionSeed } from '../dataset/seed.schemas.ts';
import { loadSeedsFromDirectory } from '../dataset/seeds-directory.ts';
import { createPostgresDb } from '../warehouse/postgres/postgres-db.ts';
import { createPostgresWarehouseSource, pushWarehouse, schemaForVersion } from '../warehouse/postgres/postgres-versions.ts';
import { createServingWarehouse, type ServingWarehouse } from '../warehouse/serving-warehouse.ts';
import { createDuckDbWarehouse, type Warehouse } from '../warehouse/warehouse.ts';
import { engineUnavailable, TEST_DATABASE_URL } from './helpers/graphql.ts';
import { copySeeds, editRows, rehashManifest, REAL_SEEDS_DIR } from './helpers/seeds.ts';

/** Each run pushes into a database of its own, so other test files' versions are untouched. */
const DATABASE = `push_test_${process.pid}`;
let url: string;
let admin: ReturnType<typeof createPostgresDb>;
let db: ReturnType<typeof createPostgresDb>;
const cleanup: (() => Promise<void>)[] = [];

async function loadDirectory(dir: string): Promise<Warehouse> {
  const warehouse = await createDuckDbWarehouse(await loadSeedsFromDirectory(dir, { includeSample: false }), { origin: dir });
  cleanup.push(() => warehouse.close());
  return warehouse;
}

async function renamedVersion(nameEn: string): Promise<string> {
  const copy = await copySeeds();
  cleanup.push(copy.remove);
  await editRows<RegionSeed>(copy.dir, 'data/regions.json', (rows) => { rows.find((r) => r.code === '411725')!.nameEn = nameEn; });
  await rehashManifest(copy.dir);
  return copy.dir;
}

async function servedVersion(): Promise<string> {
  return (await sql<{ version: string }>`select version from zmd_meta.serving`.execute(db)).rows[0]!.version;
}

describe.skipIf(engineUnavailable('postgres'))('warehouse:push', () => {
  beforeAll(async () => {
    admin = createPostgresDb({ url: TEST_DATABASE_URL! });
    await sql`create database ${sql.id(DATABASE)}`.execute(admin);
    const parsed = new URL(TEST_DATABASE_URL!);
    parsed.pathname = `/${DATABASE}`;
    url = parsed.toString();
    db = createPostgresDb({ url });
  });
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
    await db?.destroy();
    // Every pool is closed by now; a server may still be finishing a backend, so a few bounded tries.
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const dropped = await sql`drop database if exists ${sql.id(DATABASE)}`.execute(admin).then(() => true, () => false);
      if (dropped) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin?.destroy();
  });

  it('pushes a version and a server on PostgreSQL serves it, then moves to the next one on its next check', async () => {
    const first = await pushWarehouse(db, await loadDirectory(REAL_SEEDS_DIR));
    expect(first).toMatchObject({ copied: true, schema: schemaForVersion(first.version), dropped: [] });
    expect(first.rows).toMatchObject({ fact: 195, chapter: 13, region: 14, observation: 0 });

    const serving: ServingWarehouse = createServingWarehouse(createPostgresWarehouseSource({ url }), { refreshIntervalMs: 0, events: { loaded: () => undefined, failed: () => undefined } });
    cleanup.push(() => serving.close());
    const nameOf = async () => {
      const lease = await serving.acquire();
      try {
        const row = await lease.warehouse.db.selectFrom('region').select('name_en').where('code', '=', '411725').executeTakeFirstOrThrow();
        return [lease.warehouse.dataset.version, lease.warehouse.dataset.engine, row.name_en];
      } finally {
        lease.release();
      }
    };
    expect(await nameOf()).toEqual([first.version, 'postgres', 'Queshan County']);

    const second = await pushWarehouse(db, await loadDirectory(await renamedVersion('Queshan (pushed)')));
    expect(await servedVersion()).toBe(second.version);
    await nameOf();
    await serving.whenIdle();
    expect(await nameOf()).toEqual([second.version, 'postgres', 'Queshan (pushed)']);

    // Pushing a version that is already there only moves the pointer back.
    const again = await pushWarehouse(db, await loadDirectory(REAL_SEEDS_DIR));
    expect(again).toMatchObject({ version: first.version, copied: false });
    expect(await servedVersion()).toBe(first.version);
  });

  it('leaves nothing behind when a push fails half-way, and the served version stays', async () => {
    const before = await servedVersion();
    const broken = await loadDirectory(await renamedVersion('Queshan (never served)'));
    // Dropping a table after load makes the copy fail part-way through the transaction. (A version
    // this small holds fact_all as a table of its own, so observation can go without it.)
    await sql`drop table observation`.execute(broken.db);
    await expect(pushWarehouse(db, broken)).rejects.toThrow(/observation/);
    expect(await servedVersion()).toBe(before);
    const schemas = await sql<{ n: number }>`select count(*) as n from information_schema.schemata where schema_name = ${schemaForVersion(broken.dataset.version)}`.execute(db);
    expect(schemas.rows[0]!.n).toBe(0);
    const versions = await sql<{ version: string }>`select version from zmd_meta.dataset_version`.execute(db);
    expect(versions.rows.map((r) => r.version)).not.toContain(broken.dataset.version);
  });

  it('drops versions beyond the newest ones kept, never the served one', async () => {
    const pushed = [];
    for (const name of ['K1', 'K2', 'K3']) pushed.push(await pushWarehouse(db, await loadDirectory(await renamedVersion(`Queshan ${name}`)), { keep: 1 }));
    const versions = (await sql<{ version: string }>`select version from zmd_meta.dataset_version order by pushed_at`.execute(db)).rows.map((r) => r.version);
    expect(versions).toEqual([pushed[1]!.version, pushed[2]!.version]);
    expect(await servedVersion()).toBe(pushed[2]!.version);
    expect(pushed[2]!.dropped.length).toBeGreaterThan(0);
  });

  it('the CLI refuses seeds that fail validation and pushes nothing', async () => {
    const copy = await copySeeds();
    cleanup.push(copy.remove);
    await editRows<RegionSeed>(copy.dir, 'data/regions.json', (rows) => { rows[3]!.parent = '999999'; });
    await rehashManifest(copy.dir);
    const before = await servedVersion();
    const run = spawnSync(process.execPath, ['warehouse/cli/push-warehouse.ts', copy.dir], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/warehouse:push refused the seeds: seed validation failed/);
    expect(run.stderr).toMatch(/data\/regions\.json row 4 \(\d{6}\) field parent: /);
    expect(await servedVersion()).toBe(before);
  });

  it('the CLI pushes the repo seeds and says where', async () => {
    const run = spawnSync(process.execPath, ['warehouse/cli/push-warehouse.ts', REAL_SEEDS_DIR], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).not.toMatch(/failed/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^warehouse:push: data version [0-9a-f]{16} (pushed into|was already in) schema v_[0-9a-f]{16} and is now served from postgres:\/\/zmd@127\.0\.0\.1:\d+\/push_test_\d+ \(\d+ ms\)$/m);
  });
});
