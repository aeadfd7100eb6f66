/** Versions for the in-process DuckDB engine: read from seeds (a directory or S3), validated, loaded. */
import { parseManifest } from '../dataset/check/validate-seeds.ts';
import { readSeedVersion } from '../dataset/load-seed-version.ts';
import type { SeedLoadOptions } from '../dataset/seed-files.ts';
import type { SeedSource } from '../dataset/sources/seed-source.ts';
import type { WarehouseSource } from './serving-warehouse.ts';
import { createDuckDbWarehouse, servedVersion } from './warehouse.ts';
import type { QueryObserver } from './query-observer.ts';

export interface DuckDbSourceOptions extends SeedLoadOptions {
  /** Called with every SQL statement, e.g. to count statements per request. */
  onQuery?: QueryObserver;
}

export function createDuckDbWarehouseSource(seeds: SeedSource, options: DuckDbSourceOptions): WarehouseSource {
  return {
    location: seeds.location,
    async poll(knownToken, refreshCheck) {
      const read = await seeds.readManifest({ ...(knownToken ? { ifNoneMatch: knownToken } : {}), refreshCheck });
      if (read === 'unchanged') return read;
      const manifest = parseManifest(read.bytes);
      return {
        token: read.etag,
        version: servedVersion(manifest.dataVersion, options.includeSample && manifest.observations.some((o) => o.provenance === 'SAMPLE')),
        load: async () => createDuckDbWarehouse(await readSeedVersion(seeds, manifest, options), {
          origin: seeds.location,
          ...(options.onQuery ? { onQuery: options.onQuery } : {}),
        }),
      };
    },
  };
}
