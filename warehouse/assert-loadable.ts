/**
 * Proves a validated seed version loads: the JSON files are checked by
 * validateSeedFiles, monitoring rows only as DuckDB stages them. seeds:check,
 * seeds:upload and warehouse:push all refuse a version that fails here.
 */
import type { SeedDataset } from '../dataset/seed-files.ts';
import { createDuckDbWarehouse } from './warehouse.ts';

export async function assertLoadable(data: SeedDataset, origin: string): Promise<void> {
  await (await createDuckDbWarehouse(data, { origin })).close();
}
