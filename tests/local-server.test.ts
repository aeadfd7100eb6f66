/**
 * npm start's server as a real process on loopback: it serves the README's
 * first query; by default it serves the labelled SAMPLE data, so every explorer tab
 * answers with rows, and SEEDS_SAMPLE=0 leaves it out; a browser opening /graphql is
 * sent to the explorer; on corrupted seeds it refuses to start, naming file, row and
 * field; on a busy port it says so in one line naming PORT. Waits are bounded.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { FactSeed } from '../dataset/seed.schemas.ts';
import { loadExampleOperations } from '../examples/example-operations.ts';
import { listeningUrl, NPM_START_DEFAULTS, START_TIMEOUT_MS, startServer as startLocalServer } from './helpers/local-server.ts';
import { copySeeds, editRows, rehashManifest } from './helpers/seeds.ts';

const running: ChildProcess[] = [];

function startServer(env: Record<string, string | undefined>): ChildProcess {
  const child = startLocalServer(env);
  running.push(child);
  return child;
}

afterAll(() => {
  for (const child of running) child.kill('SIGTERM');
});

async function postQuery(url: string, query: string, variables?: Record<string, unknown>): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(10_000) });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

/** The answer's rows as the explorer and the CSV export see them: its first list, depth first in document order. */
function firstList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return undefined;
  for (const child of Object.values(value)) {
    const list = firstList(child);
    if (list) return list;
  }
  return undefined;
}

/** Exit code and stderr of a server that is expected to stop on its own. */
async function exitOf(child: ChildProcess): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const [code] = (await Promise.race([once(child, 'exit'), new Promise((_, reject) => setTimeout(() => reject(new Error('no exit')), START_TIMEOUT_MS))])) as [number];
  return { code, stderr };
}

describe('local server', () => {
  it('serves { chapters { number title } } with 13 chapters over HTTP', async () => {
    const url = await listeningUrl(startServer({}));
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ chapters { number title } }' }), signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { chapters: { number: number; title: string }[] } };
    expect(body.data.chapters).toHaveLength(13);
    expect(body.data.chapters[12]).toEqual({ number: 13, title: '强化规划实施保障' });

    const notFound = await fetch(url.replace('/graphql', '/nothing'), { signal: AbortSignal.timeout(10_000) });
    expect(notFound.status).toBe(404);
  });

  it('serves the labelled SAMPLE data by default, as npm start does, and every explorer tab answers with rows', async () => {
    const child = startServer(NPM_START_DEFAULTS);
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    const url = await listeningUrl(child);
    const { data } = await postQuery(url, '{ dataset { version includesSample } }');
    expect(data).toEqual({ dataset: { version: expect.stringMatching(/\+sample$/), includesSample: true } });
    // The terminal says so too, and how to turn it off.
    expect(stdout).toContain('SEEDS_SAMPLE=0');

    // The examples are the explorer's tabs; each is run as the tab runs it, with its default variables.
    const examples = loadExampleOperations();
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      const answer = await postQuery(url, example.document);
      expect(answer.errors, example.name).toBeUndefined();
      expect(firstList(answer.data)?.length ?? 0, `${example.name}: its first list is empty on npm start's default`).toBeGreaterThan(0);
    }
  });

  it('leaves the SAMPLE data out with SEEDS_SAMPLE=0', async () => {
    const url = await listeningUrl(startServer({ SEEDS_SAMPLE: '0' }));
    const { data } = await postQuery(url, '{ dataset { version includesSample } facts(filter: { provenance: SAMPLE }) { totalCount } }');
    expect(data).toEqual({ dataset: { version: expect.not.stringMatching(/\+sample$/), includesSample: false }, facts: { totalCount: 0 } });
  });

  it('sends a browser opening /graphql to the explorer, and answers GraphQL GETs as before', async () => {
    const url = await listeningUrl(startServer({}));
    const browser = await fetch(url, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('./');
    expect(browser.headers.get('cache-control')).toBe('no-store');
    const followed = await fetch(url, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(10_000) });
    expect(followed.url).toBe(new URL('/', url).href);
    expect(followed.headers.get('content-type')).toBe('text/html; charset=utf-8');

    const get = await fetch(`${url}?query=${encodeURIComponent('{ chapters { number } }')}`, { headers: { 'apollo-require-preflight': 'true' }, signal: AbortSignal.timeout(10_000) });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: { chapters: unknown[] } }).data.chapters).toHaveLength(13);
  });

  it('on a busy port, stops with exit code 1 and one line naming PORT', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const port = (blocker.address() as AddressInfo).port;
      const { code, stderr } = await exitOf(startServer({ PORT: String(port) }));
      expect(code).toBe(1);
      expect(stderr).toBe(`Port ${port} is in use; set PORT to another port (PORT=0 picks a free one)\n`);
    } finally {
      blocker.close();
    }
  });

  it('refuses to start on corrupted seeds, naming file, row and field', async () => {
    const copy = await copySeeds();
    try {
      await editRows<FactSeed>(copy.dir, 'data/facts.json', (rows) => { rows.find((f) => f.id === 'I04-target')!.value = 10; });
      await rehashManifest(copy.dir);
      const child = startServer({ SEEDS_URL: copy.dir });
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      const [code] = (await Promise.race([once(child, 'exit'), new Promise((_, reject) => setTimeout(() => reject(new Error('no exit')), START_TIMEOUT_MS))])) as [number];
      expect(code).toBe(1);
      expect(stderr).toContain('Start-up failed');
      expect(stderr).toContain('data/facts.json row 8 (I04-target) field value: is 10 but the source prints 9');
    } finally {
      await copy.remove();
    }
  });
});
