/**
 * npm run bench:load: the local server under load, and the Lambda handler soaked,
 * both on loopback and in one run so the figures compare on the same (shared,
 * noisy) machine.
 *
 * 1. `npm start`'s server as a child process (SAMPLE data loaded, access lines on,
 *    as `npm start` logs), 50 connections. Every example is run twice: as clients
 *    send it, which the response cache answers after the first time, and executed
 *    afresh (load/executed-afresh.ts), which runs the resolvers every time. A
 *    warm-up, one run per example each way, then the mixed runs: 20,000 requests
 *    cycling through all examples, each way. Every response body is checked
 *    (data, no errors).
 * 2. 100,000 invocations of the real Lambda handler in one process started with
 *    --expose-gc, memory sampled after a full collection every 5,000; growth is
 *    measured from 10,000 invocations on.
 *
 * Results: bench/results/load.json and load.md. Smaller runs for a try-out:
 * LOAD_REQUESTS, PER_OPERATION_REQUESTS and SOAK_INVOCATIONS.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadExampleOperations, type ExampleOperation } from '../examples/example-operations.ts';
import { executedAfresh } from './load/executed-afresh.ts';
import { runHttpLoad, type HttpLoadResult } from './load/http-load.ts';
import { startLoadServer } from './load/load-server.ts';
import { soakInvocations, type SoakInvocation } from './load/soak-invocations.ts';
import { runSoak, type SoakResult } from './load/soak.ts';

const CONNECTIONS = 50;
const MIXED_REQUESTS = Number(process.env.LOAD_REQUESTS ?? 20_000);
const PER_OPERATION_REQUESTS = Number(process.env.PER_OPERATION_REQUESTS ?? 1_000);
const WARMUP_REQUESTS = 250;
const SOAK_INVOCATIONS = Number(process.env.SOAK_INVOCATIONS ?? 100_000);
// Scaled down with a smaller SOAK_INVOCATIONS, so a try-out still has samples after its warm-up.
const SOAK_SAMPLE_EVERY = Math.min(5_000, Math.max(1, Math.floor(SOAK_INVOCATIONS / 20)));
const SOAK_WARMUP = Math.min(10_000, Math.floor(SOAK_INVOCATIONS / 10));
/** Far above what a healthy run takes here (minutes), so only a hang ends a run. */
const LOAD_DEADLINE_MS = 30 * 60_000;
const SOAK_DEADLINE_MS = 30 * 60_000;

const RESULTS_DIR = path.join(import.meta.dirname, 'results');
const started = performance.now();

