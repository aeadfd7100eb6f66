/**
 * npm run bench:warehouse: the warehouse at scale, measured in one run so the
 * figures compare as ratios on the same (shared, noisy) machine.
 *
 * 1. Cold loads of the real seeds from a local S3 (s3rver on loopback) and from
 *    the directory, through the same source → poll → load path the server uses.
 * 2. 1M and 10M SAMPLE rows loaded from Parquet (directory, full validation), each
 *    in a fresh process (bench/scale/load-once.ts) for its time and peak RSS.
 * 3. Group-by county × year over the 1M rows on DuckDB, on `observation` and on
 *    the `fact_all` view.
 * 4. The same on PostgreSQL (a throwaway server, or TEST_DATABASE_URL), after
 *    pushing the real seeds and the 1M version.
 *
 * The 1M and 10M versions are generated under bench/data/ (git-ignored) when
 * missing. Results: bench/results/warehouse.json and warehouse.md.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { DEFAULT_SEEDS_DIR } from '../core/config.ts';
import { parseManifest } from '../dataset/check/validate-seeds.ts';
import { readSeedFiles } from '../dataset/load-seed-version.ts';
import { SEED_FILES } from '../dataset/seed-files.ts';
import type { IndicatorSeed } from '../dataset/seed.schemas.ts';
import { loadSeedsFromDirectory } from '../dataset/seeds-directory.ts';
import { createDirectorySeedSource } from '../dataset/sources/directory-source.ts';
import { createS3SeedSource } from '../dataset/sources/s3-source.ts';
import type { SeedSource } from '../dataset/sources/seed-source.ts';
import { uploadSeedVersion } from '../dataset/upload/upload-seeds.ts';
import { createLocalS3Client, startS3Server } from '../tests/helpers/s3-server.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../tests/support/postgres-server.ts';
import { createDuckDbWarehouseSource } from '../warehouse/duckdb-source.ts';
import { createPostgresDb } from '../warehouse/postgres/postgres-db.ts';
import { openPushedVersion, pushWarehouse } from '../warehouse/postgres/postgres-versions.ts';
import type { WarehouseSchema } from '../warehouse/tables.ts';
import { createDuckDbWarehouse, type Warehouse } from '../warehouse/warehouse.ts';
import { scaleIndicators } from './scale/generate-scale-seeds.ts';
import { ensureScaleVersion, type ScaleVersion } from './scale/ensure-scale-version.ts';
import type { LoadOnceResult } from './scale/load-once.ts';
import { createBenchLog, median, round, summarise, type Summary } from './bench-kit.ts';

const S3_RUNS = 9;
const CHILD_RUNS = 3;
const GROUP_BY_WARMUP = 3;
const GROUP_BY_RUNS = 25;
/** Fewer runs for a query slower than this (median of the warm-up), so the whole bench stays within ~10 minutes. */
const SLOW_QUERY_MS = 1_000;
const SLOW_QUERY_RUNS = 7;
/** The optional 10M push to PostgreSQL runs only if its projected cost (load + push) stays under this. */
const PG_10M_BUDGET_MS = 240_000;

const TARGETS = {
  s3ColdLoadMs: 150,
  load1mMs: 1_500,
  load1mRssMB: 400,
  groupBy1mMs: 100,
};

const LOAD_ONCE = path.join(import.meta.dirname, 'scale', 'load-once.ts');
const RESULTS_DIR = path.join(import.meta.dirname, 'results');
const started = performance.now();
const log = createBenchLog('bench:warehouse');

const errorText = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

// ---------------------------------------------------------------------------------------------
// Scale versions

// ---------------------------------------------------------------------------------------------
// 1. Cold loads of the real seeds: S3 and directory

const S3_URL = 's3://zmd-bench/seeds';
const S3_RETRY = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000 };

interface ColdLoad {
  totalMs: number;
  pollMs: number;
}

