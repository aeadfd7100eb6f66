/** A scale version (1m, 10m …) under bench/data/, generated when missing or not the expected shape. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseManifest } from '../../dataset/check/validate-seeds.ts';
import { SEED_FILES } from '../../dataset/seed-files.ts';
import { defaultScaleDir, generateScaleSeedsForRows, parseRowCount, SCALE_PARQUET_KEY, shapeForRows } from './generate-scale-seeds.ts';

export interface ScaleVersion {
  label: string;
  dir: string;
  rows: number;
  regions: number;
  years: number;
  indicators: number;
  parquetBytes: number;
  dataVersion: string;
  /** Null when the version was already there. */
  generatedMs: number | null;
}

export async function ensureScaleVersion(label: string, indicatorCount: number, log: (line: string) => void): Promise<ScaleVersion> {
  const shape = shapeForRows(parseRowCount(label), indicatorCount);
  const rows = shape.regions * indicatorCount * shape.years;
  const dir = defaultScaleDir(label);
  const manifestPath = path.join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    try {
      const manifest = parseManifest(await readFile(manifestPath));
      const parquet = manifest.files.find((f) => f.key === SCALE_PARQUET_KEY);
      const regions = manifest.files.find((f) => f.key === SEED_FILES.regions.key);
      if (parquet?.rows === rows && existsSync(path.join(dir, SCALE_PARQUET_KEY)) && regions) {
        log(`${label}: reusing ${dir} (${rows.toLocaleString('en')} rows, data version ${manifest.dataVersion})`);
        return { label, dir, rows, ...shape, indicators: indicatorCount, parquetBytes: parquet.bytes, dataVersion: manifest.dataVersion, generatedMs: null };
      }
    } catch {
      // Not a usable version: generate it again below.
    }
  }
  log(`${label}: generating ${dir}`);
  const t0 = performance.now();
  const result = await generateScaleSeedsForRows(label, dir, (line) => log(`  ${line}`));
  return {
    label, dir, rows: result.rows, regions: result.regions, years: result.years, indicators: result.indicators.length,
    parquetBytes: result.parquetBytes, dataVersion: result.dataVersion, generatedMs: Math.round(performance.now() - t0),
  };
}
