/**
 * npm run bench:api — the API's own costs, measured in one run:
 *
 * 1. Warm handler time per example operation: the real Lambda handler in process
 *    (functions/graphql/handler.ts), fed API Gateway v2 events, on the real seeds with
 *    SAMPLE data; p50 and p99 over many invocations after a warm-up. Repeats are
 *    answered from the response cache (per data version), so beside it stands the time
 *    of the same operation executed afresh (Apollo Server without the response cache).
 * 2. SQL statements per request for each example (the warehouse's query observer).
 * 3. `aggregate` over 1M and 10M monitoring rows (DuckDB) through Apollo Server,
 *    against the raw SQL of the same query on the same engine: the statement that
 *    produces the rows, captured while the operation ran and re-run on its own.
 * 4. Memory per 1M rows: RSS growth when a scale version is loaded, in fresh processes.
 * 5. Facts in memory (warehouse/memory/): the heap a version just under the limit
 *    takes when its facts are read into memory, per row, and how long that read takes.
 *
 * Results: bench/results/api.json and api.md. Scale versions are generated under
 * bench/data/ when missing (as bench:warehouse does).
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { CompiledQuery } from 'kysely';
import { DEFAULT_SEEDS_DIR } from '../core/config.ts';
import { createJsonLogger } from '../core/logger.ts';
import { loadExampleOperations } from '../examples/example-operations.ts';
import { SEED_FILES } from '../dataset/seed-files.ts';
import type { IndicatorSeed } from '../dataset/seed.schemas.ts';
import { loadSeedsFromDirectory } from '../dataset/seeds-directory.ts';
import { createApolloServer } from '../functions/graphql/apollo-server.ts';
import { createLoaders } from '../resolvers/loaders.ts';
import { lambdaContext, postEvent } from '../tests/helpers/lambda.ts';
import { FACTS_IN_MEMORY_UP_TO, factsInMemory } from '../warehouse/memory/facts-in-memory.ts';
import { createDuckDbWarehouse, type Warehouse } from '../warehouse/warehouse.ts';
import { createBenchLog, describeMachine, machineLine, median, quantile, round, writeResults } from './bench-kit.ts';
import { ensureScaleVersion } from './scale/ensure-scale-version.ts';
import { scaleIndicators } from './scale/generate-scale-seeds.ts';

const execFileAsync = promisify(execFile);

const HANDLER_WARMUP = 50;
const HANDLER_RUNS = 500;
const UNCACHED_RUNS = 100;
const AGGREGATE_WARMUP = 3;
const AGGREGATE_RUNS = 15;

const TARGETS = { warmP50Ms: 3, aggregate1mMs: 100, aggregateToRawSql: 1.5 };

const log = createBenchLog('bench:api');
const examples = loadExampleOperations();
const silentLogger = createJsonLogger(() => undefined);

// ---------------------------------------------------------------------------------------------
// 1. Warm handler time per example

interface HandlerTiming {
  example: string;
  operationName: string;
  runs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

async function benchHandler(): Promise<HandlerTiming[]> {
  Object.assign(process.env, { SEEDS_SAMPLE: '1', LOG_LEVEL: 'warn' });
  const { handler, servingWarehouse } = await import('../functions/graphql/handler.ts');
  const timings: HandlerTiming[] = [];
  try {
    for (const example of examples) {
      const samples: number[] = [];
      for (let run = 0; run < HANDLER_WARMUP + HANDLER_RUNS; run++) {
        const event = postEvent({ query: example.document });
        const started = performance.now();
        const result = await handler(event, lambdaContext()) as APIGatewayProxyStructuredResultV2;
        const elapsed = performance.now() - started;
        if (result.statusCode !== 200 || result.body?.includes('"errors"')) throw new Error(`${example.name} failed: ${result.body?.slice(0, 300)}`);
        if (run >= HANDLER_WARMUP) samples.push(elapsed);
      }
      timings.push({
        example: example.name, operationName: example.operationName, runs: samples.length,
        p50Ms: round(median(samples), 2), p99Ms: round(quantile(samples, 0.99), 2), maxMs: round(Math.max(...samples), 2),
      });
      log(`${example.name}: p50 ${timings.at(-1)!.p50Ms} ms, p99 ${timings.at(-1)!.p99Ms} ms`);
    }
  } finally {
    await servingWarehouse.close();
  }
  return timings;
}

// ---------------------------------------------------------------------------------------------
// 2. SQL statements per request

interface Observed {
  warehouse: Warehouse;
  statements: { sql: string; parameters: readonly unknown[] }[];
  execute(query: string): Promise<void>;
  close(): Promise<void>;
}

/** A warehouse whose statements are recorded, behind the product's Apollo Server. */
async function observedApi(dir: string): Promise<Observed> {
  const statements: Observed['statements'] = [];
  const data = await loadSeedsFromDirectory(dir, { includeSample: true });
  const warehouse = await createDuckDbWarehouse(data, { origin: dir, onQuery: (sql, parameters) => statements.push({ sql, parameters }) });
  const server = createApolloServer(silentLogger);
  await server.start();
  return {
    warehouse,
    statements,
    async execute(query) {
      const response = await server.executeOperation({ query }, { contextValue: { warehouse, loaders: createLoaders(warehouse.db), requestId: 'bench' } });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) {
        throw new Error(`operation failed: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : response.body.kind)}`);
      }
    },
    async close() {
      await server.stop();
      await warehouse.close();
    },
  };
}

