/**
 * DATABASE_URL=postgres://… npm run warehouse:push [-- seedsDirOrS3Url]
 *
 * Loads a seed version exactly as the server would (from SEEDS_URL, or the
 * argument: a directory or s3://bucket/prefix), which validates all of it; then
 * pushes it into PostgreSQL in one transaction and makes it the served version.
 * SEEDS_SAMPLE=1 pushes the SAMPLE rows too (as version …+sample).
 */
import { runCli } from '../../cli/run-cli.ts';
import { readConfig } from '../../core/config.ts';
import { createJsonLogger } from '../../core/logger.ts';
import { SeedValidationError } from '../../dataset/check/seed-issues.ts';
import { loadSeeds } from '../../dataset/load-seed-version.ts';
import { createPostgresDb, redactDatabaseUrl } from '../postgres/postgres-db.ts';
import { pushWarehouse } from '../postgres/postgres-versions.ts';
import { createDuckDbWarehouse } from '../warehouse.ts';
import { createSeedSource } from '../warehouse-source.ts';

await runCli({
  name: 'warehouse:push',
  usage: 'DATABASE_URL=postgres://… npm run warehouse:push [-- seedsDirOrS3Url]',
  description: [
    'Loads a seed version exactly as the server would (from SEEDS_URL, or the argument), which validates all of it;',
    'then pushes it into PostgreSQL in one transaction and makes it the served version.',
    'SEEDS_SAMPLE=1 pushes the SAMPLE rows too (as version …+sample).',
  ].join('\n'),
  arguments: [{ name: 'seedsDirOrS3Url', description: 'a seed directory or s3://bucket/prefix (default: SEEDS_URL, else the embedded seeds)', optional: true }],
  describeError: (error) => (error instanceof SeedValidationError ? `warehouse:push refused the seeds: ${error.message}` : `warehouse:push failed: ${(error as Error).message}`),
  async run({ positionals: [argument] }) {
    const config = readConfig(argument ? { ...process.env, SEEDS_URL: argument } : process.env);
    if (!config.databaseUrl) throw new Error('DATABASE_URL is not set: it names the PostgreSQL database to push into');
    const started = performance.now();
    const seeds = createSeedSource(config, createJsonLogger((line) => process.stderr.write(`${line}\n`)));
    const loaded = await createDuckDbWarehouse(await loadSeeds(seeds, { includeSample: config.includeSample }), { origin: seeds.location });
    const db = createPostgresDb({ url: config.databaseUrl });
    try {
      const result = await pushWarehouse(db, loaded, { onTable: (table, rows) => console.error(`  ${table.padEnd(16)} ${String(rows).padStart(9)} rows`) });
      const what = result.copied ? `pushed into schema ${result.schema}` : `was already in schema ${result.schema}`;
      console.log(`warehouse:push: data version ${result.version} ${what} and is now served from ${redactDatabaseUrl(config.databaseUrl)} (${Math.round(performance.now() - started)} ms)`);
      if (result.dropped.length > 0) console.log(`warehouse:push: dropped old versions ${result.dropped.join(', ')}`);
    } finally {
      await loaded.close();
      await db.destroy();
    }
  },
});
