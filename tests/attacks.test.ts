/**
 * Hostile requests against the real Lambda handler (API Gateway v2 events) and the
 * real local server. Each is refused before any resolver runs — the answer has no
 * `data` at all — with the status and code that say why, or shown harmless; and the
 * service answers normally afterwards.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  getNamedType, getNullableType, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_REQUEST_LIMITS } from '../core/config.ts';
import { MASKED_MESSAGE } from '../core/errors.ts';
import { createExecutableSchema } from '../functions/graphql/apollo-server.ts';
import { getEvent, lambdaContext, postEvent } from './helpers/lambda.ts';
import { listeningUrl, startServer } from './helpers/local-server.ts';
import { useLocalServer } from './helpers/use-local-server.ts';

const savedEnv = { ...process.env };
let handlerModule: typeof import('../functions/graphql/handler.ts');
const logLines: string[] = [];

beforeAll(async () => {
  process.env.LOG_LEVEL = 'info';
  // The handler logs to stdout; keep its lines to check what an unexpected error leaves behind.
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logLines.push(String(chunk));
    return true;
  });
  handlerModule = await import('../functions/graphql/handler.ts');
});
afterAll(async () => {
  vi.restoreAllMocks();
  process.env = savedEnv;
  await handlerModule?.servingWarehouse.close();
});

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function invoke(event: Parameters<typeof handlerModule.handler>[0]): Promise<Answer> {
  const result = await handlerModule.handler(event, lambdaContext()) as APIGatewayProxyStructuredResultV2;
  return { status: result.statusCode!, body: JSON.parse(result.body!) };
}

const post = (query: string, variables?: Record<string, unknown>) => invoke(postEvent({ query, ...(variables ? { variables } : {}) }));

/** Refused before execution: no `data` key at all, one of the given codes, and the message names the limit. */
function expectRefused(answer: Answer, status: number, code: string, message: RegExp) {
  expect(answer.status).toBe(status);
  expect(answer.body).not.toHaveProperty('data');
  expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
  expect(answer.body.errors?.map((error) => error.message).join('\n')).toMatch(message);
}

/** Depth 2 × levels + 2 without lists, so only the depth limit can refuse it (not the cost). */
const nested = (levels: number) => `{ indicator(code: "I04") { ${'target { indicator { '.repeat(levels)}code${' } }'.repeat(levels)} } }`;

