/**
 * GET caching and automatic persisted queries through the real Lambda handler:
 * a successful GET is cacheable until the next refresh check with an ETag from the
 * data version; If-None-Match answers 304 without running the operation; errors and
 * POSTs are never stored; a new data version changes the ETag, so caches revalidate
 * into the new data. The example operations work by hash alone in a fresh container.
 */
import { createHash } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { loadExampleOperations } from '../examples/example-operations.ts';
import { getEvent, lambdaContext, postEvent } from './helpers/lambda.ts';
import { addObservationFiles } from './helpers/seeds.ts';
import { useFreshHandler, type HandlerModule } from './helpers/use-fresh-handler.ts';

const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const REFRESH_SECONDS = 1;
const fresh = useFreshHandler({ SEEDS_REFRESH_SECONDS: String(REFRESH_SECONDS) });

async function invoke(event: Parameters<HandlerModule['handler']>[0]) {
  const result = await fresh.module.handler(event, lambdaContext()) as APIGatewayProxyStructuredResultV2;
  const headers = result.headers as Record<string, string>;
  return { status: result.statusCode, headers, body: result.body ?? '', json: result.body ? JSON.parse(result.body) : undefined };
}

const get = (params: Record<string, string>, headers: Record<string, string> = {}) => invoke(getEvent(params, { ...PREFLIGHT, ...headers }));
const persistedQuery = (sha256Hash: string) => JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });

describe('GET caching', () => {
  it('marks a successful GET cacheable for the refresh interval, with an ETag naming the data version', async () => {
    const { status, headers } = await get({ query: '{ plan { title } }' });
    expect(status).toBe(200);
    expect(headers['cache-control']).toBe(`public, max-age=${REFRESH_SECONDS}`);
    expect(headers.etag).toMatch(new RegExp(`^W/"${headers['x-data-version']}\\.[0-9a-f]{12}"$`));
    expect(headers.vary).toBe('accept, authorization, x-api-key');
  });

  it('answers a matching If-None-Match 304 with no body, and any other 200', async () => {
    const first = await get({ query: '{ plan { title } }' });
    const revalidated = await get({ query: '{ plan { title } }' }, { 'if-none-match': first.headers.etag! });
    expect(revalidated).toMatchObject({ status: 304, body: '' });
    expect(revalidated.headers.etag).toBe(first.headers.etag);
    // Strong and listed forms match too (weak comparison).
    const listed = await get({ query: '{ plan { title } }' }, { 'if-none-match': `"other", ${first.headers.etag!.slice(2)}` });
    expect(listed.status).toBe(304);
    const stale = await get({ query: '{ plan { title } }' }, { 'if-none-match': 'W/"0000000000000000.000000000000"' });
    expect(stale.status).toBe(200);
    expect(stale.json.data.plan.title).toMatch(/驻马店/);
  });

  it('never stores a POST, an answer with errors or a refused request', async () => {
    const post = await invoke(postEvent({ query: '{ plan { title } }' }));
    expect(post.headers['cache-control']).toBe('no-store');
    expect(post.headers.etag).toBeUndefined();
    const withErrors = await get({ query: '{ facts(first: -1) { totalCount } }' });
    expect(withErrors.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(withErrors.headers['cache-control']).toBe('no-store');
    expect(withErrors.headers.etag).toBeUndefined();
    const malformed = await invoke({ ...postEvent({}), body: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.errors[0]).toMatchObject({ message: expect.stringMatching(/^The request body is not valid JSON/), extensions: { code: 'BAD_REQUEST' } });
  });

  it('changes the ETag when a new data version is served, so a revalidation gets the new data', async () => {
    const before = await get({ query: '{ dataset { version } }' });
    await addObservationFiles(fresh.seedsDir, [{ key: 'observations/reported/2023.csv', bytes: 'indicator,region,period,value,unit\nI01,411700,2023,27.5,万人\n' }]);
    // The first request after the refresh interval finds the new manifest and loads it in the background.
    await new Promise((resolve) => setTimeout(resolve, REFRESH_SECONDS * 1000 + 50));
    await get({ query: '{ plan { title } }' });
    await fresh.module.servingWarehouse.whenIdle();
    const after = await get({ query: '{ dataset { version } }' }, { 'if-none-match': before.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.json.data.dataset.version).not.toBe(before.json.data.dataset.version);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.headers.etag).toContain(after.json.data.dataset.version);
  });
});

describe('response cache', () => {
  it('answers a repeated operation on the same version without touching the warehouse, but never caches what changes within a version', async () => {
    const query = '{ indicator(code: "I06") { name facts { totalCount } } }';
    const first = await invoke(postEvent({ query }));
    const lease = await fresh.module.servingWarehouse.acquire();
    const reads = vi.spyOn(lease.warehouse.db, 'selectFrom');
    try {
      const again = await invoke(postEvent({ query }));
      expect(again.json).toEqual(first.json);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
      lease.release();
    }
  });

  it('answers the refresh status afresh (maxAge 0), not from the cache', async () => {
    const refreshQuery = '{ dataset { version refresh { state checkedAt } } }';
    const before = await invoke(postEvent({ query: refreshQuery }));
    // After the refresh interval the next request checks the manifest again, and says when.
    await new Promise((resolve) => setTimeout(resolve, REFRESH_SECONDS * 1000 + 50));
    await invoke(postEvent({ query: '{ plan { title } }' }));
    await fresh.module.servingWarehouse.whenIdle();
    const after = await invoke(postEvent({ query: refreshQuery }));
    expect(after.json.data.dataset.version).toBe(before.json.data.dataset.version);
    expect(Date.parse(after.json.data.dataset.refresh.checkedAt)).toBeGreaterThan(Date.parse(before.json.data.dataset.refresh.checkedAt));
  });
});

describe('automatic persisted queries', () => {
  const examples = loadExampleOperations();

  it.each(examples.map((example) => [example.name, example] as const))('answers the example %s by its hash alone, in a fresh container', async (_name, example) => {
    const { status, json, headers } = await get({ extensions: persistedQuery(example.sha256) });
    expect(json.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(Object.keys(json.data).length).toBeGreaterThan(0);
    expect(headers['cache-control']).toMatch(/^public/);
  });

  it('asks for the document of an unknown hash, then serves it by hash once registered', async () => {
    const query = '{ indicator(code: "I04") { name unit } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const unknown = await get({ extensions: persistedQuery(hash) });
    expect(unknown.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers['cache-control']).toBe('no-store');
    const registered = await invoke(postEvent({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));
    expect(registered.json.data.indicator).toEqual({ name: '高技能人才总量', unit: '万人' });
    const byHash = await get({ extensions: persistedQuery(hash) });
    expect(byHash.json.data.indicator).toEqual({ name: '高技能人才总量', unit: '万人' });
  });

  it('refuses a document that does not match its hash as a bad request, not as a masked internal error', async () => {
    const { status, json } = await invoke(postEvent({ query: '{ plan { title } }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }));
    expect(status).toBe(400);
    expect(json.errors[0]).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });
});
