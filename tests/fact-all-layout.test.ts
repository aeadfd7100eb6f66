/**
 * DuckDB holds `fact_all` as a view for versions whose facts are served from memory
 * (up to FACTS_IN_MEMORY_UP_TO, read once) and for those above
 * MATERIALISE_FACT_ALL_UP_TO, and as a table between (warehouse.ts); all answer the
 * same queries. The real seeds (525 facts) keep the view, a synthetic version of about
 * 20,000 rows gets the table, one just over the upper limit keeps the view, and their
 * facts and aggregates add up to their rows, in the warehouse as in memory.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScaleSeeds } from '../bench/scale/generate-scale-seeds.ts';
import { loadSeedsFromDirectory } from '../dataset/seeds-directory.ts';
import { aggregateFacts } from '../warehouse/aggregate.queries.ts';
import { findFacts } from '../warehouse/fact.queries.ts';
import type { WarehouseSchema } from '../warehouse/tables.ts';
import { scopeToAudience } from '../warehouse/visible-data.ts';
import { FACTS_IN_MEMORY_UP_TO } from '../warehouse/memory/facts-in-memory.ts';
import { createDuckDbWarehouse, MATERIALISE_FACT_ALL_UP_TO, type Warehouse } from '../warehouse/warehouse.ts';
import { REAL_SEEDS_DIR } from './helpers/seeds.ts';

async function factAllKind(db: Kysely<WarehouseSchema>): Promise<string> {
  const { rows } = await sql<{ table_type: string }>`select table_type from information_schema.tables where table_name = 'fact_all'`.execute(db);
  return rows[0]!.table_type;
}

describe('fact_all on DuckDB', () => {
  let tmp: string;
  let small: Warehouse;
  let middle: Warehouse;
  let large: Warehouse;
  let middleRows: number;
  let largeRows: number;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'fact-all-layout-'));
    // Regions × the scale indicators × 4 years, just over the limit.
    const probe = await generateScaleSeeds({ out: path.join(tmp, 'probe'), regions: 1, years: 4 });
    const regions = Math.floor(MATERIALISE_FACT_ALL_UP_TO / (probe.indicators.length * 4)) + 1;
    const scale = await generateScaleSeeds({ out: path.join(tmp, 'large'), regions, years: 4 });
    largeRows = scale.rows;
    const mid = await generateScaleSeeds({ out: path.join(tmp, 'middle'), regions: Math.ceil(20_000 / (probe.indicators.length * 4)), years: 4 });
    middleRows = mid.rows;
    middle = await createDuckDbWarehouse(await loadSeedsFromDirectory(mid.out), { origin: mid.out });
    small = await createDuckDbWarehouse(await loadSeedsFromDirectory(REAL_SEEDS_DIR, { includeSample: true }), { origin: REAL_SEEDS_DIR });
    large = await createDuckDbWarehouse(await loadSeedsFromDirectory(scale.out), { origin: scale.out });
  }, 120_000);

  afterAll(async () => {
    await small?.close();
    await middle?.close();
    await large?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it('is a view for a version served from memory, a table above that, a view again above the upper limit', async () => {
    expect(middleRows).toBeGreaterThan(FACTS_IN_MEMORY_UP_TO);
    expect(middleRows).toBeLessThan(MATERIALISE_FACT_ALL_UP_TO);
    expect(largeRows).toBeGreaterThan(MATERIALISE_FACT_ALL_UP_TO);
    expect(await factAllKind(small.db)).toBe('VIEW');
    expect(await factAllKind(middle.db)).toBe('BASE TABLE');
    expect(await factAllKind(large.db)).toBe('VIEW');
  });

  it('answers pages and aggregates over the view as over the table', async () => {
    for (const warehouse of [small, middle, large]) {
      const scope = scopeToAudience(warehouse.db, 'public');
      const { n: observations } = (await sql<{ n: number }>`select count(*) as n from observation`.execute(warehouse.db)).rows[0]!;
      const { n: planFacts } = (await sql<{ n: number }>`select count(*) as n from fact`.execute(warehouse.db)).rows[0]!;
      const page = await findFacts(scope, { kind: 'OBSERVATION' }, [], { offset: 0, limit: 3 });
      expect(page.hasNextPage).toBe(true);
      expect(await page.totalCount()).toBe(Number(observations));
      expect(page.rows.every((row) => row.kind === 'OBSERVATION' && row.source_file !== null)).toBe(true);
      const counted = await aggregateFacts(scope, { measure: 'COUNT', groupBy: [], filter: {}, orderBy: [], limit: 10, countRestatementsOnce: false, countConflictsOnce: false });
      expect(counted.rows[0]!.count).toBe(Number(observations) + Number(planFacts));
    }
  });
});
