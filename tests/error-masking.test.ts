/** An unexpected error reaches the client masked, and is logged in full with the request id. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MASKED_MESSAGE } from '../core/errors.ts';
import { startTestApi, type TestApi } from './helpers/graphql.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close().catch(() => undefined);
});

describe('error masking', () => {
  it('masks an internal failure and logs it with the request id', async () => {
    // A real internal failure: the warehouse's database goes away under the server. (Facts are
    // queried in the warehouse on every request; the plan's own tables come from memory.)
    await api.warehouse.db.destroy();
    const result = await api.execute('{ facts(first: 1) { totalCount } }');
    expect(result.errors).toEqual([{ message: MASKED_MESSAGE, path: ['facts'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(result)).not.toMatch(/destroy|driver|stack|duckdb/i);
    const logged = api.logLines.map((line) => JSON.parse(line) as Record<string, string>).find((entry) => entry.message === 'unexpected error');
    expect(logged).toMatchObject({ level: 'error', requestId: expect.stringMatching(/^test-\d+$/), error: expect.stringMatching(/destroy/i) });
  });
});