interface Uncached {
  example: string;
  statements: number;
  p50Ms: number;
  p99Ms: number;
}

/** Each example executed afresh every time (no response cache): its statements and its time. */
async function benchUncached(): Promise<Uncached[]> {
  const api = await observedApi(DEFAULT_SEEDS_DIR);
  try {
    const results = [];
    for (const example of examples) {
      const samples: number[] = [];
      for (let run = 0; run < HANDLER_WARMUP + UNCACHED_RUNS; run++) {
        api.statements.length = 0;
        const started = performance.now();
        await api.execute(example.document);
        if (run >= HANDLER_WARMUP) samples.push(performance.now() - started);
      }
      results.push({ example: example.name, statements: api.statements.length, p50Ms: round(median(samples), 2), p99Ms: round(quantile(samples, 0.99), 2) });
    }
    return results;
  } finally {
    await api.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 3 and 4. Aggregate at scale, and memory per 1M rows

const AGGREGATES = {
  // AVG: the scale data holds rates (%, 人年) beside stocks, and a SUM of rates is refused (aggregate.resolvers.ts).
  'indicator × year (AVG)': '{ aggregate(input: { measure: AVG, groupBy: [INDICATOR, YEAR], filter: { kind: OBSERVATION } }) { totalRows rows { indicatorCode year unit value count } } }',
  'indicator × year, stocks (SUM)': '{ aggregate(input: { measure: SUM, groupBy: [INDICATOR, YEAR], filter: { kind: OBSERVATION, measureKinds: [STOCK] } }) { totalRows rows { indicatorCode year unit value count } } }',
  'year (COUNT)': '{ aggregate(input: { measure: COUNT, groupBy: [YEAR] }) { totalRows rows { year unit value count } } }',
  'region × year, top 100 by value': '{ aggregate(input: { measure: SUM, groupBy: [REGION, YEAR], filter: { kind: OBSERVATION, indicator: "I04" }, orderBy: [{ key: VALUE, direction: DESC }], limit: 100 }) { totalRows truncated rows { regionCode year value } } }',
};

interface AggregateTiming {
  query: string;
  graphqlMs: number;
  rawSqlMs: number;
  ratio: number;
  statements: number;
}

interface ScaleResult {
  label: string;
  rows: number;
  loadMs: number;
  rssGrowthMiB: number;
  rssMiBPer1mRows: number;
  aggregates: AggregateTiming[];
}

async function timeRuns(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < AGGREGATE_WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < AGGREGATE_RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return round(median(samples), 2);
}

const MEMORY_RUNS = 3;

/** RSS growth of a version's load, the median of loads each in a fresh process (bench/scale/load-memory.ts says why). */
async function loadMemoryMiB(dir: string): Promise<number> {
  const script = path.join(import.meta.dirname, 'scale', 'load-memory.ts');
  const growths: number[] = [];
  for (let run = 0; run < MEMORY_RUNS; run++) {
    const { stdout } = await execFileAsync(process.execPath, ['--expose-gc', script, dir], { maxBuffer: 1 << 20 });
    growths.push((JSON.parse(stdout) as { rssGrowthMiB: number }).rssGrowthMiB);
  }
  return median(growths);
}

async function benchScale(label: string, indicatorCount: number): Promise<ScaleResult> {
  const version = await ensureScaleVersion(label, indicatorCount, log);
  const rssGrowthMiB = await loadMemoryMiB(version.dir);
  const loadStarted = performance.now();
  const api = await observedApi(version.dir);
  const loadMs = round(performance.now() - loadStarted, 0);
  log(`${label}: ${version.rows.toLocaleString('en')} rows loaded in ${loadMs} ms; RSS +${rssGrowthMiB} MiB (median of ${MEMORY_RUNS} loads, each in a process of its own)`);
  try {
    const aggregates: AggregateTiming[] = [];
    for (const [name, query] of Object.entries(AGGREGATES)) {
      api.statements.length = 0;
      await api.execute(query);
      const captured = [...api.statements];
      // The statement that produces the rows orders and limits them (and counts the groups in a window).
      const rowsStatement = captured.find((statement) => /\blimit\b/i.test(statement.sql)) ?? captured[0]!;
      const raw = (statement: { sql: string; parameters: readonly unknown[] }) => () => api.warehouse.db.executeQuery(CompiledQuery.raw(statement.sql, [...statement.parameters]));
      const graphqlMs = await timeRuns(() => api.execute(query));
      const rawSqlMs = await timeRuns(raw(rowsStatement));
      aggregates.push({ query: name, graphqlMs, rawSqlMs, ratio: round(graphqlMs / rawSqlMs, 2), statements: captured.length });
      log(`${label} ${name}: GraphQL ${graphqlMs} ms, raw SQL ${rawSqlMs} ms (${aggregates.at(-1)!.ratio}×)`);
    }
    return { label, rows: version.rows, loadMs, rssGrowthMiB, rssMiBPer1mRows: round(rssGrowthMiB / (version.rows / 1e6), 0), aggregates };
  } finally {
    await api.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Facts in memory

interface FactsInMemoryResult {
  rows: number;
  firstReadMs: number;
  heapGrowthMiB: number;
  bytesPerRow: number;
}

/** A version of about 9,500 observations (just under FACTS_IN_MEMORY_UP_TO): its facts read into memory, as its first fact query does. */
async function benchFactsInMemory(indicatorCount: number): Promise<FactsInMemoryResult> {
  const version = await ensureScaleVersion('9.5k', indicatorCount, log);
  const warehouse = await createDuckDbWarehouse(await loadSeedsFromDirectory(version.dir), { origin: version.dir });
  try {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const facts = await factsInMemory(warehouse.db, true);
    const firstReadMs = round(performance.now() - started, 0);
    globalThis.gc?.();
    const growth = process.memoryUsage().heapUsed - heapBefore;
    if (!facts) throw new Error(`a version of ${version.rows} observations should be served from memory (limit ${FACTS_IN_MEMORY_UP_TO})`);
    const result = { rows: facts.rows.length, firstReadMs, heapGrowthMiB: round(growth / 2 ** 20, 1), bytesPerRow: Math.round(growth / facts.rows.length) };
    log(`facts in memory: ${result.rows.toLocaleString('en')} rows read in ${firstReadMs} ms, heap +${result.heapGrowthMiB} MiB (${result.bytesPerRow} bytes a row)`);
    return result;
  } finally {
    await warehouse.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Run

const machine = describeMachine();
const started = new Date().toISOString();
const handler = await benchHandler();
const uncached = await benchUncached();
const indicators = scaleIndicators(JSON.parse(await readFile(path.join(DEFAULT_SEEDS_DIR, SEED_FILES.indicators.key), 'utf8')) as IndicatorSeed[]);
const scale = [await benchScale('1m', indicators.length), await benchScale('10m', indicators.length)];
const inMemory = await benchFactsInMemory(indicators.length);

const worstP50 = Math.max(...handler.map((timing) => timing.p50Ms));
const aggregate1m = scale[0]!.aggregates[0]!;
const targets = [
  { what: 'warm handler p50, slowest example', target: `≤ ${TARGETS.warmP50Ms} ms`, measured: `${worstP50} ms`, pass: worstP50 <= TARGETS.warmP50Ms },
  { what: `aggregate over 1M rows (${aggregate1m.query})`, target: `≤ ${TARGETS.aggregate1mMs} ms`, measured: `${aggregate1m.graphqlMs} ms`, pass: aggregate1m.graphqlMs <= TARGETS.aggregate1mMs },
  { what: 'that aggregate ÷ its raw SQL', target: `≤ ${TARGETS.aggregateToRawSql}×`, measured: `${aggregate1m.ratio}×`, pass: aggregate1m.ratio <= TARGETS.aggregateToRawSql },
];
const result = { started, machine, targets, handler, uncached, scale, inMemory };

const lines = [
  `# API costs (${started})`,
  '',
  `${machineLine(machine)} Reproduce with \`npm run bench:api\` (or all benchmarks: \`npm run bench\`).`,
  '',
  '## Targets',
  '',
  '| what | target | measured | verdict |',
  '|---|---|---|---|',
  ...targets.map((t) => `| ${t.what} | ${t.target} | ${t.measured} | ${t.pass ? 'pass' : 'MISS'} |`),
  '',
  `## Warm handler time per example (real Lambda handler in process, API Gateway v2 events, SAMPLE data; ${HANDLER_RUNS} runs after ${HANDLER_WARMUP})`,
  '',
  `Executed afresh: Apollo Server without the response cache (the cost of the first request for an operation on a data version, and of any operation not asked before), ${UNCACHED_RUNS} runs; statements: SQL statements that execution runs.`,
  '',
  '| example | operation | p50 ms | p99 ms | max ms | executed afresh: p50 ms | p99 ms | SQL statements |',
  '|---|---|---|---|---|---|---|---|',
  ...handler.map((t) => {
    const fresh = uncached.find((u) => u.example === t.example)!;
    return `| ${t.example} | ${t.operationName} | ${t.p50Ms} | ${t.p99Ms} | ${t.maxMs} | ${fresh.p50Ms} | ${fresh.p99Ms} | ${fresh.statements} |`;
  }),
  '',
  `## Aggregate at scale (DuckDB; medians of ${AGGREGATE_RUNS} runs after ${AGGREGATE_WARMUP})`,
  '',
  'GraphQL: Apollo Server `executeOperation` without the response cache (parse, validate, cost, resolvers, the statement). Raw SQL: the statement that produces the rows and their count, as the resolver compiled it, re-run alone on the same connection.',
  '',
  '| rows | query | GraphQL ms | raw SQL ms | ratio | statements |',
  '|---|---|---|---|---|---|',
  ...scale.flatMap((s) => s.aggregates.map((a) => `| ${s.rows.toLocaleString('en')} | ${a.query} | ${a.graphqlMs} | ${a.rawSqlMs} | ${a.ratio}× | ${a.statements} |`)),
  '',
  `## Memory per 1M rows (RSS growth when the version is loaded, median of ${MEMORY_RUNS} loads each in a fresh process)`,
  '',
  '| rows | load ms | RSS growth | per 1M rows |',
  '|---|---|---|---|',
  ...scale.map((s) => `| ${s.rows.toLocaleString('en')} | ${s.loadMs} | ${s.rssGrowthMiB} MiB | ${s.rssMiBPer1mRows} MiB |`),
  '',
  `## Facts in memory (a version under the limit of ${FACTS_IN_MEMORY_UP_TO.toLocaleString('en')} facts, read on its first fact query)`,
  '',
  '| facts | first read ms | heap growth | per fact |',
  '|---|---|---|---|',
  `| ${inMemory.rows.toLocaleString('en')} | ${inMemory.firstReadMs} | ${inMemory.heapGrowthMiB} MiB | ${inMemory.bytesPerRow} bytes |`,
];
await writeResults('api', result, lines.join('\n'));
log('wrote bench/results/api.{json,md}');
process.exit(0);
