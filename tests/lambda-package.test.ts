/**
 * The deployable artifact, end to end and offline: `npm run lambda:package` (the
 * bundle for arm64, then `osls package`, no AWS account, no credentials), the
 * CloudFormation template it wrote, the zip's contents, and the packaged handler
 * itself answering API Gateway HTTP API (payload 2.0) events in a Node 24 process
 * of its own, reading the repo's seeds from a real S3 API (s3rver on loopback)
 * with the environment the template gives the function.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR } from '../core/config.ts';
import { readElfCpu } from '../infra/lambda-bundle/elf-machine.ts';
import { ARTIFACT_ZIP, BUNDLE_FILE, LAMBDA_PLATFORM, PROJECT_ROOT } from '../infra/lambda-bundle/lambda-layout.ts';
import { resolveIntrinsics } from './helpers/cloudformation.ts';
import {
  addHostDuckdbBinding, lambdaRuntimeEnv, listZipEntries, packageLambda, readPackagedFunction, unzipArtifact, type PackagedFunction,
} from './helpers/lambda-artifact.ts';
import { getEvent, postEvent } from './helpers/lambda.ts';
import { startPackagedHandler, type PackagedHandler } from './helpers/packaged-handler.ts';
import { uploadSeedsDirectory } from './helpers/s3-seeds.ts';
import { startS3Server, type LocalS3 } from './helpers/s3-server.ts';

/** The project's pinned Node 24, standing in for the nodejs24.x runtime. */
const NODE = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
/** Bundle, platform install (registry on a cold npm cache), zip, osls: ~15 s here; generous for slow CI. */
const PACKAGING_TIMEOUT_MS = 5 * 60_000;
const BUCKET = 'zmd-package-test';
const REGION = 'cn-north-1';

/** Lambda's limit for a function's unzipped code; the bundle should stay far below it. */
const LAMBDA_UNZIPPED_LIMIT = 250 * 1024 * 1024;
/** Lambda's limit on a synchronous invocation's response, measured as the serialised result. */
const LAMBDA_RESPONSE_LIMIT_BYTES = 6 * 1024 * 1024;

/**
 * Everything the artifact may hold. Anything else (TypeScript sources, tests, dev
 * dependencies, the x64 binding) fails the test and names the file.
 */
const ALLOWED_ENTRIES = [
  /^functions\/graphql\/index\.mjs$/,
  /^functions\/graphql\/index\.mjs\.map$/,
  /^functions\/graphql\/index\.mjs\.LEGAL\.txt$/,
  /^schema\/[\w-]+\.graphql$/,
  /^examples\/[\w-]+\.graphql$/,
  /^explorer\/dist\/[^/]+$/,
  /^dashboard\/dist\/[^/]+$/,
  /^node_modules\/@duckdb\/node-api\/(?!.*\.d\.ts$).+$/,
  /^node_modules\/@duckdb\/node-bindings\/(?!.*\.d\.ts$).+$/,
  /^node_modules\/@duckdb\/node-bindings-linux-arm64\/.+$/,
  /^node_modules\/detect-libc\/(?!.*\.d\.ts$).+$/,
];

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

let packagingMs: number;
let fn: PackagedFunction;
let entries: string[];
let taskRoot: string;
let s3: LocalS3 | undefined;
let lambda: PackagedHandler | undefined;

beforeAll(async () => {
  ({ ms: packagingMs } = await packageLambda(PACKAGING_TIMEOUT_MS));
  fn = await readPackagedFunction();
  entries = await listZipEntries(ARTIFACT_ZIP);
  taskRoot = await mkdtemp(path.join(os.tmpdir(), 'lambda-task-'));
  await unzipArtifact(ARTIFACT_ZIP, taskRoot);
}, PACKAGING_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await lambda?.close();
  await s3?.close();
  if (taskRoot) await rm(taskRoot, { recursive: true, force: true });
});

