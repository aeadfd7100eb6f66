/**
 * npm start's server as a real process on loopback: it serves the README's
 * first query, and on corrupted seeds it refuses to start, naming file, row and
 * field. Waits are bounded.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import type { FactSeed } from '../dataset/seed.schemas.ts';
import { listeningUrl, START_TIMEOUT_MS, startServer as startLocalServer } from './helpers/local-server.ts';
import { copySeeds, editRows, rehashManifest } from './helpers/seeds.ts';

const running: ChildProcess[] = [];

function startServer(env: Record<string, string>): ChildProcess {
  const child = startLocalServer(env);
  running.push(child);
  return child;
}

afterAll(() => {
  for (const child of running) child.kill('SIGTERM');
});

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
