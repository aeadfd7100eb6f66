/**
 * npm run bench:peer: our server side by side with PostGraphile, on the same data,
 * with equivalent queries (issue 13).
 *
 * 1. A throwaway PostgreSQL (as the tests start one) gets the repo's seeds with
 *    the SAMPLE monitoring data, pushed as `npm run warehouse:push` pushes them
 *    (schema v_<version>); plus one view for PostGraphile in `peer_bench`
 *    (bench/peer/peer-queries.ts says why).
 * 2. Three servers, each a child process on 127.0.0.1: `npm start`'s server on the
 *    embedded default (DuckDB in memory), the same server on the PostgreSQL engine
 *    (DATABASE_URL), and PostGraphile 4 over the pushed version's tables.
 * 3. Before anything is timed, each of the five queries is asked of all three and
 *    the rows compared (ids, values, names, counts): the bench stops if they differ.
 * 4. Warm-up, then ROUNDS rounds. In each round, for each query and each
 *    concurrency (1 and 20), the five variants run one after another (their order
 *    rotated from round to round): ours afresh on both engines, PostGraphile, ours
 *    cached on both engines. A run is autocannon with a fixed number of requests
 *    (bench/peer/peer-load.ts: every body checked). Afresh adds
 *    `neverCached: dataset { loadedAt }`, so the response cache never answers
 *    (bench/load/executed-afresh.ts); cached is the plain document, which the
 *    response cache answers after the first time. PostGraphile has no response
 *    cache: its one figure is compared with both. The example operations run the
 *    same way on our two engines (PostGraphile has no equivalent of them).
 * 5. Per variant, the median over the rounds of p50, p99 and req/s; ratios
 *    ours ÷ PostGraphile, in bench/results/peer.json and peer.md.
 *
 * Smaller runs for a try-out: PEER_ROUNDS, PEER_REQUESTS_C1, PEER_REQUESTS_C20,
 * PEER_EXAMPLE_REQUESTS_C1, PEER_EXAMPLE_REQUESTS_C20; PEER_SKIP_EXAMPLES=1.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadExampleOperations, type ExampleOperation } from '../examples/example-operations.ts';
import { createBenchLog, describeMachine, machineLine, median, round, writeResults } from './bench-kit.ts';
import { executedAfreshDocument } from './load/executed-afresh.ts';
import type { LoadServer } from './load/load-server.ts';
import { runPeerLoad, type PeerRunResult } from './peer/peer-load.ts';
import { startPeerDatabase, type PeerDatabase } from './peer/peer-postgres.ts';
import { PEER_EXTRA_SCHEMA, PEER_QUERIES, peerViewsSql, rowDifference, type PeerQuery } from './peer/peer-queries.ts';
import { postGraphQL, startEmbeddedServer, startPostgraphile, startPostgresEngineServer, TARGET_LABELS, type PeerTarget } from './peer/peer-servers.ts';

const count = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1, got ${process.env[name]}`);
  return value;
};
const ROUNDS = count('PEER_ROUNDS', 3);
const CONCURRENCIES = [1, 20] as const;
type Concurrency = (typeof CONCURRENCIES)[number];
const REQUESTS: Record<Concurrency, number> = { 1: count('PEER_REQUESTS_C1', 200), 20: count('PEER_REQUESTS_C20', 400) };
const EXAMPLE_REQUESTS: Record<Concurrency, number> = { 1: count('PEER_EXAMPLE_REQUESTS_C1', 50), 20: count('PEER_EXAMPLE_REQUESTS_C20', 120) };
const SKIP_EXAMPLES = process.env.PEER_SKIP_EXAMPLES === '1';
const WARMUP_REQUESTS = 40;
const WARMUP_CONNECTIONS = 4;
/** Far above what a run takes here (seconds): only a hang ends one. */
const RUN_DEADLINE_MS = 120_000;
/** Targets of issue 13, as factors of PostGraphile's afresh p50. */
const TARGET_FACTOR = { embeddedAfresh: 1, postgresAfresh: 1.5, cached: 1 } as const;

const log = createBenchLog('bench:peer');
const started = performance.now();

