/**
 * What the soak sends the Lambda handler, and what each answer must be. The
 * example operations and CSV exports are in the mix so the heavy paths are
 * exercised, but the bulk is cheap requests: the point of a soak is what a request
 * leaves behind (loaders, data version leases, the APQ and response caches, log
 * state), and cheap requests leave it behind just as well, many more times per
 * minute. Some requests are answered from the response cache, as repeated ones
 * are; others ask for a field that keeps them out of it (executed-afresh.ts), so
 * the resolvers run every time. Refused requests are in the mix too, since error
 * paths are where cleanup is easiest to miss.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { loadExampleOperations } from '../../examples/example-operations.ts';
import { getEvent, postEvent } from '../../tests/helpers/lambda.ts';
import { executedAfresh, executedAfreshDocument } from './executed-afresh.ts';

/** What a correct answer looks like. */
export type SoakExpectation =
  | { status: 200; body: 'data' }
  | { status: 200; body: 'csv' }
  | { status: number; body: 'error'; code: string }
  | { status: number; body: 'json' };

export interface SoakInvocation {
  name: string;
  event: APIGatewayProxyEventV2;
  expect: SoakExpectation;
  /** Times it is sent per cycle of the mix. */
  weight: number;
}

const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const persistedQuery = (sha256Hash: string) => JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });

function pathEvent(path: string): APIGatewayProxyEventV2 {
  return getEvent({}, {}, path);
}

export function soakInvocations(): SoakInvocation[] {
  const examples = loadExampleOperations();
  const example = (name: string) => {
    const found = examples.find((operation) => operation.name === name);
    if (!found) throw new Error(`no example operation "${name}"`);
    return found;
  };
  const ok = { status: 200, body: 'data' } as const;
  return [
    // As clients send them (answered from the response cache after the first time), and executed afresh.
    ...[...examples, ...examples.map(executedAfresh)].map((operation) => ({
      name: `POST ${operation.name}`,
      event: postEvent({ query: operation.document, operationName: operation.operationName }),
      expect: ok,
      weight: 1,
    })),
    { name: 'GET /export.csv?id=county-ranking-2023', event: getEvent({ id: 'county-ranking-2023' }, {}, '/export.csv'), expect: { status: 200, body: 'csv' }, weight: 1 },
    { name: 'GET /export.csv?id=targets-by-chapter-and-measure-kind', event: getEvent({ id: 'targets-by-chapter-and-measure-kind' }, {}, '/export.csv'), expect: { status: 200, body: 'csv' }, weight: 1 },
    {
      name: 'GET APQ hash of targets-by-chapter-and-measure-kind',
      event: getEvent({ extensions: persistedQuery(example('targets-by-chapter-and-measure-kind').sha256) }, PREFLIGHT),
      expect: ok,
      weight: 1,
    },
    { name: 'POST { plan { title } }', event: postEvent({ query: '{ plan { title } }' }), expect: ok, weight: 20 },
    { name: 'POST { chapters } (afresh)', event: postEvent({ query: executedAfreshDocument('{ chapters { number title } }') }), expect: ok, weight: 15 },
    { name: 'POST { dataset }', event: postEvent({ query: '{ dataset { version includesSample engine } }' }), expect: ok, weight: 10 },
    {
      name: 'POST indicator($code) (afresh)',
      event: postEvent({ query: executedAfreshDocument('query Indicator($code: ID!) { indicator(code: $code) { name unit target { value } } }'), variables: { code: 'I04' } }),
      expect: ok,
      weight: 15,
    },
    { name: 'POST facts(first: 5) (afresh)', event: postEvent({ query: executedAfreshDocument('{ facts(first: 5) { totalCount edges { node { id value unit } } } }') }), expect: ok, weight: 5 },
    { name: 'POST facts(first: -1) → BAD_USER_INPUT', event: postEvent({ query: '{ facts(first: -1) { totalCount } }' }), expect: { status: 200, body: 'error', code: 'BAD_USER_INPUT' }, weight: 5 },
    { name: 'POST unknown field → GRAPHQL_VALIDATION_FAILED', event: postEvent({ query: '{ nope }' }), expect: { status: 400, body: 'error', code: 'GRAPHQL_VALIDATION_FAILED' }, weight: 5 },
    { name: 'POST broken document → GRAPHQL_PARSE_FAILED', event: postEvent({ query: '{ chapters { number ' }), expect: { status: 400, body: 'error', code: 'GRAPHQL_PARSE_FAILED' }, weight: 5 },
    { name: 'GET without preflight → CSRF refusal', event: getEvent({ query: '{ plan { title } }' }), expect: { status: 400, body: 'error', code: 'BAD_REQUEST' }, weight: 3 },
    { name: 'GET /nothing → 404', event: pathEvent('/nothing'), expect: { status: 404, body: 'json' }, weight: 2 },
  ];
}

/** One cycle of the mix, each invocation spread evenly through it by its weight (deterministic). */
export function soakCycle(invocations: readonly SoakInvocation[]): SoakInvocation[] {
  return invocations
    .flatMap((invocation) => Array.from({ length: invocation.weight }, (_, k) => ({ invocation, position: (k + 0.5) / invocation.weight })))
    .sort((a, b) => a.position - b.position)
    .map(({ invocation }) => invocation);
}

/** Why an answer is wrong, or null when it is what the invocation expects. */
export function soakAnswerProblem(expected: SoakExpectation, result: APIGatewayProxyStructuredResultV2): string | null {
  const status = result.statusCode ?? 200;
  if (status !== expected.status) return `status ${status}, expected ${expected.status}`;
  const body = result.body ?? '';
  const contentType = String(result.headers?.['content-type'] ?? '');
  if (expected.body === 'csv') return contentType.startsWith('text/csv') ? null : `content-type ${contentType}, expected text/csv`;
  let json: { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
  try {
    json = JSON.parse(body);
  } catch {
    return 'body is not JSON';
  }
  if (expected.body === 'data') return json.errors === undefined && typeof json.data === 'object' && json.data !== null ? null : 'errors or no data';
  if (expected.body === 'error') {
    const code = json.errors?.[0]?.extensions?.code;
    return code === expected.code ? null : `error code ${String(code)}, expected ${expected.code}`;
  }
  return null;
}