/** A cold load as a new container makes it: a new client and source, poll, then load. */
async function coldLoad(makeSource: () => { seeds: SeedSource; done: () => void }, includeSample: boolean): Promise<ColdLoad & { warehouse: Warehouse }> {
  const t0 = performance.now();
  const { seeds, done } = makeSource();
  try {
    const candidate = await createDuckDbWarehouseSource(seeds, { includeSample }).poll(undefined, false);
    const t1 = performance.now();
    if (candidate === 'unchanged') throw new Error('a first poll cannot be unchanged');
    const warehouse = await candidate.load();
    return { totalMs: performance.now() - t0, pollMs: t1 - t0, warehouse };
  } finally {
    done();
  }
}

interface ColdLoadSeries {
  source: 's3' | 'directory';
  includeSample: boolean;
  /** The first load in the process (JIT and module warm-up), not in the median. */
  firstMs: number;
  total: Summary;
  pollMedianMs: number;
}

async function benchColdLoads(): Promise<{ dataVersion: string; objects: number; bytes: number; series: ColdLoadSeries[]; s3ToDirectoryRatio: number; s3ToDirectoryRatioWithSample: number }> {
  const s3 = await startS3Server();
  try {
    await s3.createBucket('zmd-bench');
    const directory = createDirectorySeedSource(DEFAULT_SEEDS_DIR);
    const manifestRead = await directory.readManifest();
    if (manifestRead === 'unchanged') throw new Error('unreachable: an unconditional read');
    const manifest = parseManifest(manifestRead.bytes);
    const files = await readSeedFiles(directory, manifest, { includeSample: true });
    const upload = await uploadSeedVersion(s3.client, S3_URL, manifest, files, manifestRead.bytes);
    log(`S3: uploaded data version ${upload.dataVersion} (${upload.uploaded.length} files) to ${S3_URL} at ${s3.endpoint}`);

    const fromS3 = () => {
      const client = createLocalS3Client(s3.endpoint, { maxAttempts: 1 });
      return { seeds: createS3SeedSource({ url: S3_URL, client, timeoutMs: 2000, retry: S3_RETRY }), done: () => client.destroy() };
    };
    const fromDirectory = () => ({ seeds: createDirectorySeedSource(DEFAULT_SEEDS_DIR), done: () => undefined });
    const kinds = [
      { source: 's3' as const, includeSample: false, make: fromS3 },
      { source: 'directory' as const, includeSample: false, make: fromDirectory },
      { source: 's3' as const, includeSample: true, make: fromS3 },
      { source: 'directory' as const, includeSample: true, make: fromDirectory },
    ];
    const samples = kinds.map(() => ({ first: 0, totals: [] as number[], polls: [] as number[] }));
    // Round-robin, so drift in the machine's load hits every series alike; round 0 is the warm-up.
    for (let round_ = 0; round_ <= S3_RUNS; round_ += 1) {
      for (const [index, kind] of kinds.entries()) {
        const { totalMs, pollMs, warehouse } = await coldLoad(kind.make, kind.includeSample);
        await warehouse.close();
        const series = samples[index]!;
        if (round_ === 0) series.first = totalMs;
        else {
          series.totals.push(totalMs);
          series.polls.push(pollMs);
        }
      }
      if (round_ > 0) log(`cold loads: round ${round_}/${S3_RUNS}`);
    }
    const series: ColdLoadSeries[] = kinds.map((kind, index) => ({
      source: kind.source, includeSample: kind.includeSample, firstMs: round(samples[index]!.first),
      total: summarise(samples[index]!.totals), pollMedianMs: round(median(samples[index]!.polls)),
    }));
    return {
      dataVersion: manifest.dataVersion,
      objects: manifest.files.length + 2,
      bytes: manifest.files.reduce((sum, f) => sum + f.bytes, 0),
      series,
      s3ToDirectoryRatio: round(series[0]!.total.medianMs / series[1]!.total.medianMs, 2),
      s3ToDirectoryRatioWithSample: round(series[2]!.total.medianMs / series[3]!.total.medianMs, 2),
    };
  } finally {
    await s3.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Loads at scale, one fresh process each

function loadInChild(dir: string): Promise<LoadOnceResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOAD_ONCE, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-8192); });
    child.once('error', reject);
    child.once('close', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`load-once ${dir} exited with ${code}: ${stderr.trim().split('\n').slice(-5).join(' | ')}`));
      else resolve(JSON.parse(line) as LoadOnceResult);
    });
  });
}