/** Ours afresh or cached, or PostGraphile's one way (it has no response cache). */
type Way = 'afresh' | 'cached' | 'plain';
type Variant = { target: PeerTarget; way: Way };
const QUERY_VARIANTS: readonly Variant[] = [
  { target: 'embedded', way: 'afresh' }, { target: 'postgres', way: 'afresh' }, { target: 'postgraphile', way: 'plain' },
  { target: 'embedded', way: 'cached' }, { target: 'postgres', way: 'cached' },
];
const EXAMPLE_VARIANTS: readonly Variant[] = [
  { target: 'embedded', way: 'afresh' }, { target: 'postgres', way: 'afresh' }, { target: 'embedded', way: 'cached' }, { target: 'postgres', way: 'cached' },
];
const variantKey = (v: Variant) => `${v.target}-${v.way}`;

/** What one run contributes: its latency and throughput, and whether it was sound. */
interface RunFigures {
  round: number;
  p50: number;
  p99: number;
  rps: number;
  responses: number;
  responseCacheHits: number;
  /** Null when every answer was a 2xx with data and no errors, and the response cache did what the way says. */
  problem: string | null;
}

interface Medians {
  p50: number;
  p99: number;
  rps: number;
}

interface Measured {
  runs: RunFigures[];
  median: Medians;
}

function figuresOf(run: PeerRunResult, roundNumber: number, way: Way): RunFigures {
  let problem: string | null = null;
  if (run.failed > 0 || run.responses < run.requestsPlanned || run.stoppedAtDeadline) {
    problem = `${run.failed} failed of ${run.responses} answers (${run.requestsPlanned} planned)${run.stoppedAtDeadline ? ', stopped at the deadline' : ''}${run.firstProblem ? `: ${run.firstProblem}` : ''}`;
  } else if (way === 'afresh' && run.responseCacheHits > 0) {
    problem = `${run.responseCacheHits} afresh answers came from the response cache`;
  } else if (way === 'cached' && run.responseCacheHits < run.responses) {
    problem = `only ${run.responseCacheHits} of ${run.responses} cached answers came from the response cache`;
  }
  return { round: roundNumber, p50: run.latencyMs.p50, p99: run.latencyMs.p99, rps: run.requestsPerSecond, responses: run.responses, responseCacheHits: run.responseCacheHits, problem };
}

function mediansOf(runs: readonly RunFigures[]): Medians {
  return { p50: round(median(runs.map((r) => r.p50)), 2), p99: round(median(runs.map((r) => r.p99)), 2), rps: Math.round(median(runs.map((r) => r.rps))) };
}

/** What a run sends. */
interface Sent {
  document: string;
  operationName: string;
}

/** What a variant sends for a peer query: afresh adds the field that keeps an answer out of the response cache. */
function peerOperation(query: PeerQuery, variant: Variant): Sent {
  if (variant.target === 'postgraphile') return { document: query.postgraphile, operationName: query.postgraphileOperationName };
  return { document: variant.way === 'afresh' ? executedAfreshDocument(query.ours) : query.ours, operationName: query.oursOperationName };
}

function exampleOperation(example: ExampleOperation, variant: Variant): Sent {
  return { document: variant.way === 'afresh' ? executedAfreshDocument(example.document) : example.document, operationName: example.operationName };
}