function log(line: string): void {
  process.stderr.write(`[bench:load ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);
}

const describeRun = (run: HttpLoadResult) =>
  `${run.responses} responses, ${run.status2xx} 2xx, ${run.non2xx} non-2xx, ${run.errors} errors, ${run.timeouts} timeouts, ${run.badBodies} bad bodies, `
  + `${run.responseCacheHits} from the response cache; p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms, ${run.requestsPerSecond} req/s`;

const operations = loadExampleOperations();
const afreshOperations = operations.map(executedAfresh);
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  totalMemGiB: Math.round(os.totalmem() / 2 ** 30),
  platform: `${os.platform()} ${os.release()}`,
  node: process.version,
};

log(`starting npm start's server (SEEDS_SAMPLE=1) on loopback`);
const server = await startLoadServer();
const run = async (label: string, runOperations: ExampleOperation[], requests: number) => {
  const result = await runHttpLoad({ url: server.url, operations: runOperations, requests, connections: CONNECTIONS, deadlineMs: LOAD_DEADLINE_MS });
  log(`${label}: ${describeRun(result)}`);
  return result;
};
const warmup: HttpLoadResult[] = [];
const perOperation: Record<string, { asSent: HttpLoadResult; afresh: HttpLoadResult }> = {};
let mixed: HttpLoadResult;
let mixedAfresh: HttpLoadResult;
try {
  warmup.push(await run('warm-up, as sent', operations, WARMUP_REQUESTS), await run('warm-up, afresh', afreshOperations, WARMUP_REQUESTS));
  for (const [index, operation] of operations.entries()) {
    perOperation[operation.name] = {
      asSent: await run(operation.name, [operation], PER_OPERATION_REQUESTS),
      afresh: await run(afreshOperations[index]!.name, [afreshOperations[index]!], PER_OPERATION_REQUESTS),
    };
  }
  mixed = await run('mixed, as sent', operations, MIXED_REQUESTS);
  mixedAfresh = await run('mixed, afresh', afreshOperations, MIXED_REQUESTS);
} finally {
  await server.stop();
}
const serverStderr = server.stderr().trim();

log(`soak: ${SOAK_INVOCATIONS.toLocaleString('en')} handler invocations in one process`);
const soak: SoakResult = await runSoak({
  invocations: SOAK_INVOCATIONS,
  sampleEvery: SOAK_SAMPLE_EVERY,
  warmupInvocations: SOAK_WARMUP,
  deadlineMs: SOAK_DEADLINE_MS,
  onSample: (sample) => log(`  ${sample.invocations.toLocaleString('en')} invocations: heapUsed ${sample.heapUsedMiB} MiB, external ${sample.externalMiB} MiB, RSS ${sample.rssMiB} MiB`),
});
log(`soak: ${soak.failures} failures, heapUsed ${soak.growthAfterWarmupMiB.heapUsed >= 0 ? '+' : ''}${soak.growthAfterWarmupMiB.heapUsed} MiB after warm-up, ${soak.invocationsPerSecond} invocations/s`);

const result = {
  measuredAt: new Date().toISOString(),
  machine,
  reproduce: 'npm run bench:load',
  load: {
    server: 'npm start (functions/local-server.ts) as a child process, SEEDS_SAMPLE=1, LOG_LEVEL=info (one access line per request), 127.0.0.1',
    connections: CONNECTIONS,
    warmup,
    perOperation,
    mixed,
    mixedAfresh,
    serverStderr,
  },
  soak,
  totalBenchSeconds: Math.round((performance.now() - started) / 1000),
};

await mkdir(RESULTS_DIR, { recursive: true });
await writeFile(path.join(RESULTS_DIR, 'load.json'), `${JSON.stringify(result, null, 2)}\n`);
await writeFile(path.join(RESULTS_DIR, 'load.md'), renderMarkdown());
log(`wrote ${path.relative(process.cwd(), path.join(RESULTS_DIR, 'load.md'))} and load.json`);

function renderMarkdown(): string {
  const lines: string[] = [];
  lines.push(`# Load and soak on loopback (${result.measuredAt})`, '');
  lines.push(`Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.totalMemGiB} GiB RAM, ${machine.platform}; Node ${machine.node}.`);
  lines.push(`Shared and noisy: the load generator and the server share the machine's cores; compare figures within this run. Whole bench: ${result.totalBenchSeconds} s. Reproduce with \`npm run bench:load\`.`, '');

  const failed = (run: typeof mixed) => run.non2xx + run.errors + run.timeouts + run.badBodies;
  const loadFailures = failed(mixed) + failed(mixedAfresh);
  lines.push('## Targets', '', '| what | target | measured | verdict |', '|---|---|---|---|');
  lines.push(`| mixed load, ${mixed.responses.toLocaleString('en')} requests as sent and ${mixedAfresh.responses.toLocaleString('en')} afresh at concurrency ${CONNECTIONS} | zero errors | ${loadFailures} failed (non-2xx, errors, timeouts, bad bodies) | ${loadFailures === 0 ? 'pass' : 'MISS'} |`);
  lines.push(`| soak, ${soak.invocations.toLocaleString('en')} handler invocations | no failures, heap flat after warm-up | ${soak.failures} failures; heapUsed ${signed(soak.growthAfterWarmupMiB.heapUsed)} MiB after warm-up, last sample ${soak.heapUsedAboveLowestMiB} MiB above the lowest | ${soak.failures === 0 && soak.heapUsedAboveLowestMiB < 8 ? 'pass' : 'MISS'} |`, '');
  lines.push('## Load: autocannon against `POST /graphql`', '');
  lines.push(`\`npm start\`'s server as a child process on 127.0.0.1 with the SAMPLE data (\`SEEDS_SAMPLE=1\`, so every example has rows), logging one access line per request as \`npm start\` does. ${CONNECTIONS} keep-alive connections; each POSTs example operations and checks every answer: HTTP 2xx, JSON with \`data\` and no \`errors\`. Latency is per response, exact (not autocannon's whole-millisecond histogram). Warm-ups of ${WARMUP_REQUESTS} mixed requests each way ran first.`, '');
  lines.push(`Each example runs two ways. **As sent**: the document exactly as clients send it; the server's response cache (per data version) answers it after the first time, so this is what repeated requests cost. **Afresh**: the same document also asking for \`neverCached: dataset { loadedAt }\`, a field marked \`@cacheControl(maxAge: 0)\`, so the answer is never cached and every request runs the resolvers, loaders and warehouse (\`bench/load/executed-afresh.ts\`). "From cache" counts answers that carried the response cache's \`age\` header.`, '');
  lines.push('| run | way | requests | 2xx | non-2xx | errors | timeouts | bad bodies | from cache | p50 ms | p90 ms | p99 ms | max ms | req/s |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const row = (label: string, way: string, r: HttpLoadResult) =>
    `| ${label} | ${way} | ${r.responses.toLocaleString('en')} | ${r.status2xx.toLocaleString('en')} | ${r.non2xx} | ${r.errors} | ${r.timeouts} | ${r.badBodies} | ${r.responseCacheHits.toLocaleString('en')} | ${r.latencyMs.p50} | ${r.latencyMs.p90} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.requestsPerSecond.toLocaleString('en')} |`;
  for (const [name, runs] of Object.entries(perOperation)) {
    lines.push(row(`\`${name}\` alone`, 'as sent', runs.asSent), row(`\`${name}\` alone`, 'afresh', runs.afresh));
  }
  lines.push(row(`**mixed** (all ${operations.length} examples in turn)`, 'as sent', mixed), row(`**mixed** (all ${operations.length} examples in turn)`, 'afresh', mixedAfresh));
  lines.push('');
  const problems = [...warmup, ...Object.values(perOperation).flatMap((runs) => [runs.asSent, runs.afresh]), mixed, mixedAfresh].map((r) => r.firstProblem).filter(Boolean);
  lines.push(problems.length ? `First problems: ${problems.map((p) => `\`${p}\``).join('; ')}` : 'Every response of every run was a 2xx with data and no errors.', '');
  if (serverStderr) lines.push('Server stderr:', '', '```', serverStderr.slice(0, 2000), '```', '');

  lines.push('## Soak: the Lambda handler, invoked in one process', '');
  lines.push(`${soak.invocations.toLocaleString('en')} invocations of \`functions/graphql/handler.ts\`'s \`handler\`, one at a time as one warm Lambda container is invoked, in one process started with \`--expose-gc\` (\`LOG_LEVEL=warn\`, \`SEEDS_SAMPLE=1\`). API Gateway v2 events from \`tests/helpers/lambda.ts\`, cycling through a mix (\`bench/load/soak-invocations.ts\`): the ${operations.length} examples by POST as sent (answered from the response cache after the first time) and afresh, two CSV exports and an APQ GET (${heavyShareOfSoak()}% of the invocations), cheap queries for the bulk (most of them afresh), and refused requests (bad input, validation and parse failures, a CSRF refusal, a 404). Memory is read after two full collections every ${SOAK_SAMPLE_EVERY.toLocaleString('en')} invocations.`, '');
  lines.push(`- Failed invocations (wrong status, errors where data was expected, a throw): **${soak.failures}**; unhandled rejections: ${soak.unhandledRejections}.`);
  lines.push(`- Duration: ${(soak.durationMs / 1000).toFixed(1)} s, ${soak.invocationsPerSecond} invocations/s (memory sampling included).`);
  lines.push(`- After warm-up (${soak.afterWarmup.invocations.toLocaleString('en')} → ${soak.last.invocations.toLocaleString('en')} invocations): heapUsed ${soak.afterWarmup.heapUsedMiB} → ${soak.last.heapUsedMiB} MiB (**${signed(soak.growthAfterWarmupMiB.heapUsed)} MiB**; the last sample is ${soak.heapUsedAboveLowestMiB} MiB above the lowest since warm-up; slope ${signed(soak.heapUsedSlopeMiBPer10k)} MiB per 10,000), external ${signed(soak.growthAfterWarmupMiB.external)} MiB, RSS ${soak.afterWarmup.rssMiB} → ${soak.last.rssMiB} MiB (${signed(soak.growthAfterWarmupMiB.rss)} MiB).`, '');
  lines.push('| invocations | seconds | heapUsed MiB | heapTotal MiB | external MiB | RSS MiB |', '|---|---|---|---|---|---|');
  for (const s of soak.samples) lines.push(`| ${s.invocations.toLocaleString('en')} | ${(s.elapsedMs / 1000).toFixed(1)} | ${s.heapUsedMiB} | ${s.heapTotalMiB} | ${s.externalMiB} | ${s.rssMiB} |`);
  lines.push('', 'Mean time per invocation, by request:', '', '| request | invocations | mean ms |', '|---|---|---|');
  for (const [name, timing] of Object.entries(soak.byName).sort((a, b) => b[1].meanMs - a[1].meanMs)) lines.push(`| ${name} | ${timing.invocations.toLocaleString('en')} | ${timing.meanMs} |`);
  lines.push('');
  if (soak.firstFailures.length) lines.push('First failures:', '', ...soak.firstFailures.map((f) => `- #${f.invocation} ${f.name}: ${f.problem}`), '');
  return `${lines.join('\n')}\n`;
}

/** The share of the soak's invocations that run an example operation, in per cent. */
function heavyShareOfSoak(): number {
  const mix = soakInvocations();
  const weight = (invocations: SoakInvocation[]) => invocations.reduce((sum, invocation) => sum + invocation.weight, 0);
  const heavy = mix.filter((invocation) => operations.some((operation) => invocation.name.includes(operation.name)));
  return Math.round((100 * weight(heavy)) / weight(mix));
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value}`;
}