interface ScaleLoad {
  label: string;
  rows: number;
  runs: LoadOnceResult[];
  medianMs: number;
  medianReadValidateMs: number;
  medianWarehouseMs: number;
  medianMaxRssMiB: number;
  medianMaxRssMB: number;
  /** Per phase, the median over runs. */
  phasesMedianMs: Record<string, number>;
}

async function benchScaleLoad(version: ScaleVersion, runs: number): Promise<ScaleLoad> {
  const results: LoadOnceResult[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const result = await loadInChild(version.dir);
    if (result.observationRows !== version.rows) throw new Error(`${version.label}: loaded ${result.observationRows} observations, expected ${version.rows}`);
    results.push(result);
    log(`${version.label} load ${run}/${runs}: ${Math.round(result.ms)} ms, peak RSS ${result.maxRssMiB} MiB`);
  }
  const phases = [...new Set(results.flatMap((r) => Object.keys(r.phasesMs)))];
  const rssMiB = median(results.map((r) => r.maxRssMiB));
  return {
    label: version.label,
    rows: version.rows,
    runs: results,
    medianMs: round(median(results.map((r) => r.ms))),
    medianReadValidateMs: round(median(results.map((r) => r.readValidateMs))),
    medianWarehouseMs: round(median(results.map((r) => r.warehouseMs))),
    medianMaxRssMiB: round(rssMiB, 0),
    medianMaxRssMB: round((rssMiB * 2 ** 20) / 1e6, 0),
    phasesMedianMs: Object.fromEntries(phases.map((phase) => [phase, round(median(results.map((r) => r.phasesMs[phase] ?? 0)))])),
  };
}

// ---------------------------------------------------------------------------------------------
// 3 and 4. Group-by county × year

type Db = Kysely<WarehouseSchema>;
/**
 * county: the target's query, county × year — the synthetic township-level regions
 * rolled up to their county (region.parent), every group back as a JS row.
 * observation and fact_all: region × year (one group per synthetic region and
 * year, ~77k), every group back as a JS row.
 * observation-engine-only: that region × year group-by wrapped in count/sum so one
 * row comes back, which separates the engine's work from moving ~77k rows into JS.
 */
type Relation = 'county' | 'observation' | 'fact_all' | 'observation-engine-only';
const RELATIONS: readonly Relation[] = ['county', 'observation', 'fact_all', 'observation-engine-only'];

// select r.parent, o.period_end, sum(o.value), count(*) from observation o join region r on r.code = o.region group by 1, 2
const countyGroupBy = (db: Db) =>
  db.selectFrom('observation as o').innerJoin('region as r', 'r.code', 'o.region')
    .select(['r.parent as county', 'o.period_end', sql<number>`sum(o.value)`.as('total'), sql<number>`count(*)`.as('n')])
    .groupBy(['r.parent', 'o.period_end']);

// select region, period_end, sum(value), count(*) from <relation> group by 1, 2
const observationGroupBy = (db: Db) =>
  db.selectFrom('observation').select(['region', 'period_end', sql<number>`sum(value)`.as('total'), sql<number>`count(*)`.as('n')]).groupBy(['region', 'period_end']);
const factAllGroupBy = (db: Db) =>
  db.selectFrom('fact_all').select(['region', 'period_end', sql<number>`sum(value)`.as('total'), sql<number>`count(*)`.as('n')]).groupBy(['region', 'period_end']);

async function groupBy(db: Db, relation: Relation): Promise<{ groups: number; total: number; count: number }> {
  if (relation === 'observation-engine-only') {
    const row = await db.selectFrom(observationGroupBy(db).as('g'))
      .select([sql<number>`count(*)`.as('groups'), sql<number>`sum(g.n)`.as('n'), sql<number>`sum(g.total)`.as('total')]).executeTakeFirstOrThrow();
    return { groups: Number(row.groups), total: Number(row.total), count: Number(row.n) };
  }
  const rows = relation === 'county' ? await countyGroupBy(db).execute()
    : relation === 'observation' ? await observationGroupBy(db).execute() : await factAllGroupBy(db).execute();
  return { groups: rows.length, total: rows.reduce((sum, r) => sum + (r.total ?? 0), 0), count: rows.reduce((sum, r) => sum + Number(r.n), 0) };
}