// --- children and the database, stopped at the end whatever happens ---
const servers: Partial<Record<PeerTarget, LoadServer>> = {};
let database: PeerDatabase | undefined;
const children = (): ChildProcess[] => Object.values(servers).map((server) => server.child);
let cleaningUp: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaningUp ??= (async () => {
    await Promise.allSettled(Object.values(servers).map((server) => server.stop()));
    await database?.stop().catch((error: unknown) => log(`stopping PostgreSQL: ${(error as Error).message}`));
  })();
  return cleaningUp;
}
// A bench killed midway leaves no server behind: children killed, PostgreSQL stopped (its own exit hook takes it down too).
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: stopping the servers and PostgreSQL`);
    void cleanUp().finally(() => process.exit(130));
  });
}
process.once('exit', () => {
  for (const child of children()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

const measured = new Map<string, RunFigures[]>();
const record = (key: string, figures: RunFigures) => {
  const list = measured.get(key) ?? [];
  list.push(figures);
  measured.set(key, list);
};
const queryKey = (query: PeerQuery, c: Concurrency, v: Variant) => `query|${query.key}|${c}|${variantKey(v)}`;
const exampleKey = (example: ExampleOperation, c: Concurrency, v: Variant) => `example|${example.name}|${c}|${variantKey(v)}`;

const examples = SKIP_EXAMPLES ? [] : loadExampleOperations();
let exitCode = 0;
let pushedVersion = '';
let pushedSchema = '';
let pushedRows: Record<string, number> = {};
const serverStderr: Partial<Record<PeerTarget, string>> = {};

try {
  log('starting a throwaway PostgreSQL and pushing the seeds with the SAMPLE data');
  database = await startPeerDatabase();
  ({ version: pushedVersion, schema: pushedSchema, rows: pushedRows } = database);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(peerViewsSql(database.schema));
  } finally {
    await client.end();
  }
  log(`pushed version ${database.version} into schema ${database.schema}`);

  log('starting the three servers');
  const dbUrl = database.url;
  const startedServers = await Promise.allSettled([
    startEmbeddedServer().then((server) => (servers.embedded = server)),
    startPostgresEngineServer(dbUrl).then((server) => (servers.postgres = server)),
    startPostgraphile({ databaseUrl: dbUrl, schema: database.schema, extraSchema: PEER_EXTRA_SCHEMA }).then((server) => (servers.postgraphile = server)),
  ]);
  const failedStart = startedServers.find((outcome) => outcome.status === 'rejected');
  if (failedStart) throw (failedStart as PromiseRejectedResult).reason;
  const urlOf = (target: PeerTarget) => servers[target]!.url;
  for (const target of ['embedded', 'postgres', 'postgraphile'] as const) log(`  ${TARGET_LABELS[target]}: ${urlOf(target)}`);

  log('checking that the three answer every query with the same rows');
  for (const query of PEER_QUERIES) {
    const theirs = query.postgraphileRows(await postGraphQL(urlOf('postgraphile'), query.postgraphile, query.postgraphileOperationName));
    for (const target of ['embedded', 'postgres'] as const) {
      for (const document of [query.ours, executedAfreshDocument(query.ours)]) {
        const ours = query.oursRows(await postGraphQL(urlOf(target), document, query.oursOperationName));
        const difference = rowDifference(ours, theirs);
        if (difference) throw new Error(`"${query.title}": ${TARGET_LABELS[target]} and PostGraphile answer with different rows: ${difference}`);
      }
    }
    log(`  ${query.title}: ${theirs.length} rows, the same on all three`);
  }
  for (const example of examples) {
    for (const target of ['embedded', 'postgres'] as const) {
      await postGraphQL(urlOf(target), example.document, example.operationName);
      await postGraphQL(urlOf(target), executedAfreshDocument(example.document), example.operationName);
    }
  }

  const load = (target: PeerTarget, sent: Sent, requests: number, connections: number) => {
    if (interrupted) throw new Error('interrupted');
    return runPeerLoad({ url: urlOf(target), ...sent, requests, connections, deadlineMs: RUN_DEADLINE_MS });
  };

  log(`warm-up: ${WARMUP_REQUESTS} requests per query and way on each server`);
  for (const query of PEER_QUERIES) {
    for (const variant of QUERY_VARIANTS) await load(variant.target, peerOperation(query, variant), WARMUP_REQUESTS, WARMUP_CONNECTIONS);
  }
  for (const example of examples) {
    for (const variant of EXAMPLE_VARIANTS) await load(variant.target, exampleOperation(example, variant), WARMUP_REQUESTS / 2, WARMUP_CONNECTIONS);
  }

  const rotated = <T>(items: readonly T[], by: number) => items.map((_, index) => items[(index + by) % items.length]!);
  for (let roundNumber = 1; roundNumber <= ROUNDS; roundNumber++) {
    log(`round ${roundNumber} of ${ROUNDS}`);
    for (const query of PEER_QUERIES) {
      for (const c of CONCURRENCIES) {
        const line: string[] = [];
        for (const variant of rotated(QUERY_VARIANTS, roundNumber - 1)) {
          const figures = figuresOf(await load(variant.target, peerOperation(query, variant), REQUESTS[c], c), roundNumber, variant.way);
          record(queryKey(query, c, variant), figures);
          line.push(`${variantKey(variant)} ${figures.p50}`);
          if (figures.problem) log(`  PROBLEM ${query.key} c=${c} ${variantKey(variant)}: ${figures.problem}`);
        }
        log(`  ${query.key} c=${c} p50 ms: ${line.join(', ')}`);
      }
    }
    for (const example of examples) {
      for (const c of CONCURRENCIES) {
        const line: string[] = [];
        for (const variant of rotated(EXAMPLE_VARIANTS, roundNumber - 1)) {
          const figures = figuresOf(await load(variant.target, exampleOperation(example, variant), EXAMPLE_REQUESTS[c], c), roundNumber, variant.way);
          record(exampleKey(example, c, variant), figures);
          line.push(`${variantKey(variant)} ${figures.p50}`);
          if (figures.problem) log(`  PROBLEM ${example.name} c=${c} ${variantKey(variant)}: ${figures.problem}`);
        }
        log(`  ${example.name} c=${c} p50 ms: ${line.join(', ')}`);
      }
    }
  }
} catch (error) {
  exitCode = 1;
  log(`FAILED: ${(error as Error).stack ?? String(error)}`);
} finally {
  for (const [target, server] of Object.entries(servers) as [PeerTarget, LoadServer][]) {
    const text = server.stderr().trim();
    if (text) serverStderr[target] = text.slice(0, 2000);
  }
  log('stopping the servers and PostgreSQL');
  await cleanUp();
}

if (exitCode !== 0) process.exit(exitCode);

// --- results ---
const cell = (key: string): Measured => {
  const runs = measured.get(key) ?? [];
  return { runs, median: mediansOf(runs) };
};
const ratio = (ours: number, theirs: number) => (theirs > 0 ? round(ours / theirs, 2) : Number.NaN);

interface QueryResult {
  key: string;
  title: string;
  ours: string;
  postgraphile: string;
  byConcurrency: Record<string, {
    requests: number;
    postgraphile: Measured;
    embedded: { afresh: Measured; cached: Measured };
    postgres: { afresh: Measured; cached: Measured };
    /** ours ÷ PostGraphile: p50 below 1 is faster than PostGraphile; req/s above 1 serves more. */
    ratios: Record<'embeddedAfresh' | 'postgresAfresh' | 'embeddedCached' | 'postgresCached', { p50: number; rps: number }>;
    targets: { embeddedAfresh: boolean; postgresAfresh: boolean; cached: boolean };
  }>;
}

const queries: QueryResult[] = PEER_QUERIES.map((query) => ({
  key: query.key,
  title: query.title,
  ours: query.ours,
  postgraphile: query.postgraphile,
  byConcurrency: Object.fromEntries(CONCURRENCIES.map((c) => {
    const get = (target: PeerTarget, way: Way) => cell(queryKey(query, c, { target, way }));
    const theirs = get('postgraphile', 'plain');
    const embedded = { afresh: get('embedded', 'afresh'), cached: get('embedded', 'cached') };
    const postgres = { afresh: get('postgres', 'afresh'), cached: get('postgres', 'cached') };
    const versus = (m: Measured) => ({ p50: ratio(m.median.p50, theirs.median.p50), rps: ratio(m.median.rps, theirs.median.rps) });
    return [String(c), {
      requests: REQUESTS[c],
      postgraphile: theirs,
      embedded,
      postgres,
      ratios: { embeddedAfresh: versus(embedded.afresh), postgresAfresh: versus(postgres.afresh), embeddedCached: versus(embedded.cached), postgresCached: versus(postgres.cached) },
      targets: {
        embeddedAfresh: embedded.afresh.median.p50 <= TARGET_FACTOR.embeddedAfresh * theirs.median.p50,
        postgresAfresh: postgres.afresh.median.p50 <= TARGET_FACTOR.postgresAfresh * theirs.median.p50,
        cached: Math.max(embedded.cached.median.p50, postgres.cached.median.p50) <= TARGET_FACTOR.cached * theirs.median.p50,
      },
    }];
  })),
}));

const exampleResults = examples.map((example) => ({
  name: example.name,
  title: example.title,
  byConcurrency: Object.fromEntries(CONCURRENCIES.map((c) => {
    const get = (target: PeerTarget, way: Way) => cell(exampleKey(example, c, { target, way }));
    return [String(c), {
      requests: EXAMPLE_REQUESTS[c],
      embedded: { afresh: get('embedded', 'afresh'), cached: get('embedded', 'cached') },
      postgres: { afresh: get('postgres', 'afresh'), cached: get('postgres', 'cached') },
    }];
  })),
}));

const problems = [...measured.entries()].flatMap(([key, runs]) => runs.filter((run) => run.problem).map((run) => `${key} round ${run.round}: ${run.problem}`));
const machine = describeMachine();
const result = {
  measuredAt: new Date().toISOString(),
  machine,
  reproduce: 'npm run bench:peer',
  data: { version: pushedVersion, schema: pushedSchema, rows: pushedRows },
  method: {
    rounds: ROUNDS,
    requestsPerRun: REQUESTS,
    exampleRequestsPerRun: EXAMPLE_REQUESTS,
    warmupRequests: WARMUP_REQUESTS,
    interleaving: 'per round, per query, per concurrency: the variants one after another, their order rotated each round',
    ratios: 'ours ÷ PostGraphile, of the medians over the rounds: p50 below 1 is faster than PostGraphile, req/s above 1 serves more',
    targets: 'embedded afresh p50 ≤ PostGraphile p50; PostgreSQL engine afresh p50 ≤ 1.5 × PostGraphile p50; cached p50 (both engines) ≤ PostGraphile p50',
  },
  queries,
  examples: exampleResults,
  problems,
  serverStderr,
  totalBenchSeconds: Math.round((performance.now() - started) / 1000),
};

await writeResults('peer', result, renderMarkdown());
log(`wrote bench/results/peer.md and peer.json in ${result.totalBenchSeconds} s${problems.length ? `; ${problems.length} run(s) with problems` : ''}`);
process.exit(problems.length > 0 ? 1 : 0);

function renderMarkdown(): string {
  const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
  const times = (value: number) => `${value.toFixed(2)}×`;
  const verdict = (ok: boolean) => (ok ? 'pass' : '**MISS**');
  const queryLabel = (q: QueryResult, c: string) => (q.key === 'first-200-facts' && c === '20' ? `(5) ${q.title}, concurrency 20` : `(${PEER_QUERIES.findIndex((p) => p.key === q.key) + 1}) ${q.title}`);
  const lines: string[] = [];
  lines.push(`# Side by side with PostGraphile (${result.measuredAt})`, '');
  lines.push(`${machineLine(machine)} Whole bench: ${result.totalBenchSeconds} s. Reproduce with \`npm run bench:peer\`.`);
  lines.push('Shared, noisy machine (2 cores for autocannon, three servers and PostgreSQL): read the ratios, measured interleaved, as medians of rounds.', '');
  lines.push(`Data: the repo's seeds with the SAMPLE monitoring data, version \`${pushedVersion}\`, pushed into a throwaway PostgreSQL as \`npm run warehouse:push\` does (schema \`${pushedSchema}\`: ${pushedRows.fact ?? '?'} plan facts, ${pushedRows.observation ?? '?'} observations).`, '');
  lines.push('Ratios are **ours ÷ PostGraphile**, of the medians over the rounds: a p50 ratio below 1× is faster than PostGraphile; a req/s ratio above 1× serves more.', '');

  lines.push('## Targets', '');
  lines.push(`From issue 13, for each query at concurrency 1 and 20: embedded default afresh p50 ≤ PostGraphile's; PostgreSQL engine afresh p50 ≤ ${TARGET_FACTOR.postgresAfresh}× PostGraphile's; cached p50 on both engines ≤ PostGraphile's (PostGraphile has no response cache, so its one figure is the comparison).`, '');
  lines.push('| query | c | embedded afresh p50 ÷ PostGraphile (≤ 1×) | PostgreSQL afresh p50 ÷ PostGraphile (≤ 1.5×) | cached p50 ÷ PostGraphile, embedded / PostgreSQL (≤ 1×) |', '|---|---|---|---|---|');
  let met = 0;
  let all = 0;
  for (const q of queries) {
    for (const [c, r] of Object.entries(q.byConcurrency)) {
      lines.push(`| ${queryLabel(q, c)} | ${c} | ${times(r.ratios.embeddedAfresh.p50)} ${verdict(r.targets.embeddedAfresh)} | ${times(r.ratios.postgresAfresh.p50)} ${verdict(r.targets.postgresAfresh)} | ${times(r.ratios.embeddedCached.p50)} / ${times(r.ratios.postgresCached.p50)} ${verdict(r.targets.cached)} |`);
      met += [r.targets.embeddedAfresh, r.targets.postgresAfresh, r.targets.cached].filter(Boolean).length;
      all += 3;
    }
  }
  lines.push('', `${met} of ${all} targets met.${problems.length ? ` **${problems.length} run(s) had problems** (listed below): their figures are not to be trusted.` : ' Every answer of every run was a 2xx with data and no errors; no afresh answer came from the response cache, every cached one did.'}`, '');

  const latencyTable = (way: 'afresh' | 'cached') => {
    lines.push('| query | c | PostGraphile p50 / p99 ms | PostGraphile req/s | embedded p50 / p99 ms | embedded req/s | embedded p50 ÷ PG | embedded req/s ÷ PG | PostgreSQL p50 / p99 ms | PostgreSQL req/s | PostgreSQL p50 ÷ PG | PostgreSQL req/s ÷ PG |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const q of queries) {
      for (const [c, r] of Object.entries(q.byConcurrency)) {
        const pgm = r.postgraphile.median;
        const e = r.embedded[way].median;
        const p = r.postgres[way].median;
        const er = way === 'afresh' ? r.ratios.embeddedAfresh : r.ratios.embeddedCached;
        const pr = way === 'afresh' ? r.ratios.postgresAfresh : r.ratios.postgresCached;
        lines.push(`| ${queryLabel(q, c)} | ${c} | ${ms(pgm.p50)} / ${ms(pgm.p99)} | ${pgm.rps} | ${ms(e.p50)} / ${ms(e.p99)} | ${e.rps} | ${times(er.p50)} | ${times(er.rps)} | ${ms(p.p50)} / ${ms(p.p99)} | ${p.rps} | ${times(pr.p50)} | ${times(pr.rps)} |`);
      }
    }
    lines.push('');
  };
  lines.push('## Afresh: every request runs our resolvers and engine', '');
  lines.push('Our servers get the document plus `neverCached: dataset { loadedAt }` (a field marked `@cacheControl(maxAge: 0)`), so the response cache never answers; PostGraphile gets its equivalent query (it has no response cache). "PG" in the ratio columns is PostGraphile; "PostgreSQL" is our PostgreSQL engine.', '');
  latencyTable('afresh');
  lines.push('## Cached: the plain document, answered by our response cache', '');
  lines.push("The same queries as clients send them: after the first answer, our per-version response cache answers them (each answer carried its `age` header). PostGraphile's figures are the same runs as above.", '');
  latencyTable('cached');

  if (exampleResults.length > 0) {
    lines.push('## The example operations (ours only)', '');
    lines.push(`\`examples/*.graphql\` on our two engines, afresh and cached, interleaved in the same rounds (${EXAMPLE_REQUESTS[1]} requests per run at concurrency 1, ${EXAMPLE_REQUESTS[20]} at 20). PostGraphile has no equivalent of them: progress, breakdowns, word search and the guarded aggregate are this API's own, not generated from tables.`, '');
    lines.push('| example | c | embedded afresh p50 / p99 ms | req/s | PostgreSQL afresh p50 / p99 ms | req/s | embedded cached p50 / p99 ms | req/s | PostgreSQL cached p50 / p99 ms | req/s |', '|---|---|---|---|---|---|---|---|---|---|');
    for (const example of exampleResults) {
      for (const [c, r] of Object.entries(example.byConcurrency)) {
        const f = (m: Measured) => `${ms(m.median.p50)} / ${ms(m.median.p99)} | ${m.median.rps}`;
        lines.push(`| \`${example.name}\` | ${c} | ${f(r.embedded.afresh)} | ${f(r.postgres.afresh)} | ${f(r.embedded.cached)} | ${f(r.postgres.cached)} |`);
      }
    }
    lines.push('');
  }

  lines.push('## How it was measured', '');
  lines.push(`- **Servers**, each a child process on 127.0.0.1: \`npm start\`'s server (\`functions/local-server.ts\`, \`SEEDS_SAMPLE=1\`, \`NODE_ENV=production\` as the Lambda's environment sets it, logging one access line per request as \`npm start\` does) on the embedded default (DuckDB in memory) and on the PostgreSQL engine (\`DATABASE_URL\`, pool of 4 as in Lambda); PostGraphile ${postgraphileVersion()} in library mode on node:http (\`bench/peer/postgraphile-server.ts\`: \`NODE_ENV=production\`, no GraphiQL, no query log, no schema watching, no mutations, its default pool of 10) over the same version schema, with smart tags for the two \`fact_all\` relations and one view for the count (PostGraphile 4 has no GROUP BY of its own).`);
  lines.push(`- **Same rows**: before timing, each query was asked of all three and the answers compared row by row (ids, values, names, counts; afresh and cached documents alike); the bench stops if they differ. The queries are in \`bench/peer/peer-queries.ts\` and in peer.json.`);
  lines.push(`- **Runs**: autocannon (\`bench/peer/peer-load.ts\`: keep-alive connections, every body checked, exact per-response latency), ${REQUESTS[1]} requests per run at concurrency 1 and ${REQUESTS[20]} at concurrency 20, after a warm-up of ${WARMUP_REQUESTS} requests per query and way on each server. ${ROUNDS} rounds; in each, per query and concurrency, the five variants (ours afresh ×2, PostGraphile, ours cached ×2) run one after another, their order rotated from round to round. Figures are the medians over the rounds of each run's p50, p99 and req/s.`);
  lines.push('- **(5)** is (1) at concurrency 20: every query runs at concurrency 1 and 20.');
  lines.push(`- Issue 13's earlier manual measurement, for comparison: embedded afresh p50 24.4 / 25.0 / 10.3 / 11.4 ms for (1)–(4) at concurrency 1 vs PostGraphile 4.1 / 1.7 / 1.5 / 1.7 ms; (5) 390 ms vs 57 ms.`, '');

  lines.push('## The queries', '');
  lines.push('Each pair returns the same rows (checked before timing). Afresh, ours also asks for `neverCached: dataset { loadedAt }`.', '');
  for (const q of queries) {
    lines.push(`(${PEER_QUERIES.findIndex((p) => p.key === q.key) + 1}) ${q.title}:`, '', '```graphql', `# ours`, q.ours, `# PostGraphile`, q.postgraphile, '```', '');
  }
  lines.push(`PostGraphile's count reads a view in \`${PEER_EXTRA_SCHEMA}\` (next to the version's schema), created by the bench:`, '', '```sql', peerViewsSql(pushedSchema), '```', '');

  if (problems.length > 0) lines.push('## Problems', '', ...problems.map((p) => `- ${p}`), '');
  const stderrEntries = Object.entries(serverStderr);
  if (stderrEntries.length > 0) {
    lines.push('## Server stderr', '');
    for (const [target, text] of stderrEntries) lines.push(`${TARGET_LABELS[target as PeerTarget]}:`, '', '```', text, '```', '');
  }
  return `${lines.join('\n')}\n`;
}

function postgraphileVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'node_modules', 'postgraphile', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '4';
  }
}
