/** The synthetic scale version (npm run seeds:scale): a complete, loadable, deterministic seed version. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScaleSeeds, scaleIndicators, SCALE_PARQUET_KEY, type ScaleResult } from '../bench/scale/generate-scale-seeds.ts';
import type { SeedDataset } from '../dataset/seed-files.ts';
import type { IndicatorSeed } from '../dataset/seed.schemas.ts';
import { loadSeedsFromDirectory } from '../dataset/seeds-directory.ts';
import { createDuckDbWarehouse, type Warehouse } from '../warehouse/warehouse.ts';
import { REAL_SEEDS_DIR, readJson } from './helpers/seeds.ts';

const REGIONS = 50;
const YEARS = 3;

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const files = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(root, path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return files.flat().sort();
}

describe('seeds:scale', () => {
  let tmp: string;
  let result: ScaleResult;
  let data: SeedDataset;
  let warehouse: Warehouse;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'scale-seeds-'));
    result = await generateScaleSeeds({ out: path.join(tmp, 'a'), regions: REGIONS, years: YEARS });
    data = await loadSeedsFromDirectory(result.out);
    warehouse = await createDuckDbWarehouse(data, { origin: result.out });
  });

  afterAll(async () => {
    await warehouse?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it('observes every numeric POINT indicator with a unit, and no other', async () => {
    const indicators = await readJson<IndicatorSeed[]>(REAL_SEEDS_DIR, 'data/indicators.json');
    const expected = scaleIndicators(indicators).map((i) => i.code);
    expect(result.indicators).toEqual(expected);
    expect(expected).not.toContain('I02');
    expect(expected.every((code) => indicators.find((i) => i.code === code)?.periodType === 'POINT')).toBe(true);
  });

  it('is accepted by the seed loader and the DuckDB warehouse, with N × M × Y observations', async () => {
    const rows = REGIONS * result.indicators.length * YEARS;
    expect(result.rows).toBe(rows);
    const { n } = (await sql<{ n: number }>`select count(*) as n from observation`.execute(warehouse.db)).rows[0]!;
    expect(Number(n)).toBe(rows);
    const observation = data.manifest.observations;
    expect(observation).toEqual([{ key: SCALE_PARQUET_KEY, format: 'parquet', provenance: 'SAMPLE' }]);
    expect(data.manifest.files.find((f) => f.key === SCALE_PARQUET_KEY)?.rows).toBe(rows);
  });

  it('keeps the repo seeds but not their SAMPLE monitoring file', () => {
    expect(data.manifest.files.map((f) => f.key)).not.toContain('observations/sample/county-indicators.csv');
    expect(data.facts.length).toBeGreaterThan(0);
    expect(data.regions.filter((r) => r.codeScheme !== 'SAMPLE').length).toBe(14);
  });

  it('marks every synthetic region as synthetic, not a real place', () => {
    const synthetic = data.regions.filter((r) => r.code.startsWith('SAMPLE-'));
    expect(synthetic).toHaveLength(REGIONS);
    expect(synthetic[0]).toMatchObject({ code: 'SAMPLE-000001', name: '样例地区000001', nameEn: 'Sample region 000001', level: 'TOWNSHIP', parent: '411702' });
    expect(new Set(synthetic.map((r) => r.parent)).size).toBe(10);
    for (const region of synthetic) {
      expect(region.codeScheme).toBe('SAMPLE');
      expect(region.note).toMatch(/synthetic/i);
      expect(region.note).toMatch(/not a real place/i);
    }
  });

  it('writes the Parquet rows sorted by key (indicator, region, period), each key once', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(
        'select indicator, region, period from read_parquet($1, file_row_number = true) order by file_row_number',
        [path.join(result.out, SCALE_PARQUET_KEY)],
      );
      const keys = reader.getRowObjectsJS().map((r) => [r.indicator, r.region, r.period] as [string, string, string]);
      expect(keys).toHaveLength(result.rows);
      for (let index = 1; index < keys.length; index += 1) {
        const [a, b] = [keys[index - 1]!.join('\u0000'), keys[index]!.join('\u0000')];
        expect(a < b, `row ${index + 1} (${b}) is not after row ${index} (${a})`).toBe(true);
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('gives byte-identical files when run twice', async () => {
    const again = await generateScaleSeeds({ out: path.join(tmp, 'b'), regions: REGIONS, years: YEARS });
    expect(again.dataVersion).toBe(result.dataVersion);
    const files = await listFiles(result.out);
    expect(await listFiles(again.out)).toEqual(files);
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(path.join(result.out, file)), readFile(path.join(again.out, file))]);
      expect(a.equals(b), file).toBe(true);
    }
  });

  it('refuses to replace a directory that is not a scale version', async () => {
    const other = path.join(tmp, 'other');
    await mkdir(other);
    await writeFile(path.join(other, 'keep.txt'), 'not seeds');
    await expect(generateScaleSeeds({ out: other, regions: 1, years: 1 })).rejects.toThrow(/not a scale seed version/);
    expect(await readFile(path.join(other, 'keep.txt'), 'utf8')).toBe('not seeds');
  });
});