interface GroupBySeries extends Summary {
  relation: Relation;
  groups: number;
  rowsCounted: number;
  /** Sum of every group's sum(value), to compare engines. */
  valueTotal: number;
}

async function benchGroupBy(db: Db, relation: Relation, label: string): Promise<GroupBySeries> {
  const warmup: number[] = [];
  let last = { groups: 0, total: 0, count: 0 };
  for (let run = 0; run < GROUP_BY_WARMUP; run += 1) {
    const t0 = performance.now();
    last = await groupBy(db, relation);
    warmup.push(performance.now() - t0);
  }
  const runs = median(warmup) > SLOW_QUERY_MS ? SLOW_QUERY_RUNS : GROUP_BY_RUNS;
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const t0 = performance.now();
    last = await groupBy(db, relation);
    samples.push(performance.now() - t0);
  }
  const summary = summarise(samples);
  log(`${label} group-by on ${relation}: median ${summary.medianMs} ms over ${runs} runs (${last.groups} groups)`);
  return { relation, ...summary, groups: last.groups, rowsCounted: last.count, valueTotal: round(last.total, 2) };
}

interface PostgresResults {
  available: boolean;
  reason?: string;
  server?: string;
  version?: string;
  realSeedsPush?: { version: string; ms: number; rows: number };
  scale1mPush?: { version: string; ms: number; rows: number; observationRowsPerSecond: number };
  groupBy?: GroupBySeries[];
  duckDbToPostgresRatio?: Partial<Record<Relation, number>>;
  scale10mPush: { done: false; reason: string; projectedMs?: number } | { done: true; version: string; ms: number; rows: number; loadMs: number };
}

async function loadScaleWarehouse(dir: string, includeSample = true): Promise<Warehouse> {
  return createDuckDbWarehouse(await loadSeedsFromDirectory(dir, { includeSample }), { origin: dir });
}

