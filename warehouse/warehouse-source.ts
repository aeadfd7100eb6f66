/** Chooses where data versions come from: PostgreSQL, or seeds (S3 or a directory) loaded into DuckDB. */
import type { Config } from '../core/config.ts';
import type { Logger } from '../core/logger.ts';
import type { SeedSource } from '../dataset/sources/seed-source.ts';
import { createDirectorySeedSource } from '../dataset/sources/directory-source.ts';
import { createS3Client, createS3SeedSource } from '../dataset/sources/s3-source.ts';
import { createDuckDbWarehouseSource } from './duckdb-source.ts';
import { createPostgresWarehouseSource } from './postgres/postgres-versions.ts';
import type { ServingEvents, WarehouseSource } from './serving-warehouse.ts';

/** Backoff between attempts at one object: 100 ms doubling to at most 1 s, with full jitter. */
const RETRY_DELAYS = { baseDelayMs: 100, maxDelayMs: 1000 };

export function createSeedSource(config: Config, logger: Logger): SeedSource {
  if (!config.seedsUrl.startsWith('s3://')) return createDirectorySeedSource(config.seedsUrl);
  return createS3SeedSource({
    url: config.seedsUrl,
    client: createS3Client(config.s3),
    timeoutMs: config.seedsReadTimeoutMs,
    retry: { attempts: config.seedsReadAttempts, ...RETRY_DELAYS },
    onRetry: (url, notice) => logger.log('warn', 'seed read retried', { url, attempt: notice.attempt, delayMs: Math.round(notice.delayMs), error: notice.error.message }),
  });
}

export function createWarehouseSource(config: Config, logger: Logger): WarehouseSource {
  if (config.databaseUrl) {
    return createPostgresWarehouseSource({
      url: config.databaseUrl,
      onIdleError: (error) => logger.log('warn', 'idle PostgreSQL connection lost', { error: error.message }),
    });
  }
  return createDuckDbWarehouseSource(createSeedSource(config, logger), { includeSample: config.includeSample });
}

/** Log lines for loads and failures, which operators alert on. */
export function servingEventsFor(logger: Logger): ServingEvents {
  return {
    loaded: (info) => logger.log('info', 'data version loaded', { ...info }),
    failed: (info) => logger.log('error', info.phase === 'check' ? 'data version check failed' : 'data version failed to load', { ...info }),
  };
}
