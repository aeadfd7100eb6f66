/**
 * npm run bench: how long the embedded default takes to become ready, and how
 * fast it answers, measured in one run so the figures compare as ratios.
 * Results: bench/results/seed-load.json and .md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SEEDS_DIR } from '../core/config.ts';
import { createJsonLogger } from '../core/logger.ts';
import { loadSeedsFromDirectory } from '../dataset/seeds-directory.ts';
import { createApolloServer } from '../functions/graphql/apollo-server.ts';
import { createLoaders } from '../resolvers/loaders.ts';
import { createDuckDbWarehouse } from '../warehouse/warehouse.ts';

/** The server's default: no SAMPLE rows. */
const EMBEDDED_DEFAULT = { includeSample: false };
const LOAD_RUNS = 15;
const QUERY_RUNS = 300;
const QUERIES = {
  chapters: '{ chapters { number title } }',
  indicatorI04: '{ indicator(code: "I04") { name unit baseline { value periodEnd } target { value periodEnd } } }',
  chapterFactsWithLinks: '{ chapter(number: 1) { facts { id value source { quote } conflictsWith { id } indicator { code } } } }',
  planFactsPage: '{ facts(filter: { provenance: PLAN }, first: 200) { totalCount edges { node { id valueText source { quote } } } } }',
};

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const round = (ms: number) => Math.round(ms * 100) / 100;

const validate: number[] = [];
const load: number[] = [];
for (let run = 0; run < LOAD_RUNS; run += 1) {
  const t0 = performance.now();
  const data = await loadSeedsFromDirectory(DEFAULT_SEEDS_DIR, EMBEDDED_DEFAULT);
  const t1 = performance.now();
  const warehouse = await createDuckDbWarehouse(data, { origin: DEFAULT_SEEDS_DIR });
  const t2 = performance.now();
  validate.push(t1 - t0);
  load.push(t2 - t1);
  await warehouse.close();
}

const warehouse = await createDuckDbWarehouse(await loadSeedsFromDirectory(DEFAULT_SEEDS_DIR, EMBEDDED_DEFAULT), { origin: DEFAULT_SEEDS_DIR });
const server = createApolloServer(createJsonLogger(() => undefined));
await server.start();
const queries: Record<string, { p50: number; p99: number }> = {};
for (const [name, query] of Object.entries(QUERIES)) {
  const samples: number[] = [];
  for (let run = 0; run < QUERY_RUNS; run += 1) {
    const t0 = performance.now();
    const response = await server.executeOperation({ query }, { contextValue: { warehouse, loaders: createLoaders(warehouse.db), requestId: 'bench' } });
    samples.push(performance.now() - t0);
    if (response.body.kind === 'single' && response.body.singleResult.errors) throw new Error(`${name}: ${JSON.stringify(response.body.singleResult.errors)}`);
  }
  queries[name] = { p50: round(percentile(samples.slice(20), 50)), p99: round(percentile(samples.slice(20), 99)) };
}
await server.stop();
await warehouse.close();

const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  dataVersion: warehouse.dataset.version,
  seedValidationMs: { p50: round(percentile(validate, 50)), max: round(Math.max(...validate)) },
  warehouseLoadMs: { p50: round(percentile(load, 50)), max: round(Math.max(...load)) },
  loadToValidateRatio: round(percentile(load, 50) / percentile(validate, 50)),
  queryMs: queries,
  rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
};
const dir = path.join(import.meta.dirname, 'results');
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, 'seed-load.json'), `${JSON.stringify(result, null, 2)}\n`);
const rows = Object.entries(queries).map(([name, q]) => `| ${name} | ${q.p50} | ${q.p99} |`).join('\n');
await writeFile(path.join(dir, 'seed-load.md'), `# Seed load and query times (${result.measuredAt}, Node ${result.node})

Embedded default: seeds from the repo directory, DuckDB in memory, data version ${result.dataVersion}.

| step | p50 ms | max ms |
|---|---|---|
| validate seeds (read, hash, schema, references, quotes) | ${result.seedValidationMs.p50} | ${result.seedValidationMs.max} |
| load warehouse (create tables, append rows) | ${result.warehouseLoadMs.p50} | ${result.warehouseLoadMs.max} |

Load takes ${result.loadToValidateRatio}× as long as validation.

| operation (in-process, Apollo executeOperation) | p50 ms | p99 ms |
|---|---|---|
${rows}

Peak RSS at the end of the run: ${result.rssMiB} MiB. Reproduce with \`npm run bench:seeds\` (all benchmarks: \`npm run bench\`).
`);
console.log(JSON.stringify(result, null, 2));