async function benchPostgres(scale1m: Warehouse, duckGroupBy: GroupBySeries[], scale10m: { version: ScaleVersion; loadEstimateMs: number | undefined }): Promise<PostgresResults> {
  let server: ThrowawayPostgres | undefined;
  let url: string;
  // Never DATABASE_URL: a push moves that database's served version and drops old ones.
  if (process.env.TEST_DATABASE_URL) url = process.env.TEST_DATABASE_URL;
  else {
    try {
      server = await startThrowawayPostgres();
      url = server.url;
    } catch (error) {
      log(`PostgreSQL: could not start a throwaway server: ${errorText(error)}`);
      return { available: false, reason: `could not start a throwaway PostgreSQL server: ${errorText(error)}`, scale10mPush: { done: false, reason: 'no PostgreSQL' } };
    }
  }
  const db = createPostgresDb({ url });
  const result: PostgresResults = { available: true, server: server ? 'throwaway server on 127.0.0.1 (fsync, synchronous_commit, full_page_writes off; defaults otherwise)' : 'TEST_DATABASE_URL', scale10mPush: { done: false, reason: 'not attempted' } };
  try {
    result.version = (await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0]!.v;
    log(`PostgreSQL ${result.version} at ${server ? 'a throwaway server on 127.0.0.1' : 'TEST_DATABASE_URL'}`);

    const real = await loadScaleWarehouse(DEFAULT_SEEDS_DIR, false);
    try {
      const t0 = performance.now();
      const pushed = await pushWarehouse(db, real);
      const ms = performance.now() - t0;
      result.realSeedsPush = { version: pushed.version, ms: round(ms), rows: Object.values(pushed.rows).reduce((sum, n) => sum + (n ?? 0), 0) };
      log(`PostgreSQL: pushed the real seeds (${pushed.version}${pushed.copied ? '' : ', already there'}) in ${Math.round(ms)} ms`);
    } finally {
      await real.close();
    }

    log('PostgreSQL: pushing the 1M version…');
    const t0 = performance.now();
    const pushed = await pushWarehouse(db, scale1m, { onTable: (table, rows) => { if (rows > 10_000) log(`  ${table}: ${rows} rows copied`); } });
    const ms = performance.now() - t0;
    const observationRows = pushed.rows.observation ?? 0;
    result.scale1mPush = {
      version: pushed.version, ms: round(ms), rows: Object.values(pushed.rows).reduce((sum, n) => sum + (n ?? 0), 0),
      observationRowsPerSecond: round(observationRows / (ms / 1000), 0),
    };
    log(`PostgreSQL: pushed 1M (${pushed.version}${pushed.copied ? '' : ', already there: time is the pointer move only'}) in ${Math.round(ms)} ms`);

    const warehouse = await openPushedVersion(db, pushed.version, 'bench');
    result.groupBy = [];
    for (const relation of RELATIONS) result.groupBy.push(await benchGroupBy(warehouse.db, relation, 'PostgreSQL 1M'));
    result.duckDbToPostgresRatio = Object.fromEntries(result.groupBy.map((g) => {
      const duck = duckGroupBy.find((d) => d.relation === g.relation)!;
      return [g.relation, round(duck.medianMs / g.medianMs, 3)];
    }));

    // Optional: 10M into PostgreSQL, only when its projected cost (load + push at the 1M rate) fits the bench's time budget.
    const projectedMs = pushed.copied && observationRows > 0 && scale10m.loadEstimateMs !== undefined
      ? (ms * scale10m.version.rows) / observationRows + scale10m.loadEstimateMs : undefined;
    if (projectedMs === undefined) result.scale10mPush = { done: false, reason: 'no projection (the 1M push copied nothing or the 1M load was not measured)' };
    else if (projectedMs > PG_10M_BUDGET_MS && process.env.BENCH_PG_10M !== '1') {
      result.scale10mPush = {
        done: false, projectedMs: round(projectedMs, 0),
        reason: `skipped: projected ${Math.round(projectedMs / 1000)} s (10M load + push, both scaled from 1M) exceeds the ${PG_10M_BUDGET_MS / 1000} s budget; BENCH_PG_10M=1 forces it`,
      };
      log(`PostgreSQL: 10M push ${result.scale10mPush.reason}`);
    } else {
      log('PostgreSQL: loading and pushing the 10M version…');
      const l0 = performance.now();
      const big = await loadScaleWarehouse(scale10m.version.dir);
      const loadMs = performance.now() - l0;
      try {
        const p0 = performance.now();
        const pushed10m = await pushWarehouse(db, big);
        const rows = Object.values(pushed10m.rows).reduce((sum, n) => sum + (n ?? 0), 0);
        result.scale10mPush = { done: true, version: pushed10m.version, ms: round(performance.now() - p0), rows, loadMs: round(loadMs) };
        log(`PostgreSQL: pushed 10M in ${Math.round(result.scale10mPush.ms)} ms`);
      } finally {
        await big.close();
      }
    }
    return result;
  } catch (error) {
    log(`PostgreSQL: failed: ${errorText(error)}`);
    return { ...result, available: result.groupBy !== undefined, reason: `PostgreSQL part failed: ${errorText(error)}` };
  } finally {
    await db.destroy();
    await server?.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Run

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  availableParallelism: os.availableParallelism(),
  totalMemGiB: round(os.totalmem() / 2 ** 30, 1),
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  duckdb: '',
};

const indicators = scaleIndicators(JSON.parse(await readFile(path.join(DEFAULT_SEEDS_DIR, SEED_FILES.indicators.key), 'utf8')) as IndicatorSeed[]);
const versions = { '1m': await ensureScaleVersion('1m', indicators.length, log), '10m': await ensureScaleVersion('10m', indicators.length, log) };

const errors: string[] = [];
async function section<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
  log(`— ${name}`);
  try {
    return await work();
  } catch (error) {
    log(`${name} failed: ${errorText(error)}`);
    errors.push(`${name}: ${errorText(error)}`);
    return undefined;
  }
}

const coldLoads = await section('cold loads of the real seeds (S3 and directory)', benchColdLoads);
const load1m = await section('1M rows from Parquet, fresh process per run', () => benchScaleLoad(versions['1m'], CHILD_RUNS));