describe('limits, each refused before any resolver runs', () => {
  it(`refuses nesting past the depth limit (${DEFAULT_REQUEST_LIMITS.maxDepth}) and allows it at the limit`, async () => {
    expectRefused(await post(nested(6)), 400, 'GRAPHQL_VALIDATION_FAILED', /Query depth limit of 12 exceeded, found 14/);
    const atLimit = await post(nested(5));
    expect(atLimit.body.errors).toBeUndefined();
    expect(JSON.stringify(atLimit.body.data)).toContain('"code":"I04"');
  });

  it('finds depth hidden in fragments', async () => {
    const query = `{ ...L1 }
      fragment L1 on Query { chapters { sections { ...L2 } } }
      fragment L2 on Section { chapter { sections { ...L3 } } }
      fragment L3 on Section { chapter { sections { ...L4 } } }
      fragment L4 on Section { chapter { sections { chapter { sections { chapter { sections { id } } } } } } }`;
    expectRefused(await post(query), 400, 'GRAPHQL_VALIDATION_FAILED', /Query depth limit of 12 exceeded/);
  });

  it('refuses 5,000 aliases at the parser (token limit), and 31 aliases at the alias limit', async () => {
    const aliases = (count: number) => `{${Array.from({ length: count }, (_, i) => `a${i}:plan{title}`).join(' ')}}`;
    expectRefused(await post(aliases(5000)), 400, 'GRAPHQL_PARSE_FAILED', /Document contains more tha[nt] 2000 tokens/);
    expectRefused(await post(aliases(31)), 400, 'GRAPHQL_VALIDATION_FAILED', /Aliases limit of 30 exceeded, found 31/);
  });

  it('refuses a field repeated 2,000 times at the parser', async () => {
    expectRefused(await post(`{ plan { ${'title '.repeat(2000)} } }`), 400, 'GRAPHQL_PARSE_FAILED', /more tha[nt] 2000 tokens/);
  });

  it('refuses 60 directives', async () => {
    expectRefused(await post(`{ plan { ${'title @include(if: true) '.repeat(60)} } }`), 400, 'GRAPHQL_VALIDATION_FAILED', /Directives limit of 20 exceeded, found 60/);
  });

  it('refuses circular fragments without looping', async () => {
    const query = '{ ...A } fragment A on Query { plan { title } ...B } fragment B on Query { chapters { number } ...A }';
    expectRefused(await post(query), 400, 'GRAPHQL_VALIDATION_FAILED', /Cannot spread fragment "A" within itself/);
  });

  it('refuses first: 99999999 by cost, as a literal and as a variable alike', async () => {
    const literal = await post('{ facts(first: 99999999) { edges { node { id value } } } }');
    expectRefused(literal, 400, 'COST_LIMIT_EXCEEDED', /Query cost \d+ exceeds the limit of 1000000/);
    const variable = await post('query($n: Int) { facts(first: $n) { edges { node { id value } } } }', { n: 99_999_999 });
    expectRefused(variable, 400, 'COST_LIMIT_EXCEEDED', /Query cost \d+ exceeds the limit of 1000000/);
    expect(variable.body.errors![0]!.extensions).toMatchObject({ cost: literal.body.errors![0]!.extensions!.cost, maxCost: 1_000_000 });
  });

  it('refuses nested connections whose pages multiply past the cost limit', async () => {
    const query = '{ indicators(first: 500) { edges { node { facts(first: 500) { edges { node { id value unit valueText } } } } } } }';
    expectRefused(await post(query), 400, 'COST_LIMIT_EXCEEDED', /Query cost \d+ exceeds the limit of 1000000/);
  });

  it('caps the page size in the resolver too, where the cost is small enough to run', async () => {
    const answer = await post('query($n: Int) { facts(first: $n) { totalCount } }', { n: 600 });
    expect(answer.body.errors?.[0]).toMatchObject({ message: 'Invalid argument "first": must be at most 500, got 600', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a batched (JSON array) body', async () => {
    const event = postEvent([{ query: '{ plan { title } }' }, { query: '{ chapters { number } }' }]);
    const answer = await invoke(event);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toMatch(/batching/i);
    expect(answer.body).not.toHaveProperty('data');
  });

  it('refuses a text/plain POST (a CSRF-able simple request)', async () => {
    const event = postEvent({ query: '{ plan { title } }' });
    event.headers['content-type'] = 'text/plain';
    const answer = await invoke(event);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a mutation over GET', async () => {
    const answer = await invoke(getEvent({ query: 'mutation { plan { title } }' }, { 'apollo-require-preflight': 'true' }));
    expect([400, 405]).toContain(answer.status);
    expect(answer.body).not.toHaveProperty('data');
  });

  it('refuses an oversized body with 413 before parsing it', async () => {
    const answer = await post(`{ plan { title } } # ${'x'.repeat(200 * 1024)}`);
    expectRefused(answer, 413, 'PAYLOAD_TOO_LARGE', /The request body is \d+ bytes; the limit is 102400 \(MAX_REQUEST_BYTES\)/);
  });

  it('answers normally after all of the above', async () => {
    expect((await post('{ indicator(code: "I04") { name } }')).body).toEqual({ data: { indicator: { name: '高技能人才总量' } } });
  });
});

describe('SQL-injection-shaped strings in every string argument', () => {
  const schema = createExecutableSchema();
  const PAYLOADS = [`' OR '1'='1`, `'; DROP TABLE fact; --`, `%' UNION SELECT sql FROM sqlite_master --`, `\\'); SELECT pg_sleep(5); --`, `$$; COPY fact TO '/tmp/x'; $$`, '%_%'];

  /** A value of the right shape for a required argument that is not under attack. */
  function harmless(type: GraphQLInputType): unknown {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return [harmless(nullable.ofType)];
    if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
    if (isInputObjectType(nullable)) {
      return Object.fromEntries(Object.values(nullable.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, harmless(field.type)]));
    }
    return nullable.name === 'Int' || nullable.name === 'Float' ? 1 : nullable.name === 'Boolean' ? true : 'I04';
  }

  /** Every place a string can go into an argument: [root field, argument, path inside an input object]. */
  function stringSlots(): { field: GraphQLField<unknown, unknown>; argument: GraphQLArgument; path: string[]; isList: boolean }[] {
    const slots: ReturnType<typeof stringSlots> = [];
    const visit = (field: GraphQLField<unknown, unknown>, argument: GraphQLArgument, type: GraphQLInputType, path: string[], depth: number) => {
      const nullable = getNullableType(type);
      const named = getNamedType(type);
      if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) slots.push({ field, argument, path, isList: isListType(nullable) });
      if (isInputObjectType(named) && depth < 3) for (const inner of Object.values(named.getFields())) visit(field, argument, inner.type, [...path, inner.name], depth + 1);
    };
    for (const field of Object.values(schema.getQueryType()!.getFields())) for (const argument of field.args) visit(field, argument, argument.type, [], 0);
    return slots;
  }

  const slots = stringSlots();

  it('covers every root field that takes a string somewhere (a guard against an empty sweep)', () => {
    const fields = new Set(slots.map((slot) => slot.field.name));
    for (const name of ['section', 'box', 'project', 'indicator', 'region', 'facts', 'projects', 'search', 'aggregate', 'progress']) {
      expect(fields, name).toContain(name);
    }
    expect(slots.length).toBeGreaterThan(20);
  });

  it.each(slots.map((slot) => [`${slot.field.name}(${[slot.argument.name, ...slot.path].join('.')})`, slot] as const))('%s is harmless', async (_label, slot) => {
    for (const payload of PAYLOADS) {
      const value = slot.isList ? [payload] : payload;
      let argumentValue: unknown = value;
      if (slot.path.length > 0) {
        argumentValue = harmless(slot.argument.type);
        let target = argumentValue as Record<string, unknown>;
        for (const key of slot.path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
        target[slot.path.at(-1)!] = value;
      }
      const variables: Record<string, unknown> = { v: argumentValue };
      const otherArgs = slot.field.args.filter((argument) => argument !== slot.argument && isNonNullType(argument.type));
      for (const argument of otherArgs) variables[argument.name] = harmless(argument.type);
      const declarations = [`$v: ${slot.argument.type}`, ...otherArgs.map((argument) => `$${argument.name}: ${argument.type}`)].join(', ');
      const args = [`${slot.argument.name}: $v`, ...otherArgs.map((argument) => `${argument.name}: $${argument.name}`)].join(', ');
      // Objects, and interfaces such as node(id:)'s Node, need a selection.
      const selection = isCompositeType(getNamedType(slot.field.type)) ? ' { __typename }' : '';
      const answer = await post(`query(${declarations}) { ${slot.field.name}(${args})${selection} }`, variables);
      expect(answer.status, payload).toBeLessThan(500);
      for (const error of answer.body.errors ?? []) expect(['BAD_USER_INPUT', 'NOT_FOUND'], `${payload}: ${error.message}`).toContain(error.extensions?.code);
    }
  });

  it('left the data as it was', async () => {
    const answer = await post('{ facts { totalCount } chapters { number } indicators { totalCount } }');
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toMatchObject({ chapters: { length: 13 }, indicators: { totalCount: 17 } });
    expect((answer.body.data as { facts: { totalCount: number } }).facts.totalCount).toBeGreaterThan(100);
  });
});

describe('an unexpected error', () => {
  it('is masked for the client, and logged in full with the request id', async () => {
    const secret = 'postgres://zmd_admin:Sup3r-S3cret@10.0.8.14:5432/zmd';
    const lease = await handlerModule.servingWarehouse.acquire();
    // A real internal failure path: the warehouse's query builder fails with a message holding a secret.
    const failure = vi.spyOn(lease.warehouse.db, 'selectFrom').mockImplementation(() => {
      throw new Error(`connection to ${secret} refused`);
    });
    try {
      // A substring search queries the warehouse on every request (plan rows and a small version's facts come from memory once read).
      const answer = await invoke(postEvent({ query: '{ search(text: "返乡创业", mode: SUBSTRING) { score } }' }));
      expect(JSON.stringify(answer.body)).not.toContain('Sup3r-S3cret');
      expect(answer.body.errors).toEqual([{ message: MASKED_MESSAGE, path: ['search'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    } finally {
      failure.mockRestore();
      lease.release();
    }
    const logged = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.message === 'unexpected error');
    expect(logged).toMatchObject({ level: 'error', requestId: lambdaContext().awsRequestId, error: expect.stringContaining('Sup3r-S3cret') });
  });
});

describe('on the local server (transport)', () => {
  const server = useLocalServer();

  it('refuses an oversized body with 413 and keeps serving', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ plan { title } } #${'x'.repeat(300_000)}` }), signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(413);
    const ok = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ plan { title } }' }), signal: AbortSignal.timeout(10_000) });
    expect(ok.status).toBe(200);
  });

  it('turns introspection and field suggestions off when configured', async () => {
    const locked = startServer({ GRAPHQL_INTROSPECTION: 'false', GRAPHQL_FIELD_SUGGESTIONS: 'false' });
    try {
      const lockedUrl = await listeningUrl(locked);
      const ask = (query: string) => fetch(lockedUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(10_000) }).then((r) => r.json() as Promise<Answer['body']>);
      expect((await ask('{ __schema { types { name } } }')).errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      const misspelt = await ask('{ plan { titel } }');
      expect(misspelt.errors?.[0]?.message).not.toMatch(/Did you mean/);
      // On by default, for analysts.
      const open = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ plan { titel } }' }), signal: AbortSignal.timeout(10_000) }).then((r) => r.json() as Promise<Answer['body']>);
      expect(open.errors?.[0]?.message).toMatch(/Did you mean "title"/);
    } finally {
      locked.kill('SIGTERM');
    }
  });
});
