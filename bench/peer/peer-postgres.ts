/**
 * The PostgreSQL side of the peer bench: a throwaway server (as the tests start one,
 * tests/support/postgres-server.ts), and the repo's seeds with the SAMPLE monitoring
 * data pushed into it exactly as `npm run warehouse:push` does (one schema per data
 * version, `zmd_meta.serving` pointing at it). Our PostgreSQL engine serves that
 * version; PostGraphile reads the same schema's tables.
 */
import { DEFAULT_SEEDS_DIR } from '../../core/config.ts';
import { loadSeedsFromDirectory } from '../../dataset/seeds-directory.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../tests/support/postgres-server.ts';
import { createPostgresDb } from '../../warehouse/postgres/postgres-db.ts';
import { pushWarehouse } from '../../warehouse/postgres/postgres-versions.ts';
import { createDuckDbWarehouse } from '../../warehouse/warehouse.ts';

export interface PeerDatabase {
  /** postgres://zmd@127.0.0.1:<port>/zmd_test */
  url: string;
  /** The pushed data version, e.g. "…+sample". */
  version: string;
  /** Its schema, v_<version>. */
  schema: string;
  rows: Record<string, number>;
  stop(): Promise<void>;
}

export async function startPeerDatabase(): Promise<PeerDatabase> {
  const server: ThrowawayPostgres = await startThrowawayPostgres();
  try {
    const loaded = await createDuckDbWarehouse(await loadSeedsFromDirectory(DEFAULT_SEEDS_DIR, { includeSample: true }), { origin: DEFAULT_SEEDS_DIR });
    const db = createPostgresDb({ url: server.url });
    try {
      const pushed = await pushWarehouse(db, loaded);
      return { url: server.url, version: pushed.version, schema: pushed.schema, rows: pushed.rows as Record<string, number>, stop: server.stop };
    } finally {
      await loaded.close();
      await db.destroy();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
}
