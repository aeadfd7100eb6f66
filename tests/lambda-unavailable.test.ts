/**
 * A Lambda container whose seeds are corrupted: every request gets 503
 * DATA_UNAVAILABLE naming file, row and field; nothing partial is served, and a
 * later request tries to load again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactSeed } from '../dataset/seed.schemas.ts';
import { copySeeds, editRows, rehashManifest } from './helpers/seeds.ts';
import { lambdaContext, postEvent } from './helpers/lambda.ts';

let copy: Awaited<ReturnType<typeof copySeeds>>;
let handler: (typeof import('../functions/graphql/handler.ts'))['handler'];
const originalSeedsDir = process.env.SEEDS_URL;

beforeAll(async () => {
  copy = await copySeeds();
  await editRows<FactSeed>(copy.dir, 'data/facts.json', (rows) => { rows.find((f) => f.id === 'I04-target')!.value = 10; });
  await rehashManifest(copy.dir);
  process.env.SEEDS_URL = copy.dir;
  ({ handler } = await import('../functions/graphql/handler.ts'));
});
afterAll(async () => {
  if (originalSeedsDir === undefined) delete process.env.SEEDS_URL;
  else process.env.SEEDS_URL = originalSeedsDir;
  await copy.remove();
});

async function invoke() {
  const result = (await handler(postEvent({ query: '{ chapters { number } }' }), lambdaContext()));
  return { status: result.statusCode, json: JSON.parse(result.body ?? 'null') };
}

describe('Lambda handler without loadable data', () => {
  it('answers 503 DATA_UNAVAILABLE naming file, row and field, with no data', async () => {
    const { status, json } = await invoke();
    expect(status).toBe(503);
    expect(json.data).toBeUndefined();
    expect(json.errors[0].extensions.code).toBe('DATA_UNAVAILABLE');
    expect(json.errors[0].message).toContain('data/facts.json row 8 (I04-target) field value: is 10 but the source prints 9');
  });

  it('tries again on the next request, and serves once the seeds are repaired', async () => {
    await editRows<FactSeed>(copy.dir, 'data/facts.json', (rows) => { rows.find((f) => f.id === 'I04-target')!.value = 9; });
    await rehashManifest(copy.dir);
    const { status, json } = await invoke();
    expect(status).toBe(200);
    expect(json.data.chapters).toHaveLength(13);
  });
});
