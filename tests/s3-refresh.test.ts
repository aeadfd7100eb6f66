/**
 * The real Lambda handler serving seeds from a real S3-compatible server (s3rver on
 * loopback, behind a fault proxy), fed API Gateway v2 events. It answers exactly as
 * from the directory; a new version is checked for on a warm request, loaded in the
 * background and swapped in atomically; a bad new version is rejected while the old
 * one keeps serving; and no response ever mixes two versions.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RegionSeed, FactSeed } from '../dataset/seed.schemas.ts';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.ts';
import { startTestApi } from './helpers/graphql.ts';
import { lambdaContext, postEvent } from './helpers/lambda.ts';
import { listeningUrl, startServer } from './helpers/local-server.ts';
import { uploadSeedsDirectory } from './helpers/s3-seeds.ts';
import { startS3Server, type LocalS3 } from './helpers/s3-server.ts';
import { copySeeds, editRows, readJson, rehashManifest, REAL_SEEDS_DIR } from './helpers/seeds.ts';

const BUCKET = 'zmd-live';
const URL = `s3://${BUCKET}/prod`;
const S3_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };
let s3: LocalS3;
let proxy: FaultProxy;
let versionA: string;
let handlerModule: typeof import('../functions/graphql/handler.ts');
const savedEnv = { ...process.env };
const copies: { remove(): Promise<void> }[] = [];

beforeAll(async () => {
  s3 = await startS3Server();
  await s3.createBucket(BUCKET);
  versionA = (await uploadSeedsDirectory(s3.client, URL, REAL_SEEDS_DIR)).dataVersion;
  proxy = await startFaultProxy(s3.endpoint);
  Object.assign(process.env, S3_CREDENTIALS, {
    SEEDS_URL: URL, S3_ENDPOINT: proxy.endpoint, SEEDS_REFRESH_SECONDS: '0', SEEDS_READ_TIMEOUT_MS: '1000', SEEDS_READ_ATTEMPTS: '3',
  });
  handlerModule = await import('../functions/graphql/handler.ts');
});
afterAll(async () => {
  process.env = savedEnv;
  await handlerModule?.servingWarehouse.close();
  await proxy?.close();
  await s3?.close();
  for (const copy of copies) await copy.remove();
});

async function invoke<T>(query: string): Promise<{ status: number; data: T; errors?: unknown }> {
  const result = await handlerModule.handler(postEvent({ query }), lambdaContext());
  const body = JSON.parse(result.body ?? 'null') as { data: T; errors?: unknown };
  return { status: result.statusCode ?? 0, data: body.data, errors: body.errors };
}

/** A copy of the real seeds with one edit, uploaded as the prefix's new current version. */
async function uploadEditedVersion(edit: (dir: string) => Promise<void>): Promise<string> {
  const copy = await copySeeds();
  copies.push(copy);
  await edit(copy.dir);
  await rehashManifest(copy.dir);
  return (await uploadSeedsDirectory(s3.client, URL, copy.dir)).dataVersion;
}

const COMPARED = '{ chapters { number title sections { id } } indicators(first: 50) { totalCount edges { node { code baseline { value } target { valueText } } } } facts(first: 500) { totalCount edges { node { id value valueText source { quote } } } } }';