describe('packaging (osls package, offline)', () => {
  it('declares an arm64 nodejs24.x function whose handler is the bundle', () => {
    expect(fn.runtime).toBe('nodejs24.x');
    expect(fn.architectures).toEqual([LAMBDA_PLATFORM.cpu]);
    expect(fn.handler).toBe(`${BUNDLE_FILE.replace(/\.mjs$/, '')}.handler`);
    expect(fn.codeS3Key.endsWith(`/${path.basename(ARTIFACT_ZIP)}`)).toBe(true);
    expect(fn.memorySize).toBeGreaterThanOrEqual(512);
    expect(fn.timeout).toBeGreaterThan(0);
    expect(fn.timeout).toBeLessThanOrEqual(29); // HTTP API integrations give up after 30 s
  });

  it('routes GraphQL, the explorer, the dashboard and the CSV export to it', () => {
    expect(fn.routes).toEqual(['GET /', 'GET /dashboard', 'GET /dashboard/{proxy+}', 'GET /explorer/{proxy+}', 'GET /export.csv', 'GET /graphql', 'POST /graphql']);
  });

  it('reads its seeds from the seeds bucket by reference, with read-only access to the prefix in any partition', () => {
    const references = { SeedsBucket: BUCKET, 'AWS::Partition': 'aws-cn', 'AWS::Region': REGION, 'AWS::AccountId': '123456789012' };
    expect(resolveIntrinsics(fn.environment.SEEDS_URL, references)).toBe(`s3://${BUCKET}/seeds`);
    // Source-mapped stack traces cost ~40 ms of every cold start; they are for debugging, switched on by hand.
    expect(fn.environment.NODE_OPTIONS).toBeUndefined();
    // graphql-js runs its production code paths (plain instanceof checks) only when told to.
    expect(fn.environment.NODE_ENV).toBe('production');
    const s3Statements = fn.iamStatements.filter((statement) => statement.Action.some((action) => action.startsWith('s3:')));
    expect(s3Statements).toHaveLength(1);
    expect(s3Statements[0]!.Action).toEqual(['s3:GetObject']);
    expect(resolveIntrinsics(s3Statements[0]!.Resource, references)).toEqual([`arn:aws-cn:s3:::${BUCKET}/seeds/*`]);
  });
});

