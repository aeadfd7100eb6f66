/**
 * npm run bench:lambda: the packaged Lambda handler, measured the way it will run,
 * to choose serverless.yml's memorySize and timeout from figures.
 *
 * 1. Packaging: `node infra/build-lambda.ts --minify` for comparison, then
 *    `npm run lambda:package` (offline) for the artifact as deployed; sizes of both.
 * 2. Cold starts: a fresh process per run (tests/helpers/packaged-handler.ts) loads
 *    the unzipped bundle and answers a first POST; process start → module loaded →
 *    first response, CPU time and peak RSS. Variants: as deployed, with
 *    --enable-source-maps (what debugging costs), minified, and as deployed pinned to
 *    one core (what a 1,769 MB Lambda gets), and with S3 farther away (each request
 *    delayed by a proxy, as S3 is a network hop from Lambda). Runs interleaved
 *    round-robin after a warm-up round.
 * 3. Warm requests in one process: a few GraphQL operations, the CSV export, the
 *    explorer; peak RSS after them.
 * 4. The same handler on a 1M-row monitoring version (SAMPLE, bench/data/scale-1m,
 *    generated when missing): cold start and peak RSS, the memory sizing's worst case.
 *
 * Seeds come from a local S3 (s3rver on loopback) with the function's environment as
 * the packaged template sets it. This x64 machine runs the artifact with its own
 * DuckDB binding beside the arm64 one (see tests/helpers/lambda-artifact.ts).
 * Results: bench/results/lambda-package.json and lambda-package.md.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEEDS_DIR } from '../core/config.ts';
import type { LambdaBuildSummary } from '../infra/build-lambda.ts';
import { ARTIFACT_ZIP, BUILD_SUMMARY, PROJECT_ROOT } from '../infra/lambda-bundle/lambda-layout.ts';
import { resolveIntrinsics } from '../tests/helpers/cloudformation.ts';
import {
  addHostDuckdbBinding, lambdaRuntimeEnv, offlinePackagingEnv, packageLambda, readPackagedFunction, runCommand, unzipArtifact, type PackagedFunction,
} from '../tests/helpers/lambda-artifact.ts';
import { getEvent, postEvent } from '../tests/helpers/lambda.ts';
import { startPackagedHandler } from '../tests/helpers/packaged-handler.ts';
import type { RunnerResult } from '../tests/helpers/packaged-handler-protocol.ts';
import { uploadSeedsDirectory } from '../tests/helpers/s3-seeds.ts';
import { startFaultProxy, type FaultProxy } from '../tests/helpers/fault-proxy.ts';
import { startS3Server, type LocalS3 } from '../tests/helpers/s3-server.ts';
import { defaultScaleDir, generateScaleSeedsForRows } from './scale/generate-scale-seeds.ts';
import { createBenchLog, median, round, summarise, type Summary } from './bench-kit.ts';

const COLD_RUNS = 7;
const SCALE_COLD_RUNS = 3;
const WARM_WARMUP = 5;
const WARM_RUNS = 30;
const PACKAGING_TIMEOUT_MS = 5 * 60_000;
const INVOKE_TIMEOUT_MS = 60_000;
/** Lambda gives a function one full vCPU at this memory size, proportionally less below it. */
const FULL_VCPU_MB = 1_769;
const MEMORY_SIZES_MB = [512, 1024, 1536, 1769, 2048];

const NODE = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
const RESULTS_DIR = path.join(import.meta.dirname, 'results');
const BUCKET = 'zmd-bench';
const REGION = 'cn-north-1';
/** Issue 6's target for this machine: process start to the first response. */
const COLD_START_TARGET_MS = 400;
/** S3 as far away as it is from a Lambda in its region, roughly: every request waits this long before it is forwarded. */
const S3_LATENCY_MS = 20;
const started = performance.now();
const log = createBenchLog('bench:lambda');
const mib = (bytes: number) => round(bytes / 2 ** 20, 1);

