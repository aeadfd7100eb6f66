/**
 * Internal monitoring files end to end, through the real Lambda handler on a copy
 * of the real seeds with one internal REPORTED file: the public gets neither its
 * rows nor their counts nor the file, a caller whose API Gateway authorizer or API
 * key grants the internal role gets all of them, and nothing the client writes
 * itself unlocks them. A failed load reports internal files' problems to the log
 * only, not to the callers.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { getEvent, lambdaContext, postEvent, restGetEvent } from './helpers/lambda.ts';
import { addObservationFiles, rehashManifest } from './helpers/seeds.ts';
import { useFreshHandler, type HandlerModule } from './helpers/use-fresh-handler.ts';

const HEADER = 'indicator,region,period,value,unit';
const INTERNAL_KEY = 'observations/reported/internal/2024-preliminary.csv';
const INTERNAL_ROWS = `${HEADER}\nI04,411700,2024,8.61,万人\nI04,411725,2024,0.77,万人\nI08,411700,2021-2024,19.37,万人\nI11,411725,2024,4.9,%\n`;
const API_KEY_ID = 'k7r2m9q4xa';
const REFRESH_SECONDS = 1;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

const QUERY = `query ($after: String) {
  facts(filter: { kind: OBSERVATION }, first: 2, after: $after) { totalCount pageInfo { endCursor } edges { node { id origin { file } } } }
  aggregate(input: { measure: MAX, groupBy: [INDICATOR], filter: { kind: OBSERVATION } }) { totalRows rows { indicatorCode value count } }
  indicator(code: "I04") { facts(first: 50) { totalCount } progress { latestValue provenance } }
  dataset { files { key rows } }
}`;

interface Answer {
  facts: { totalCount: number; pageInfo: { endCursor: string | null }; edges: { node: { id: string; origin: { file: string } } }[] };
  aggregate: { totalRows: number; rows: { indicatorCode: string; value: number; count: number }[] };
  indicator: { facts: { totalCount: number }; progress: { latestValue: number | null; provenance: string | null } };
  dataset: { files: { key: string; rows: number }[] };
}

type Event = Parameters<HandlerModule['handler']>[0];

async function invoke(handlerModule: HandlerModule, event: Event) {
  const result = await handlerModule.handler(event, lambdaContext()) as APIGatewayProxyStructuredResultV2 & { multiValueHeaders?: Record<string, string[]> };
  // REST API answers carry their headers as lists.
  const listed = Object.fromEntries(Object.entries(result.multiValueHeaders ?? {}).map(([name, values]) => [name, values.join(', ')]));
  return { status: result.statusCode, headers: { ...listed, ...result.headers } as Record<string, string>, json: JSON.parse(result.body ?? 'null') };
}

/** An HTTP API event as API Gateway sends it after its JWT authorizer accepted the token. */
function withJwtScope(event: ReturnType<typeof postEvent>, scope: string) {
  (event as ReturnType<typeof postEvent> & { requestContext: { authorizer?: unknown } }).requestContext.authorizer = {
    jwt: { claims: { iss: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Ab12Cd34', sub: 'b1c2', scope }, scopes: scope.split(' ') },
  };
  return event;
}

const post = (variables: Record<string, unknown> = {}) => postEvent({ query: QUERY, variables });

describe('internal monitoring files through the Lambda handler', () => {
  const fresh = useFreshHandler(
    { SEEDS_SAMPLE: '0', SEEDS_REFRESH_SECONDS: String(REFRESH_SECONDS), INTERNAL_API_KEY_IDS: `other-key, ${API_KEY_ID}` },
    (dir) => addObservationFiles(dir, [{ key: INTERNAL_KEY, access: 'internal', bytes: INTERNAL_ROWS }]),
  );

  it('gives the public neither the rows, nor their counts, nor the file', async () => {
    const { status, json } = await invoke(fresh.module, post());
    expect(status).toBe(200);
    const answer = json.data as Answer;
    expect(answer.facts).toEqual({ totalCount: 0, pageInfo: { endCursor: null }, edges: [] });
    expect(answer.aggregate).toEqual({ totalRows: 0, rows: [] });
    // The plan's four facts on I04 only.
    expect(answer.indicator).toEqual({ facts: { totalCount: 4 }, progress: { latestValue: null, provenance: null } });
    expect(answer.dataset.files.map((f) => f.key)).not.toContain(INTERNAL_KEY);
    expect(JSON.stringify(json)).not.toMatch(/internal|8\.61|19\.37/);
  });

  it('gives a caller with the internal scope in its verified JWT every internal row, counted', async () => {
    const { status, headers, json } = await invoke(fresh.module, withJwtScope(post(), 'openid zmd:internal'));
    expect(status).toBe(200);
    expect(headers['cache-control']).toBe('no-store');
    const answer = json.data as Answer;
    expect(answer.facts.totalCount).toBe(4);
    expect(answer.facts.edges.every((e) => e.node.origin.file === INTERNAL_KEY)).toBe(true);
    expect(answer.aggregate.totalRows).toBe(3);
    expect(answer.aggregate.rows).toContainEqual({ indicatorCode: 'I04', value: 8.61, count: 2 });
    expect(answer.indicator).toEqual({ facts: { totalCount: 6 }, progress: { latestValue: 8.61, provenance: 'REPORTED' } });
    expect(answer.dataset.files).toContainEqual({ key: INTERNAL_KEY, rows: 4 });

    // Its cursor, handed to the public, pages through the public's rows: there are none.
    const next = await invoke(fresh.module, post({ after: answer.facts.pageInfo.endCursor }));
    expect((next.json.data as Answer).facts).toEqual({ totalCount: 0, pageInfo: { endCursor: null }, edges: [] });
  });

  it('gives a listed API key (REST API usage plan) the internal rows, and keeps the answer private', async () => {
    const event = restGetEvent('/graphql', { query: QUERY });
    Object.assign(event.headers, PREFLIGHT);
    event.requestContext.identity.apiKeyId = API_KEY_ID;
    const { status, headers, json } = await invoke(fresh.module, event);
    expect(status).toBe(200);
    expect((json.data as Answer).facts.totalCount).toBe(4);
    expect(headers['cache-control']).toMatch(/^private, /);
  });

  it('is not unlocked by anything the client writes itself', async () => {
    const spoofed: Event[] = [
      // Role and key headers, an unverified bearer token that claims the scope, on POST and GET.
      Object.assign(post(), { headers: { ...post().headers, 'x-roles': 'zmd:internal', 'x-api-key': API_KEY_ID, authorization: 'Bearer eyJzY29wZSI6InptZDppbnRlcm5hbCJ9' } }),
      getEvent({ query: QUERY }, { ...PREFLIGHT, 'x-roles': 'zmd:internal', 'x-api-key': API_KEY_ID, 'x-amzn-oidc-data': 'eyJ0eXAiOiJKV1QifQ.eyJyb2xlcyI6InptZDppbnRlcm5hbCJ9.' }),
      // A verified token without the role, or with a look-alike.
      withJwtScope(post(), 'openid zmd:read zmd:internal-preview'),
      // A REST API key that is not listed.
      Object.assign(restGetEvent('/graphql', { query: QUERY }), { headers: { ...PREFLIGHT } }),
    ];
    (spoofed[3] as ReturnType<typeof restGetEvent>).requestContext.identity.apiKeyId = 'q0w9e8r7t6';
    for (const event of spoofed) {
      const { status, json } = await invoke(fresh.module, event);
      expect(status).toBe(200);
      expect((json.data as Answer).facts.totalCount).toBe(0);
      expect((json.data as Answer).dataset.files.map((f) => f.key)).not.toContain(INTERNAL_KEY);
    }
  });

  it('reports a bad internal file to the log with its rows, and to callers without them', async () => {
    const before = (await invoke(fresh.module, post())).headers['x-data-version'];
    await writeFile(path.join(fresh.seedsDir, INTERNAL_KEY), `${HEADER}\nI04,411725,2024,-0.77,万人\n`);
    await rehashManifest(fresh.seedsDir);
    const written: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { written.push(String(chunk)); return true; });
    try {
      await new Promise((resolve) => setTimeout(resolve, REFRESH_SECONDS * 1000 + 50));
      await invoke(fresh.module, post());
      await fresh.module.servingWarehouse.whenIdle();
    } finally {
      stdout.mockRestore();
    }
    const query = '{ dataset { version refresh { state error } } }';
    for (const event of [postEvent({ query }), withJwtScope(postEvent({ query }), 'zmd:internal')]) {
      const { json } = await invoke(fresh.module, event);
      expect(json.data.dataset.version).toBe(before);
      expect(json.data.dataset.refresh.state).toBe('FAILED');
      expect(json.data.dataset.refresh.error).toContain('internal monitoring files: 1 issue(s), listed in the server log only');
      expect(json.data.dataset.refresh.error).not.toMatch(/internal\/|0\.77|411725/);
    }
    expect(written.join('')).toContain(`${INTERNAL_KEY} row 1 (I04/411725/2024) field value: -0.77 is negative`);
  });
});

describe('a cold start with a bad internal file', () => {
  const fresh = useFreshHandler(
    { SEEDS_SAMPLE: '0' },
    (dir) => addObservationFiles(dir, [{ key: INTERNAL_KEY, access: 'internal', bytes: `${HEADER}\nI04,411725,2024,0.77,人\n` }]),
  );

  it('answers 503 DATA_UNAVAILABLE without the internal file\'s name, rows or values', async () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const { status, json } = await invoke(fresh.module, post());
      expect(status).toBe(503);
      expect(json.errors[0].extensions.code).toBe('DATA_UNAVAILABLE');
      expect(json.errors[0].message).toContain('internal monitoring files: 1 issue(s), listed in the server log only');
      expect(json.errors[0].message).not.toMatch(/internal\/|411725|"人"/);
    } finally {
      stdout.mockRestore();
    }
  });
});