describe('the artifact', () => {
  it(`ships DuckDB's ${LAMBDA_PLATFORM.os}-${LAMBDA_PLATFORM.cpu} binding, built for that CPU, and no other`, async () => {
    const binding = `node_modules/@duckdb/node-bindings-${LAMBDA_PLATFORM.os}-${LAMBDA_PLATFORM.cpu}`;
    expect(entries).toContain(`${binding}/duckdb.node`);
    expect(entries).toContain(`${binding}/libduckdb.so`);
    const nativeFiles = entries.filter((entry) => /\.(node|so(\.\d+)*)$/.test(entry));
    for (const entry of nativeFiles) {
      // e_machine 0xB7: aarch64
      expect(`${entry}: ${await readElfCpu(path.join(taskRoot, entry))}`).toBe(`${entry}: arm64`);
    }
    expect(entries.filter((entry) => /node-bindings-(?!linux-arm64\/)/.test(entry))).toEqual([]);
  });

  it('holds the bundle, the files it reads and the DuckDB packages, nothing else', async () => {
    const unexpected = entries.filter((entry) => !ALLOWED_ENTRIES.some((allowed) => allowed.test(entry)));
    expect(unexpected).toEqual([]);
    // Said once more in words: no sources, tests or dev tools.
    expect(entries.filter((entry) => /\.(ts|tsx)$/.test(entry) || /^(tests|bench|dataset|warehouse|resolvers|seeds)\//.test(entry))).toEqual([]);
    expect(entries.filter((entry) => /^node_modules\/(node|vitest|osls|typescript|esbuild|s3rver|@types|graphql|@apollo)\//.test(entry))).toEqual([]);
    expect(entries).toContain(BUNDLE_FILE);
    expect(entries).toContain(`${BUNDLE_FILE}.map`);
    expect(entries).toContain('schema/common.graphql');
    expect(entries.some((entry) => entry.startsWith('examples/'))).toBe(true);
    expect(entries).toContain('explorer/dist/index.html');
    expect(entries).toContain('dashboard/dist/index.html');

    const zipBytes = (await stat(ARTIFACT_ZIP)).size;
    const sizes = await Promise.all(entries.map(async (entry) => (await stat(path.join(taskRoot, entry))).size));
    const unzippedBytes = sizes.reduce((sum, size) => sum + size, 0);
    const bundleBytes = (await stat(path.join(taskRoot, BUNDLE_FILE))).size;
    console.info(`lambda artifact: ${mib(zipBytes)} zipped, ${mib(unzippedBytes)} unzipped, ${entries.length} files; bundle ${mib(bundleBytes)}; packaging took ${(packagingMs / 1000).toFixed(1)} s`);
    expect(unzippedBytes).toBeLessThan(LAMBDA_UNZIPPED_LIMIT / 2);
  });
});

describe('the packaged handler, on this machine', () => {
  beforeAll(async () => {
    await addHostDuckdbBinding(taskRoot);
    s3 = await startS3Server();
    await s3.createBucket(BUCKET);
    await uploadSeedsDirectory(s3.client, `s3://${BUCKET}/seeds`, DEFAULT_SEEDS_DIR);
    // The function's environment exactly as the template sets it, the bucket resolved to
    // the local one, plus what only the local S3 needs.
    const functionEnv = resolveIntrinsics(fn.environment, { SeedsBucket: BUCKET }) as Record<string, string>;
    lambda = startPackagedHandler({
      node: NODE,
      taskRoot,
      handler: fn.handler,
      env: {
        ...lambdaRuntimeEnv(fn, taskRoot, REGION),
        ...functionEnv,
        S3_ENDPOINT: s3.endpoint,
        AWS_ACCESS_KEY_ID: 'S3RVER',
        AWS_SECRET_ACCESS_KEY: 'S3RVER',
      },
    });
    await lambda.ready;
  }, 90_000);

  it('answers a POST query with the real seeds from S3', async () => {
    const { result, error } = await lambda!.invoke(postEvent({ query: '{ indicator(code: "I04") { name unit target { value periodEnd } } dataset { source } }' }));
    expect(error).toBeUndefined();
    const response = result as { statusCode: number; body: string; headers: Record<string, string> };
    expect(response.statusCode, response.body).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({
      data: { indicator: { name: '高技能人才总量', unit: '万人', target: { value: 9, periodEnd: 2025 } } },
    });
    expect(JSON.parse(response.body).data.dataset.source).toContain(`s3://${BUCKET}/seeds`);
  });

  it('answers GET /graphql', async () => {
    const { result } = await lambda!.invoke(getEvent({ query: '{ chapters { number } }' }, { 'apollo-require-preflight': 'true' }));
    const response = result as { statusCode: number; body: string };
    expect(response.statusCode, response.body).toBe(200);
    expect(JSON.parse(response.body).data.chapters).toHaveLength(13);
  });

  it('serves the explorer page and its assets from the artifact', async () => {
    const page = (await lambda!.invoke(getEvent({}, { accept: 'text/html' }, '/'))).result as { statusCode: number; body: string; headers: Record<string, string>; isBase64Encoded?: boolean };
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const html = page.isBase64Encoded ? Buffer.from(page.body, 'base64').toString() : page.body;
    const asset = /"(?:\/)?explorer\/(app-[A-Z2-7]{8}\.js)"/.exec(html)?.[1];
    expect(asset, html.slice(0, 500)).toBeDefined();
    // Asked for without gzip (curl, some proxies), the largest file must still fit Lambda's
    // 6 MB response limit, which counts the result as JSON: text goes out as it is, not base64.
    const script = (await lambda!.invoke(getEvent({}, {}, `/explorer/${asset}`))).result as { statusCode: number; headers: Record<string, string>; body: string; isBase64Encoded?: boolean };
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.isBase64Encoded).toBe(false);
    expect(Buffer.byteLength(JSON.stringify(script))).toBeLessThan(LAMBDA_RESPONSE_LIMIT_BYTES);
    const gzipped = (await lambda!.invoke(getEvent({}, { 'accept-encoding': 'gzip' }, `/explorer/${asset}`))).result as typeof script;
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.isBase64Encoded).toBe(true);
    expect(gunzipSync(Buffer.from(gzipped.body, 'base64')).toString('utf8')).toBe(script.body);
  });

  it('serves the dashboard page and its assets from the artifact, each answer under the 6 MB limit', async () => {
    const page = (await lambda!.invoke(getEvent({}, { accept: 'text/html' }, '/dashboard'))).result as { statusCode: number; body: string; headers: Record<string, string>; isBase64Encoded?: boolean };
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const html = page.isBase64Encoded ? Buffer.from(page.body, 'base64').toString() : page.body;
    const assets = [...html.matchAll(/"dashboard\/((?:app|favicon)-[A-Z2-7]{8}\.(?:js|css|svg))"/g)].map((match) => match[1]!);
    expect(assets.filter((asset) => asset.endsWith('.js')), html.slice(0, 800)).toHaveLength(1);
    expect(assets.filter((asset) => asset.endsWith('.css'))).toHaveLength(1);
    for (const asset of assets) {
      const plain = (await lambda!.invoke(getEvent({}, {}, `/dashboard/${asset}`))).result as { statusCode: number; headers: Record<string, string>; body: string; isBase64Encoded?: boolean };
      expect(plain.statusCode, asset).toBe(200);
      expect(plain.isBase64Encoded).toBe(false);
      expect(plain.headers['cache-control']).toContain('immutable');
      expect(Buffer.byteLength(JSON.stringify(plain))).toBeLessThan(LAMBDA_RESPONSE_LIMIT_BYTES);
      const gzipped = (await lambda!.invoke(getEvent({}, { 'accept-encoding': 'gzip' }, `/dashboard/${asset}`))).result as typeof plain;
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(Buffer.from(gzipped.body, 'base64')).toString('utf8')).toBe(plain.body);
    }
  });

  it('exports an example operation as CSV', async () => {
    const { result } = await lambda!.invoke(getEvent({ id: 'status-of-all-table-indicators' }, {}, '/export.csv'));
    const response = result as { statusCode: number; body: string; headers: Record<string, string>; isBase64Encoded?: boolean };
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const csv = response.isBase64Encoded ? Buffer.from(response.body, 'base64').toString() : response.body;
    expect(csv.split('\n').length).toBeGreaterThan(10);
  });
});
