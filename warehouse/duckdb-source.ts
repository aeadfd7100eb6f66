/** Versions for the in-process DuckDB engine: read from seeds (a directory or S3), validated, loaded. */
import { parseManifest } from '../dataset/check/validate-seeds.ts';
import { readSeedVersion } from '../dataset/load-seed-version.ts';
import type { SeedDataset, SeedLoadOptions } from '../dataset/seed-files.ts';
import type { Manifest } from '../dataset/seed.schemas.ts';
import type { SeedSource } from '../dataset/sources/seed-source.ts';
import type { WarehouseSource } from './serving-warehouse.ts';
import { fillDuckDbWarehouse, openEmptyDuckDbWarehouse, servedVersion, type Warehouse } from './warehouse.ts';
import type { QueryObserver } from './query-observer.ts';

export interface DuckDbSourceOptions extends SeedLoadOptions {
  /** Called with every SQL statement, e.g. to count statements per request. */
  onQuery?: QueryObserver;
}

export function createDuckDbWarehouseSource(seeds: SeedSource, options: DuckDbSourceOptions): WarehouseSource {
  const onQuery = options.onQuery ? { onQuery: options.onQuery } : {};
  /**
   * The empty database is opened while the files are read and validated: DuckDB
   * creates it and its tables on threads of its own while the reads wait on S3, so a
   * cold start no longer does the two in turn.
   */
  async function loadVersion(manifest: Manifest): Promise<Warehouse> {
    const opening = openEmptyDuckDbWarehouse(onQuery);
    // Awaited below; until then a failure must not count as an unhandled rejection.
    opening.catch(() => undefined);
    let data: SeedDataset;
    try {
      data = await readSeedVersion(seeds, manifest, options);
    } catch (error) {
      await opening.then((empty) => empty.db.destroy(), () => undefined);
      throw error;
    }
    return fillDuckDbWarehouse(await opening, data, seeds.location);
  }

  return {
    location: seeds.location,
    async poll(knownToken, refreshCheck) {
      const read = await seeds.readManifest({ ...(knownToken ? { ifNoneMatch: knownToken } : {}), refreshCheck });
      if (read === 'unchanged') return read;
      const manifest = parseManifest(read.bytes);
      return {
        token: read.etag,
        version: servedVersion(manifest.dataVersion, options.includeSample && manifest.observations.some((o) => o.provenance === 'SAMPLE')),
        load: () => loadVersion(manifest),
      };
    },
  };
}