let duckGroupBy: GroupBySeries[] = [];
let postgres: PostgresResults | undefined;
await section('group-by on DuckDB and PostgreSQL over 1M rows', async () => {
  log('loading the 1M version in this process…');
  const warehouse = await loadScaleWarehouse(versions['1m'].dir);
  try {
    machine.duckdb = (await sql<{ v: string }>`select version() as v`.execute(warehouse.db)).rows[0]!.v;
    for (const relation of RELATIONS) duckGroupBy.push(await benchGroupBy(warehouse.db, relation, 'DuckDB 1M'));
    // The 10M load median is not known yet (it runs last, alone); project the optional PG push from the 1M load instead.
    const loadEstimate = load1m ? load1m.medianMs * (versions['10m'].rows / versions['1m'].rows) : undefined;
    postgres = await benchPostgres(warehouse, duckGroupBy, { version: versions['10m'], loadEstimateMs: loadEstimate });
  } finally {
    await warehouse.close();
  }
});
const load10m = await section('10M rows from Parquet, fresh process per run', () => benchScaleLoad(versions['10m'], CHILD_RUNS));

// ---------------------------------------------------------------------------------------------
// Results

const duckObservation = duckGroupBy.find((g) => g.relation === 'county');
const s3Default = coldLoads?.series[0];
const verdict = (value: number | undefined, target: number) => (value === undefined ? 'not measured' : value <= target ? 'pass' : `MISS (${round(value / target, 1)}× the target)`);

const result = {
  measuredAt: new Date().toISOString(),
  machine,
  totalBenchSeconds: round((performance.now() - started) / 1000, 0),
  targets: TARGETS,
  verdicts: {
    s3ColdLoad: verdict(s3Default?.total.medianMs, TARGETS.s3ColdLoadMs),
    load1mTime: verdict(load1m?.medianMs, TARGETS.load1mMs),
    load1mRss: verdict(load1m?.medianMaxRssMB, TARGETS.load1mRssMB),
    groupBy1m: verdict(duckObservation?.medianMs, TARGETS.groupBy1mMs),
  },
  scaleVersions: versions,
  coldLoads,
  scaleLoads: { '1m': load1m, '10m': load10m },
  duckDbGroupBy1m: duckGroupBy,
  postgres,
  errors,
};

await mkdir(RESULTS_DIR, { recursive: true });
await writeFile(path.join(RESULTS_DIR, 'warehouse.json'), `${JSON.stringify(result, null, 2)}\n`);
await writeFile(path.join(RESULTS_DIR, 'warehouse.md'), renderMarkdown());
log(`done in ${result.totalBenchSeconds} s: bench/results/warehouse.json and warehouse.md`);
console.log(JSON.stringify({ verdicts: result.verdicts, totalBenchSeconds: result.totalBenchSeconds, errors }, null, 2));

