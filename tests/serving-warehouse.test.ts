/**
 * The serving warehouse on real DuckDB versions read from real seed directories:
 * cold-start failure and retry, refresh only after the interval, leases that keep
 * a replaced version open until its last request ends, and failures that leave
 * the serving version in place.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegionSeed } from '../dataset/seed.schemas.ts';
import { createDirectorySeedSource } from '../dataset/sources/directory-source.ts';
import { createDuckDbWarehouseSource } from '../warehouse/duckdb-source.ts';
import { createServingWarehouse, WarehouseUnavailableError, type ServingEvents, type ServingWarehouse, type WarehouseSource } from '../warehouse/serving-warehouse.ts';
import { copySeeds, editRows, rehashManifest } from './helpers/seeds.ts';

const opened: { serving: ServingWarehouse; remove: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const { serving, remove } of opened.splice(0)) {
    await serving.close();
    await remove();
  }
});

interface Harness {
  serving: ServingWarehouse;
  dir: string;
  clock: { now: number };
  polls: number;
  events: { kind: 'loaded' | 'failed'; info: Record<string, unknown> }[];
}

async function harness(refreshIntervalMs: number): Promise<Harness> {
  const copy = await copySeeds();
  const clock = { now: 1_000_000 };
  const h = { dir: copy.dir, clock, polls: 0, events: [] } as unknown as Harness;
  const real = createDuckDbWarehouseSource(createDirectorySeedSource(copy.dir), { includeSample: false });
  // Counts polls on the real source; everything else passes straight through.
  const counted: WarehouseSource = { location: real.location, poll: (token, check) => { h.polls += 1; return real.poll(token, check); } };
  const events: ServingEvents = {
    loaded: (info) => h.events.push({ kind: 'loaded', info }),
    failed: (info) => h.events.push({ kind: 'failed', info }),
  };
  h.serving = createServingWarehouse(counted, { refreshIntervalMs, events, now: () => clock.now });
  opened.push({ serving: h.serving, remove: copy.remove });
  return h;
}

const renameQueshan = (dir: string, nameEn: string) =>
  editRows<RegionSeed>(dir, 'data/regions.json', (rows) => { rows.find((r) => r.code === '411725')!.nameEn = nameEn; }).then(() => rehashManifest(dir));

async function queshanName(serving: ServingWarehouse): Promise<string> {
  const lease = await serving.acquire();
  try {
    return (await lease.warehouse.db.selectFrom('region').select('name_en').where('code', '=', '411725').executeTakeFirstOrThrow()).name_en;
  } finally {
    lease.release();
  }
}

describe('serving warehouse', () => {
  it('refuses requests while no version loads, and the next request tries again', async () => {
    const h = await harness(60_000);
    const manifestPath = path.join(h.dir, 'manifest.json');
    const manifest = await readFile(manifestPath);
    await rm(manifestPath);
    await expect(h.serving.acquire()).rejects.toBeInstanceOf(WarehouseUnavailableError);
    await expect(h.serving.acquire()).rejects.toThrow(/no data version could be loaded: manifest\.json: is missing in /);
    await writeFile(manifestPath, manifest);
    expect(await queshanName(h.serving)).toBe('Queshan County');
    expect(h.events.map((e) => `${e.kind} ${String(e.info.phase)}`)).toEqual(['failed cold start', 'failed cold start', 'loaded cold start']);
  });

  it('shares one cold load between concurrent first requests', async () => {
    const h = await harness(60_000);
    const leases = await Promise.all(Array.from({ length: 8 }, () => h.serving.acquire()));
    expect(new Set(leases.map((l) => l.warehouse)).size).toBe(1);
    expect(h.polls).toBe(1);
    for (const lease of leases) lease.release();
  });

  it('checks the source only once the refresh interval has passed', async () => {
    const h = await harness(60_000);
    await queshanName(h.serving);
    await renameQueshan(h.dir, 'Queshan (v2)');
    h.clock.now += 59_999;
    expect(await queshanName(h.serving)).toBe('Queshan County');
    expect(h.polls).toBe(1);
    h.clock.now += 1;
    await queshanName(h.serving);
    await h.serving.whenIdle();
    expect(h.polls).toBe(2);
    expect(await queshanName(h.serving)).toBe('Queshan (v2)');
  });

  it('keeps a replaced version open until its last request releases it, then closes it', async () => {
    const h = await harness(0);
    const held = await h.serving.acquire();
    await renameQueshan(h.dir, 'Queshan (v2)');
    (await h.serving.acquire()).release();
    await h.serving.whenIdle();
    expect(await queshanName(h.serving)).toBe('Queshan (v2)');
    // The old version still answers the request that holds it…
    const old = await held.warehouse.db.selectFrom('region').select('name_en').where('code', '=', '411725').executeTakeFirstOrThrow();
    expect(old.name_en).toBe('Queshan County');
    held.release();
    held.release();
    // …and is closed once released (closing is asynchronous; a bounded wait).
    let closedError: unknown;
    for (let i = 0; i < 50 && !closedError; i += 1) {
      closedError = await sql`select 1`.execute(held.warehouse.db).then(() => undefined, (e: unknown) => e);
      if (!closedError) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(closedError).toBeInstanceOf(Error);
  });

  it('keeps serving when the check itself fails, and reports it', async () => {
    const h = await harness(0);
    await queshanName(h.serving);
    await rm(path.join(h.dir, 'manifest.json'));
    expect(await queshanName(h.serving)).toBe('Queshan County');
    expect(h.serving.refreshStatus()).toMatchObject({ state: 'FAILED', failedVersion: null, error: expect.stringMatching(/manifest\.json: is missing/) });
    expect(h.events.at(-1)).toMatchObject({ kind: 'failed', info: { phase: 'check' } });
  });

  it('does not reload when the manifest changes but the data version does not', async () => {
    const h = await harness(0);
    const first = await h.serving.acquire();
    first.release();
    // Same files, same version; only the manifest bytes differ (pretty-printing).
    const manifestPath = path.join(h.dir, 'manifest.json');
    await writeFile(manifestPath, JSON.stringify(JSON.parse(await readFile(manifestPath, 'utf8'))));
    const second = await h.serving.acquire();
    second.release();
    await h.serving.whenIdle();
    expect(second.warehouse).toBe(first.warehouse);
    expect(h.events.filter((e) => e.kind === 'loaded')).toHaveLength(1);
  });
});
