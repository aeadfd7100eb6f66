/**
 * Seeds read from a real S3-compatible server (s3rver on loopback) through a fault
 * proxy: every read has a deadline covering the body, bounded retries with
 * backoff, and the length and SHA-256 of every file checked against the manifest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedValidationError, formatSeedIssue } from '../dataset/check/seed-issues.ts';
import { loadSeeds } from '../dataset/load-seed-version.ts';
import { SeedReadError } from '../dataset/sources/seed-source.ts';
import { parseS3Url, versionedKey } from '../dataset/sources/s3-layout.ts';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.ts';
import { s3SeedSource, uploadSeedsDirectory } from './helpers/s3-seeds.ts';
import { startS3Server, type LocalS3 } from './helpers/s3-server.ts';
import { REAL_SEEDS_DIR, readJson } from './helpers/seeds.ts';

const BUCKET = 'zmd-seeds';
const URL = `s3://${BUCKET}/plan`;
const OPTIONS = { includeSample: false };
let s3: LocalS3;
let proxy: FaultProxy;
let dataVersion: string;

beforeAll(async () => {
  s3 = await startS3Server();
  await s3.createBucket(BUCKET);
  dataVersion = (await uploadSeedsDirectory(s3.client, URL, REAL_SEEDS_DIR)).dataVersion;
  proxy = await startFaultProxy(s3.endpoint);
});
afterAll(async () => {
  await proxy?.close();
  await s3?.close();
});

function requestsFor(key: string) {
  return proxy.requests.filter((r) => r.method === 'GET' && r.path.includes(key));
}

async function issuesOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SeedValidationError);
  return (error as SeedValidationError).issues.map(formatSeedIssue);
}

describe('seeds from S3', () => {
  it('loads the same version as the directory, reading versioned keys after the manifest', async () => {
    proxy.requests.length = 0;
    const { source, client } = s3SeedSource(proxy.endpoint, URL);
    const data = await loadSeeds(source, OPTIONS);
    client.destroy();
    const onDisk = await readJson<{ dataVersion: string }>(REAL_SEEDS_DIR, 'manifest.json');
    expect(data.manifest.dataVersion).toBe(onDisk.dataVersion);
    expect(data.facts.length).toBe(195);
    const paths = proxy.requests.map((r) => r.path.split('?')[0]);
    expect(paths[0]).toBe(`/${BUCKET}/plan/manifest.json`);
    expect(paths.slice(1).every((p) => p!.startsWith(`/${BUCKET}/plan/versions/${dataVersion}/`))).toBe(true);
    // SAMPLE files are not even downloaded unless asked for.
    expect(paths.some((p) => p!.includes('observations/sample'))).toBe(false);
  });

  it('names a missing object and loads nothing', async () => {
    const url = `s3://${BUCKET}/missing-file`;
    await uploadSeedsDirectory(s3.client, url, REAL_SEEDS_DIR);
    await s3.deleteObject(BUCKET, versionedKey(parseS3Url(url), dataVersion, 'data/projects.json'));
    const { source, client } = s3SeedSource(proxy.endpoint, url);
    expect(await issuesOf(loadSeeds(source, OPTIONS))).toEqual(['data/projects.json: is listed in the manifest but missing']);
    client.destroy();
  });

  it('says so when the prefix has no manifest at all', async () => {
    const { source, client } = s3SeedSource(proxy.endpoint, `s3://${BUCKET}/nothing-here`);
    await expect(loadSeeds(source, OPTIONS)).rejects.toThrow(/manifest\.json: does not exist at s3:\/\/zmd-seeds\/nothing-here\/manifest\.json/);
    client.destroy();
  });

  it('rejects a body whose SHA-256 differs from the manifest, naming file and field', async () => {
    proxy.addFault({ pathIncludes: 'data/boxes.json', fault: { kind: 'corrupt-body' }, times: 1 });
    const { source, client } = s3SeedSource(proxy.endpoint, URL);
    const issues = await issuesOf(loadSeeds(source, OPTIONS));
    client.destroy();
    expect(issues.some((line) => /^manifest\.json row \d+ \(data\/boxes\.json\) field sha256: says [0-9a-f]{64}; the file hashes to [0-9a-f]{64}$/.test(line))).toBe(true);
  });

  it('retries HTTP 503 with backoff and then succeeds', async () => {
    proxy.requests.length = 0;
    proxy.addFault({ method: 'GET', pathIncludes: 'data/sections.json', fault: { kind: 'status', status: 503 }, times: 2 });
    const { source, retries, client } = s3SeedSource(proxy.endpoint, URL);
    const data = await loadSeeds(source, OPTIONS);
    client.destroy();
    expect(data.sections).toHaveLength(55);
    expect(requestsFor('data/sections.json').map((r) => r.fault ?? 'ok')).toEqual(['status', 'status', 'ok']);
    expect(retries.map((r) => r.notice.attempt)).toEqual([1, 2]);
    expect(retries.every((r) => r.url.endsWith('data/sections.json') && r.notice.delayMs >= 0 && r.notice.delayMs <= 50)).toBe(true);
  });

  it('gives up after the last attempt with an error naming the file and the status', async () => {
    proxy.addFault({ method: 'GET', pathIncludes: 'data/regions.json', fault: { kind: 'status', status: 503 }, times: 3 });
    const { source, client } = s3SeedSource(proxy.endpoint, URL);
    const error = await loadSeeds(source, OPTIONS).then(() => undefined, (e: unknown) => e);
    client.destroy();
    expect(error).toBeInstanceOf(SeedReadError);
    expect((error as Error).message).toMatch(/^data\/regions\.json: could not be read from s3:\/\/zmd-seeds\/plan\/versions\/[0-9a-f]{16}\/data\/regions\.json: HTTP 503 SlowDown$/);
  });

  it('abandons a body that stalls at the deadline and retries it', async () => {
    proxy.requests.length = 0;
    proxy.addFault({ method: 'GET', pathIncludes: 'data/chapters.json', fault: { kind: 'stall-body', afterBytes: 1000 }, times: 1 });
    const { source, retries, client } = s3SeedSource(proxy.endpoint, URL, { timeoutMs: 300 });
    const data = await loadSeeds(source, OPTIONS);
    client.destroy();
    expect(data.chapters).toHaveLength(13);
    expect(requestsFor('data/chapters.json').map((r) => r.fault ?? 'ok')).toEqual(['stall-body', 'ok']);
    expect(retries.map((r) => r.notice.error.message)).toEqual([expect.stringMatching(/^no complete response within \d+ ms$/)]);
  });

  it('abandons headers that arrive after the deadline and retries', async () => {
    proxy.requests.length = 0;
    proxy.addFault({ method: 'GET', pathIncludes: 'data/plan.json', fault: { kind: 'delay-headers', ms: 1500 }, times: 1 });
    const { source, retries, client } = s3SeedSource(proxy.endpoint, URL, { timeoutMs: 300 });
    const data = await loadSeeds(source, OPTIONS);
    client.destroy();
    expect(data.plan.documentNumber).toBe('驻政〔2022〕36号');
    expect(retries).toHaveLength(1);
    expect(retries[0]!.notice.error.message).toMatch(/^no complete response within \d+ ms$/);
  });

  it('never takes a body cut mid-stream for the whole file', async () => {
    proxy.requests.length = 0;
    proxy.addFault({ method: 'GET', pathIncludes: 'data/facts.json', fault: { kind: 'cut-body', afterBytes: 4096 }, times: 1 });
    const { source, retries, client } = s3SeedSource(proxy.endpoint, URL);
    const data = await loadSeeds(source, OPTIONS);
    client.destroy();
    expect(data.facts).toHaveLength(195);
    expect(requestsFor('data/facts.json').map((r) => r.fault ?? 'ok')).toEqual(['cut-body', 'ok']);
    expect(retries).toHaveLength(1);
  });

  it('answers a conditional manifest read with "unchanged" until the manifest changes', async () => {
    const { source, client } = s3SeedSource(proxy.endpoint, URL);
    const first = await source.readManifest();
    if (first === 'unchanged') throw new Error('unexpected');
    expect(await source.readManifest({ ifNoneMatch: first.etag, refreshCheck: true })).toBe('unchanged');
    expect(await source.readManifest({ ifNoneMatch: '"another-etag"', refreshCheck: true })).toMatchObject({ etag: first.etag });
    client.destroy();
  });

  it('makes one attempt only for a refresh check, which a request waits on', async () => {
    proxy.requests.length = 0;
    proxy.addFault({ method: 'GET', pathIncludes: 'plan/manifest.json', fault: { kind: 'status', status: 503 }, times: 1 });
    const { source, retries, client } = s3SeedSource(proxy.endpoint, URL);
    await expect(source.readManifest({ ifNoneMatch: '"x"', refreshCheck: true })).rejects.toThrow(/HTTP 503/);
    client.destroy();
    expect(retries).toHaveLength(0);
    expect(requestsFor('plan/manifest.json')).toHaveLength(1);
  });
});