interface LambdaResponse {
  statusCode: number;
  body: string;
}
function assertOk(invocation: RunnerResult, what: string): void {
  const response = invocation.result as LambdaResponse | undefined;
  if (invocation.error || response?.statusCode !== 200) {
    throw new Error(`${what}: ${invocation.error ? invocation.error.message : `HTTP ${response?.statusCode} ${response?.body.slice(0, 300)}`}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Packaging

interface PackagedTree {
  label: string;
  taskRoot: string;
  summary: LambdaBuildSummary;
  packagingMs: number;
}

async function unpack(label: string, packagingMs: number): Promise<PackagedTree> {
  const summary = JSON.parse(await readFile(BUILD_SUMMARY, 'utf8')) as LambdaBuildSummary;
  const taskRoot = await mkdtemp(path.join(os.tmpdir(), `bench-lambda-${label}-`));
  await unzipArtifact(ARTIFACT_ZIP, taskRoot);
  await addHostDuckdbBinding(taskRoot);
  return { label, taskRoot, summary, packagingMs: round(packagingMs, 0) };
}

// ---------------------------------------------------------------------------------------------
// 2. Cold starts

interface Variant {
  label: string;
  tree: PackagedTree;
  env: Record<string, string>;
  cpus?: string;
}

interface ColdStart {
  /** Spawn to the handler module loaded (Node start + Init). */
  readyMs: number;
  /** Loading the module alone (Lambda's Init phase). */
  initMs: number;
  /** The first invocation: poll S3, read and validate the seeds, load DuckDB, answer. */
  firstInvokeMs: number;
  /** Spawn to the first response: what the first caller waits for, minus Lambda's own sandbox start. */
  coldStartMs: number;
  cpuMs: number;
  /** RSS once the module has loaded, before any seeds. */
  readyRssBytes: number;
  maxRssBytes: number;
}

async function coldStart(variant: Variant, handler: string, event: unknown): Promise<ColdStart> {
  const lambda = startPackagedHandler({ node: NODE, taskRoot: variant.tree.taskRoot, handler, env: variant.env, ...(variant.cpus ? { cpus: variant.cpus } : {}) });
  try {
    const ready = await lambda.ready;
    const readyMs = lambda.sinceSpawnMs();
    const first = await lambda.invoke(event, INVOKE_TIMEOUT_MS);
    const coldStartMs = lambda.sinceSpawnMs();
    assertOk(first, `${variant.label}: first request`);
    return { readyMs, initMs: ready.initMs, firstInvokeMs: first.durationMs, coldStartMs, cpuMs: first.cpuMs, readyRssBytes: ready.rssBytes, maxRssBytes: first.maxRssBytes };
  } finally {
    await lambda.close();
  }
}

interface ColdStartSeries {
  label: string;
  cpus: string;
  coldStart: Summary;
  ready: Summary;
  init: Summary;
  firstInvoke: Summary;
  medianCpuMs: number;
  medianReadyRssMiB: number;
  medianMaxRssMiB: number;
}

async function benchColdStarts(variants: Variant[], handler: string, event: unknown, runs: number): Promise<ColdStartSeries[]> {
  const samples = variants.map(() => [] as ColdStart[]);
  // Round-robin, so drift in the machine's load hits every variant alike; round 0 warms the file cache.
  for (let round_ = 0; round_ <= runs; round_ += 1) {
    for (const [index, variant] of variants.entries()) {
      const sample = await coldStart(variant, handler, event);
      if (round_ > 0) samples[index]!.push(sample);
    }
    log(`  cold starts: round ${round_}/${runs}`);
  }
  return variants.map((variant, index) => {
    const series = samples[index]!;
    return {
      label: variant.label,
      cpus: variant.cpus ?? `all ${os.availableParallelism()}`,
      coldStart: summarise(series.map((s) => s.coldStartMs)),
      ready: summarise(series.map((s) => s.readyMs)),
      init: summarise(series.map((s) => s.initMs)),
      firstInvoke: summarise(series.map((s) => s.firstInvokeMs)),
      medianCpuMs: round(median(series.map((s) => s.cpuMs)), 0),
      medianReadyRssMiB: mib(median(series.map((s) => s.readyRssBytes))),
      medianMaxRssMiB: mib(median(series.map((s) => s.maxRssBytes))),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Warm requests

interface WarmOperation {
  label: string;
  event: unknown;
}

async function warmOperations(): Promise<WarmOperation[]> {
  const examples = ['county-ranking-2023', 'status-of-all-table-indicators', 'passages-mentioning-fanxiang-chuangye'];
  const operations: WarmOperation[] = [
    { label: 'POST indicator(I04) with baseline and target', event: postEvent({ query: '{ indicator(code: "I04") { name unit baseline { value periodEnd } target { value periodEnd } } }' }) },
    { label: 'GET /graphql chapters with sections', event: getEvent({ query: '{ chapters { number title sections { number title } } }' }, { 'apollo-require-preflight': 'true' }) },
  ];
  for (const name of examples) {
    const document = await readFile(path.join(PROJECT_ROOT, 'examples', `${name}.graphql`), 'utf8');
    operations.push({ label: `POST example ${name}`, event: postEvent({ query: document }) });
  }
  operations.push(
    { label: 'GET /export.csv?id=status-of-all-table-indicators', event: getEvent({ id: 'status-of-all-table-indicators' }, {}, '/export.csv') },
    { label: 'GET / (explorer page)', event: getEvent({}, { accept: 'text/html' }, '/') },
  );
  return operations;
}

interface WarmSeries {
  label: string;
  latency: Summary;
  responseBytes: number;
}

async function benchWarm(variant: Variant, handler: string, firstEvent: unknown): Promise<{ series: WarmSeries[]; maxRssMiB: number; rssMiB: number }> {
  const lambda = startPackagedHandler({ node: NODE, taskRoot: variant.tree.taskRoot, handler, env: variant.env });
  try {
    assertOk(await lambda.invoke(firstEvent, INVOKE_TIMEOUT_MS), 'warm-up');
    const series: WarmSeries[] = [];
    let last: RunnerResult | undefined;
    for (const operation of await warmOperations()) {
      const times: number[] = [];
      for (let run = 0; run < WARM_WARMUP + WARM_RUNS; run += 1) {
        last = await lambda.invoke(operation.event, INVOKE_TIMEOUT_MS);
        assertOk(last, operation.label);
        if (run >= WARM_WARMUP) times.push(last.durationMs);
      }
      series.push({ label: operation.label, latency: summarise(times), responseBytes: Buffer.byteLength((last!.result as LambdaResponse).body) });
    }
    return { series, maxRssMiB: mib(last!.maxRssBytes), rssMiB: mib(last!.rssBytes) };
  } finally {
    await lambda.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. 1M monitoring rows

async function ensureScale1m(): Promise<string> {
  const dir = defaultScaleDir('1m');
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    log('generating the 1M-row version under bench/data/scale-1m');
    await generateScaleSeedsForRows('1m', dir);
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Run

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  totalMemGiB: round(os.totalmem() / 2 ** 30, 1),
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  node: (await runCommand(NODE, ['--version'], { timeoutMs: 10_000 })).output.trim(),
};

log('packaging, minified (for comparison)');
const minifiedBuild = await runCommand(NODE, ['infra/build-lambda.ts', '--minify'], { env: offlinePackagingEnv(), timeoutMs: PACKAGING_TIMEOUT_MS });
const minified = await unpack('minified', minifiedBuild.ms);
log('packaging as deployed: npm run lambda:package');
const deployedBuild = await packageLambda(PACKAGING_TIMEOUT_MS);
const deployed = await unpack('deployed', deployedBuild.ms);
const fn: PackagedFunction = await readPackagedFunction();

let s3: LocalS3 | undefined;
let distantS3: FaultProxy | undefined;
try {
  s3 = await startS3Server();
  distantS3 = await startFaultProxy(s3.endpoint);
  distantS3.addFault({ pathIncludes: '', fault: { kind: 'delay-headers', ms: S3_LATENCY_MS }, times: Number.POSITIVE_INFINITY });
  await s3.createBucket(BUCKET);
  await uploadSeedsDirectory(s3.client, `s3://${BUCKET}/seeds`, DEFAULT_SEEDS_DIR);
  const scaleDir = await ensureScale1m();
  await uploadSeedsDirectory(s3.client, `s3://${BUCKET}/scale-1m`, scaleDir);
  log(`seeds uploaded to ${s3.endpoint}: s3://${BUCKET}/seeds and s3://${BUCKET}/scale-1m`);

  const functionEnv = resolveIntrinsics(fn.environment, { SeedsBucket: BUCKET }) as Record<string, string>;
  const envFor = (tree: PackagedTree, overrides: Record<string, string> = {}) => ({
    ...lambdaRuntimeEnv(fn, tree.taskRoot, REGION),
    ...functionEnv,
    S3_ENDPOINT: s3!.endpoint,
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    // One JSON line per request would only slow the bench's pipe down.
    LOG_LEVEL: 'warn',
    ...overrides,
  });
  const asDeployed: Variant = { label: 'as deployed (not minified, no source maps)', tree: deployed, env: envFor(deployed) };
  const variants: Variant[] = [
    asDeployed,
    { label: 'with NODE_OPTIONS=--enable-source-maps (for debugging)', tree: deployed, env: envFor(deployed, { NODE_OPTIONS: '--enable-source-maps' }) },
    { label: 'minified', tree: minified, env: envFor(minified) },
    { label: 'as deployed, pinned to one core (1,769 MB)', tree: deployed, env: envFor(deployed), cpus: '0' },
    { label: `as deployed, S3 ${S3_LATENCY_MS} ms away (a loopback proxy delays each request)`, tree: deployed, env: envFor(deployed, { S3_ENDPOINT: distantS3.endpoint }) },
  ];
  const firstEvent = postEvent({ query: '{ indicator(code: "I04") { name } }' });

  log(`— cold starts, real seeds: ${variants.length} variants × ${COLD_RUNS} runs`);
  const coldStarts = await benchColdStarts(variants, fn.handler, firstEvent, COLD_RUNS);

  log(`— warm requests: ${WARM_RUNS} runs each after ${WARM_WARMUP} warm-up runs`);
  const warm = await benchWarm(asDeployed, fn.handler, firstEvent);

  log(`— 1M monitoring rows: ${SCALE_COLD_RUNS} cold starts, all cores and one core`);
  const scaleEnv = { SEEDS_URL: `s3://${BUCKET}/scale-1m`, SEEDS_SAMPLE: '1' };
  const scaleVariants: Variant[] = [
    { label: '1M rows, as deployed', tree: deployed, env: envFor(deployed, scaleEnv) },
    { label: '1M rows, pinned to one core (1,769 MB)', tree: deployed, env: envFor(deployed, scaleEnv), cpus: '0' },
  ];
  const scaleColdStarts = await benchColdStarts(scaleVariants, fn.handler, firstEvent, SCALE_COLD_RUNS);

  // A Lambda below 1,769 MB gets that fraction of a vCPU; CPU-bound work stretches by its
  // inverse. Projected from the CPU time of the one-core runs, which a busy shared machine
  // disturbs far less than wall time (on an idle one, the two agree within ~10%).
  const oneCore = coldStarts.find((s) => s.cpus === '0')!;
  const scaleOneCore = scaleColdStarts.find((s) => s.cpus === '0')!;
  const projection = MEMORY_SIZES_MB.map((memoryMb) => {
    const share = Math.min(1, memoryMb / FULL_VCPU_MB);
    return {
      memoryMb,
      vcpuShare: round(share, 2),
      realSeedsColdStartMs: round(oneCore.medianCpuMs / share, 0),
      scale1mColdStartMs: round(scaleOneCore.medianCpuMs / share, 0),
    };
  });

  // A refresh loads the new version while requests still hold the old one: for a moment the
  // process carries one more version, i.e. about what the first load added to the RSS.
  const deployedCold = coldStarts[0]!;
  const scaleCold = scaleColdStarts[0]!;
  const sizing = {
    realSeeds: {
      peakMiB: Math.max(deployedCold.medianMaxRssMiB, warm.maxRssMiB),
      oneVersionMiB: round(deployedCold.medianMaxRssMiB - deployedCold.medianReadyRssMiB, 1),
      duringRefreshMiB: round(Math.max(deployedCold.medianMaxRssMiB, warm.maxRssMiB) + deployedCold.medianMaxRssMiB - deployedCold.medianReadyRssMiB, 0),
    },
    scale1m: {
      peakMiB: scaleCold.medianMaxRssMiB,
      oneVersionMiB: round(scaleCold.medianMaxRssMiB - scaleCold.medianReadyRssMiB, 1),
      duringRefreshMiB: round(2 * scaleCold.medianMaxRssMiB - scaleCold.medianReadyRssMiB, 0),
    },
  };

  const result = {
    measuredAt: new Date().toISOString(),
    machine,
    totalBenchSeconds: round((performance.now() - started) / 1000, 0),
    function: { handler: fn.handler, runtime: fn.runtime, architectures: fn.architectures, memorySize: fn.memorySize, timeout: fn.timeout },
    packaging: [deployed, minified].map((tree) => ({
      label: tree.label,
      packagingMs: tree.packagingMs,
      minify: tree.summary.minify,
      artifactMiB: mib(tree.summary.artifactBytes),
      unzippedMiB: mib(tree.summary.unzippedBytes),
      files: tree.summary.files,
      bundleMiB: mib(tree.summary.bundleBytes),
      sourceMapMiB: mib(tree.summary.sourceMapBytes),
      nodeModulesMiB: mib(tree.summary.nodeModules.bytes),
      buildPhasesMs: tree.summary.phasesMs,
    })),
    largestInBundle: deployed.summary.largestInBundle.map(({ name, bytes }) => ({ name, KiB: round(bytes / 1024, 0) })),
    coldStarts,
    warm,
    scaleColdStarts,
    sizing,
    projection,
  };

  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(path.join(RESULTS_DIR, 'lambda-package.json'), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(path.join(RESULTS_DIR, 'lambda-package.md'), renderMarkdown(result));
  log(`done in ${result.totalBenchSeconds} s: bench/results/lambda-package.json and lambda-package.md`);

  function renderMarkdown(r: typeof result): string {
    const lines: string[] = [];
    const coldRow = (s: ColdStartSeries) => `| ${s.label} | ${s.coldStart.medianMs} | ${s.coldStart.p90Ms} | ${s.ready.medianMs} | ${s.init.medianMs} | ${s.firstInvoke.medianMs} | ${s.medianCpuMs} | ${s.medianReadyRssMiB} | ${s.medianMaxRssMiB} |`;
    const coldHeader = ['| variant | cold start median ms | p90 | process start → module loaded | of which Init (module load) | first invocation | CPU ms | RSS after Init MiB | peak RSS MiB |', '|---|---|---|---|---|---|---|---|---|'];
    lines.push(`# The packaged Lambda handler (${r.measuredAt})`, '');
    lines.push(`Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.totalMemGiB} GiB RAM, ${machine.platform}; Node ${machine.node}.`);
    lines.push(`Shared and noisy: compare figures within this run. Whole bench: ${r.totalBenchSeconds} s. Reproduce with \`npm run bench:lambda\`.`, '');
    lines.push(`The artifact of \`npm run lambda:package\` (\`${r.function.handler}\`, ${r.function.runtime}, ${r.function.architectures.join(', ')}; packaged with memorySize ${r.function.memorySize} MB, timeout ${r.function.timeout} s), unzipped and run by the pinned Node 24 in a fresh process per cold start, with the host's x64 DuckDB binding beside the shipped arm64 one. Seeds from s3rver on loopback, environment as the template sets it (plus S3_ENDPOINT, LOG_LEVEL=warn).`, '');

    const deployed = r.coldStarts[0]!;
    lines.push('## Targets', '', '| what | target | measured (median) | verdict |', '|---|---|---|---|');
    lines.push(`| cold start of the deployed bundle, real seeds from S3: process start → first response | ≤ ${COLD_START_TARGET_MS} ms | ${deployed.coldStart.medianMs} ms (Init ${deployed.init.medianMs} ms, first invocation ${deployed.firstInvoke.medianMs} ms) | ${deployed.coldStart.medianMs <= COLD_START_TARGET_MS ? 'pass' : 'MISS'} |`, '');
    lines.push('## Artifact', '', '| build | packaging s | zip MiB | unzipped MiB | files | bundle MiB | source map MiB | node_modules MiB |', '|---|---|---|---|---|---|---|---|');
    for (const p of r.packaging) lines.push(`| ${p.label} | ${round(p.packagingMs / 1000, 1)} | ${p.artifactMiB} | ${p.unzippedMiB} | ${p.files} | ${p.bundleMiB} | ${p.sourceMapMiB} | ${p.nodeModulesMiB} |`);
    lines.push('', `Largest in the bundle (KiB): ${r.largestInBundle.map((p) => `${p.name} ${p.KiB}`).join(', ')}. node_modules is DuckDB: the linux-arm64 libduckdb.so is most of the artifact.`, '');

    lines.push('## Cold starts, real seeds', '', `${COLD_RUNS} runs per variant, interleaved, after one warm-up round. Cold start = process spawn → first response (POST \`{ indicator(code: "I04") { name } }\`), which includes Node's start, the module load (Lambda's Init) and the first invocation (manifest and seeds from S3, validation, DuckDB load). Lambda adds its own sandbox start and the artifact download on top.`, '');
    lines.push(...coldHeader);
    for (const s of r.coldStarts) lines.push(coldRow(s));
    lines.push('');

    lines.push('## Warm requests (as deployed, one process)', '', `${WARM_RUNS} runs each after ${WARM_WARMUP} warm-up runs; handler time inside the process (event in → result out).`, '');
    lines.push('| request | median ms | min | p90 | max | response bytes |', '|---|---|---|---|---|---|');
    for (const s of r.warm.series) lines.push(`| ${s.label} | ${s.latency.medianMs} | ${s.latency.minMs} | ${s.latency.p90Ms} | ${s.latency.maxMs} | ${s.responseBytes.toLocaleString('en')} |`);
    lines.push('', `Peak RSS after all of them: ${r.warm.maxRssMiB} MiB (RSS now ${r.warm.rssMiB} MiB).`, '');

    lines.push('## Cold starts, 1M monitoring rows (SAMPLE, bench/data/scale-1m)', '', `${SCALE_COLD_RUNS} runs each: the memory sizing's worst case (a version with 1,000,025 observation rows, validated in full on load).`, '');
    lines.push(...coldHeader);
    for (const s of r.scaleColdStarts) lines.push(coldRow(s));
    lines.push('');

    lines.push('## Memory', '', 'Peak RSS, what one loaded version adds to the RSS after Init (first response minus module loaded), and the estimate while a refresh holds two versions.', '');
    lines.push('| data | peak RSS MiB | one version MiB | during a refresh MiB (estimate) |', '|---|---|---|---|');
    lines.push(`| real seeds (cold start and warm requests) | ${r.sizing.realSeeds.peakMiB} | ${r.sizing.realSeeds.oneVersionMiB} | ${r.sizing.realSeeds.duringRefreshMiB} |`);
    lines.push(`| 1M monitoring rows | ${r.sizing.scale1m.peakMiB} | ${r.sizing.scale1m.oneVersionMiB} | ${r.sizing.scale1m.duringRefreshMiB} |`, '');

    lines.push('## Projected cold start by memory size', '', `Lambda gives a function one vCPU at ${FULL_VCPU_MB.toLocaleString('en')} MB and that fraction of one below it, so the CPU time of a one-core cold start (median) is divided by the share. An estimate: Graviton and this machine's CPU differ, S3 latency does not stretch, and Lambda's own sandbox start comes on top.`, '');
    lines.push('| memory MB | vCPU share | real seeds, ms | 1M rows, ms |', '|---|---|---|---|');
    for (const p of r.projection) lines.push(`| ${p.memoryMb.toLocaleString('en')} | ${p.vcpuShare} | ${p.realSeedsColdStartMs.toLocaleString('en')} | ${p.scale1mColdStartMs.toLocaleString('en')} |`);
    lines.push('');
    return `${lines.join('\n')}\n`;
  }
} finally {
  await distantS3?.close();
  await s3?.close();
  await rm(minified.taskRoot, { recursive: true, force: true });
  await rm(deployed.taskRoot, { recursive: true, force: true });
}