describe('Lambda handler on seeds in S3', () => {
  it('answers exactly as it does from the seeds directory', async () => {
    const fromS3 = await invoke<{ dataset?: unknown }>(COMPARED);
    expect(fromS3.status).toBe(200);
    const directory = await startTestApi();
    const fromDirectory = await directory.execute(COMPARED);
    await directory.close();
    expect(fromS3.data).toEqual(fromDirectory.data);
    const { data } = await invoke<{ dataset: { version: string; source: string; refresh: { state: string } } }>('{ dataset { version source refresh { state } } }');
    expect(data.dataset).toEqual({ version: versionA, source: URL, refresh: { state: 'CURRENT' } });
  });

  it('checks an unchanged manifest with one conditional request and nothing else', async () => {
    proxy.requests.length = 0;
    await invoke('{ plan { title } }');
    expect(proxy.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([`GET /${BUCKET}/prod/manifest.json`]);
  });

  it('rejects a new version with one bad row, keeps serving the old one and reports why', async () => {
    const writes = vi.spyOn(process.stdout, 'write');
    const badVersion = await uploadEditedVersion((dir) => editRows<FactSeed>(dir, 'data/facts.json', (rows) => { rows.find((f) => f.id === 's1.1-02')!.value = 26; }));
    const during = await invoke<{ dataset: { version: string } }>('{ dataset { version } }');
    expect(during.data.dataset.version).toBe(versionA);
    await handlerModule.servingWarehouse.whenIdle();

    const after = await invoke<{ dataset: { version: string; refresh: { state: string; error: string; failedVersion: string } } }>('{ dataset { version refresh { state error failedVersion } } }');
    expect(after.status).toBe(200);
    expect(after.data.dataset.version).toBe(versionA);
    expect(after.data.dataset.refresh).toMatchObject({ state: 'FAILED', failedVersion: badVersion });
    expect(after.data.dataset.refresh.error).toMatch(/data\/facts\.json row \d+ \(s1\.1-02\) field value: /);
    const logged = writes.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('data version failed to load'));
    writes.mockRestore();
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!)).toMatchObject({ level: 'error', phase: 'refresh', version: badVersion, source: URL });

    // The bad version is not downloaded again: the next checks are answered 304.
    proxy.requests.length = 0;
    await invoke('{ plan { title } }');
    await handlerModule.servingWarehouse.whenIdle();
    expect(proxy.requests.map((r) => r.path.split('?')[0])).toEqual([`/${BUCKET}/prod/manifest.json`]);
  });

  it('swaps a new version in while requests run; each response is wholly the old or wholly the new version', async () => {
    const renamed = 'Queshan County (renamed in version C)';
    const oldName = (await readJson<RegionSeed[]>(REAL_SEEDS_DIR, 'data/regions.json')).find((r) => r.code === '411725')!.nameEn;
    const versionC = await uploadEditedVersion((dir) => editRows<RegionSeed>(dir, 'data/regions.json', (rows) => { rows.find((r) => r.code === '411725')!.nameEn = renamed; }));
    const expected = new Map([[versionA, oldName], [versionC, renamed]]);
    const seen: string[] = [];
    // Waves of concurrent requests until the new version answers, bounded in time. Answers come from
    // the response cache in well under a millisecond, so each wave yields for a moment: the load of
    // the new version reads from the S3 server in this same process and needs the event loop too.
    const deadline = Date.now() + 20_000;
    for (let wave = 0; Date.now() < deadline && !seen.includes(versionC); wave += 1) {
      if (wave > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      const responses = await Promise.all(Array.from({ length: 20 }, () => invoke<{ dataset: { version: string }; region: { nameEn: string } }>('{ dataset { version } region(code: "411725") { nameEn } }')));
      for (const { data } of responses) {
        expect(data.region.nameEn).toBe(expected.get(data.dataset.version));
        seen.push(data.dataset.version);
      }
    }
    expect(seen[0]).toBe(versionA);
    expect(seen.at(-1)).toBe(versionC);
    // Once the new version answers, the old one never does again.
    expect(seen.slice(seen.indexOf(versionC)).every((v) => v === versionC)).toBe(true);
    const { data } = await invoke<{ dataset: { refresh: { state: string; error: string | null } } }>('{ dataset { refresh { state error } } }');
    expect(data.dataset.refresh).toEqual({ state: 'CURRENT', error: null });
  });
});

describe('npm start on seeds in S3', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('serves the version in S3, named by its s3:// URL', async () => {
    const version = (await uploadSeedsDirectory(s3.client, `s3://${BUCKET}/local`, REAL_SEEDS_DIR)).dataVersion;
    child = startServer({ ...S3_CREDENTIALS, SEEDS_URL: `s3://${BUCKET}/local`, S3_ENDPOINT: s3.endpoint }, savedEnv);
    const url = await listeningUrl(child);
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ dataset { version source } chapters { number } }' }), signal: AbortSignal.timeout(10_000) });
    const body = (await response.json()) as { data: { dataset: { version: string; source: string }; chapters: unknown[] } };
    expect(body.data.dataset).toEqual({ version, source: `s3://${BUCKET}/local` });
    expect(body.data.chapters).toHaveLength(13);
  });
});