function renderMarkdown(): string {
  const n = (value: number | undefined, unit: string) => (value === undefined ? '—' : `${value.toLocaleString('en')} ${unit}`);
  const lines: string[] = [];
  lines.push(`# Warehouse at scale (${result.measuredAt})`, '');
  lines.push(`Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.totalMemGiB} GiB RAM, ${machine.platform}; Node ${machine.node}; DuckDB ${machine.duckdb || '?'}${postgres?.version ? `; PostgreSQL ${postgres.version}` : ''}.`);
  lines.push(`Shared and noisy: compare figures within this run (medians, ratios), not across runs. Whole bench: ${result.totalBenchSeconds} s. Reproduce with \`npm run bench:warehouse\`.`, '');

  lines.push('## Targets', '', '| what | target | measured (median) | verdict |', '|---|---|---|---|');
  lines.push(`| cold load of the real seeds from S3 (poll + load, DuckDB) | ≤ ${TARGETS.s3ColdLoadMs} ms | ${n(s3Default?.total.medianMs, 'ms')} | ${result.verdicts.s3ColdLoad} |`);
  lines.push(`| load 1M rows from Parquet (full validation) | ≤ ${TARGETS.load1mMs.toLocaleString('en')} ms | ${n(load1m?.medianMs, 'ms')} | ${result.verdicts.load1mTime} |`);
  lines.push(`| peak RSS of that load | ≤ ${TARGETS.load1mRssMB} MB | ${load1m ? `${load1m.medianMaxRssMB} MB (${load1m.medianMaxRssMiB} MiB)` : '—'} | ${result.verdicts.load1mRss} |`);
  lines.push(`| group-by county × year over 1M rows, DuckDB | ≤ ${TARGETS.groupBy1mMs} ms | ${n(duckObservation?.medianMs, 'ms')} | ${result.verdicts.groupBy1m} |`, '');

  lines.push('## Data', '');
  for (const v of Object.values(versions)) {
    lines.push(`- **${v.label}**: ${v.rows.toLocaleString('en')} SAMPLE rows = ${v.regions.toLocaleString('en')} synthetic township-level regions (spread over the ten counties) × ${v.indicators} indicators (the numeric POINT indicators with a unit) × ${v.years} years; one Parquet file of ${(v.parquetBytes / 2 ** 20).toFixed(1)} MiB; data version ${v.dataVersion}${v.generatedMs === null ? ' (reused)' : `, generated in ${(v.generatedMs / 1000).toFixed(1)} s`}.`);
  }
  lines.push('');

  if (coldLoads) {
    lines.push('## Cold loads of the real seeds', '');
    lines.push(`Data version ${coldLoads.dataVersion}, ${coldLoads.objects} objects with the manifests. Each run: a new S3 client and source, \`createDuckDbWarehouseSource(…).poll()\` then \`load()\` (read, hash, validate, fresh in-memory DuckDB). S3 is s3rver on loopback. Runs interleaved round-robin after one warm-up round; ${S3_RUNS} runs each.`, '');
    lines.push('| source | SAMPLE rows | median ms | min | p90 | max | of which poll (manifest) | first load in process |', '|---|---|---|---|---|---|---|---|');
    for (const s of coldLoads.series) {
      lines.push(`| ${s.source} | ${s.includeSample ? 'yes (330)' : 'no (default)'} | ${s.total.medianMs} | ${s.total.minMs} | ${s.total.p90Ms} | ${s.total.maxMs} | ${s.pollMedianMs} | ${s.firstMs} |`);
    }
    lines.push('', `S3 / directory: ${coldLoads.s3ToDirectoryRatio}× (without SAMPLE rows), ${coldLoads.s3ToDirectoryRatioWithSample}× (with).`, '');
  }

  lines.push('## Loads at scale (directory, Parquet, full validation, DuckDB)', '');
  lines.push(`Each run in a fresh process (\`bench/scale/load-once.ts\`); ${CHILD_RUNS} runs each; peak RSS is \`process.resourceUsage().maxRSS\` of that process (Node, DuckDB and the data).`, '');
  lines.push('| rows | median total | read + validate JSON | warehouse | peak RSS (median) | runs (ms) |', '|---|---|---|---|---|---|');
  for (const load of [load1m, load10m]) {
    if (!load) continue;
    lines.push(`| ${load.rows.toLocaleString('en')} | ${n(load.medianMs, 'ms')} | ${n(load.medianReadValidateMs, 'ms')} | ${n(load.medianWarehouseMs, 'ms')} | ${load.medianMaxRssMB} MB (${load.medianMaxRssMiB} MiB) | ${load.runs.map((r) => Math.round(r.ms)).join(', ')} |`);
  }
  lines.push('', 'Where the warehouse time goes (median per phase, ms; a phase lasts from its statement\'s start to the next one\'s):', '');
  const phases = [...new Set([load1m, load10m].flatMap((l) => (l ? Object.keys(l.phasesMedianMs) : [])))];
  lines.push(`| phase | ${[load1m, load10m].filter(Boolean).map((l) => l!.label).join(' | ')} |`, `|---|${[load1m, load10m].filter(Boolean).map(() => '---').join('|')}|`);
  for (const phase of phases) lines.push(`| ${phase} | ${[load1m, load10m].filter(Boolean).map((l) => l!.phasesMedianMs[phase] ?? 0).join(' | ')} |`);
  lines.push('');

  lines.push('## Group-by county × year over 1M rows', '');
  lines.push('`county` (the target): `select r.parent, o.period_end, sum(o.value), count(*) from observation o join region r on r.code = o.region group by 1, 2` — the synthetic township-level regions rolled up to their ten counties.',
    '`observation` and `fact_all`: `select region, period_end, sum(value), count(*) from <relation> group by 1, 2` — one group per synthetic region and year.',
    'All through Kysely, every group materialised as a JS row; medians after warm-up.',
    '`observation-engine-only` is the region × year group-by wrapped in `count(*)`/`sum(…)` so one row comes back: the engine\'s share, without moving the groups into JS.', '');
  lines.push('| engine | relation | groups | runs | median ms | min | p90 | max |', '|---|---|---|---|---|---|---|---|');
  for (const g of duckGroupBy) lines.push(`| DuckDB (in process) | ${g.relation} | ${g.groups.toLocaleString('en')} | ${g.runs} | ${g.medianMs} | ${g.minMs} | ${g.p90Ms} | ${g.maxMs} |`);
  for (const g of postgres?.groupBy ?? []) lines.push(`| PostgreSQL (loopback) | ${g.relation} | ${g.groups.toLocaleString('en')} | ${g.runs} | ${g.medianMs} | ${g.minMs} | ${g.p90Ms} | ${g.maxMs} |`);
  lines.push('');
  const duckEngine = duckGroupBy.find((g) => g.relation === 'observation-engine-only');
  const duckRegionYear = duckGroupBy.find((g) => g.relation === 'observation');
  if (duckRegionYear && duckEngine) {
    lines.push(`On DuckDB the region × year group-by itself takes ${duckEngine.medianMs} ms; the other ${round(duckRegionYear.medianMs - duckEngine.medianMs)} ms of the ${duckRegionYear.medianMs} ms go to turning ${duckRegionYear.groups.toLocaleString('en')} groups into JS rows (driver and Kysely).`, '');
  }
  if (postgres?.available && postgres.duckDbToPostgresRatio) {
    const ratios = Object.entries(postgres.duckDbToPostgresRatio).map(([relation, ratio]) => `${relation} ${ratio}×`).join(', ');
    lines.push(`DuckDB / PostgreSQL median: ${ratios}.`);
    const same = postgres.groupBy?.every((g) => {
      const duck = duckGroupBy.find((d) => d.relation === g.relation);
      return duck && duck.groups === g.groups && duck.rowsCounted === g.rowsCounted && Math.abs(duck.valueTotal - g.valueTotal) < 1e-6 * Math.abs(duck.valueTotal);
    });
    lines.push(`Both engines return the same groups, counts and sums: ${same ? 'yes' : 'NO'}.`, '');
  }

  lines.push('## PostgreSQL', '');
  if (!postgres?.available) lines.push(`Not measured: ${postgres?.reason ?? 'the section did not run'}.`, '');
  else {
    lines.push(`Server: PostgreSQL ${postgres.version}, ${postgres.server}.`, '');
    lines.push('| push (pushWarehouse: DuckDB → PostgreSQL, one transaction, indexes, analyze) | rows | ms |', '|---|---|---|');
    if (postgres.realSeedsPush) lines.push(`| real seeds (${postgres.realSeedsPush.version}) | ${postgres.realSeedsPush.rows.toLocaleString('en')} | ${postgres.realSeedsPush.ms.toLocaleString('en')} |`);
    if (postgres.scale1mPush) lines.push(`| 1M version (${postgres.scale1mPush.version}) | ${postgres.scale1mPush.rows.toLocaleString('en')} | ${postgres.scale1mPush.ms.toLocaleString('en')} (${postgres.scale1mPush.observationRowsPerSecond.toLocaleString('en')} observation rows/s) |`);
    const p10 = postgres.scale10mPush;
    lines.push(p10.done
      ? `| 10M version (${p10.version}, optional) | ${p10.rows.toLocaleString('en')} | ${p10.ms.toLocaleString('en')} (after a ${Math.round(p10.loadMs / 1000)} s load into DuckDB) |`
      : `| 10M version (optional) | — | not pushed: ${p10.reason} |`);
    lines.push('');
  }
  if (errors.length > 0) lines.push('## Errors', '', ...errors.map((e) => `- ${e}`), '');
  return `${lines.join('\n')}\n`;
}
