/**
 * One autocannon run against `POST /graphql`: a fixed number of requests over a
 * fixed number of keep-alive connections, each connection cycling through the given
 * operations (starting at a different one, so they are mixed from the first
 * request). Every response body is read: an answer counts as good only when it is
 * JSON with `data` and without `errors`, so "zero errors" means zero GraphQL errors
 * too, not just zero failed sockets. Latency is kept per response, exactly, and
 * answers from the server's response cache are counted (bench/load/executed-afresh.ts).
 */
import autocannon from 'autocannon';
import type { ExampleOperation } from '../../examples/example-operations.ts';
import { summariseLatencies, type LatencySummary } from './latency.ts';

export interface HttpLoadOptions {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  operations: readonly ExampleOperation[];
  /** Requests in all. */
  requests: number;
  connections: number;
  /** A request unanswered this long counts as a timeout (autocannon reconnects and goes on). */
  timeoutSeconds?: number;
  /** The run is stopped, whatever is left, after this long; `stoppedAtDeadline` says so. */
  deadlineMs?: number;
}

export interface OperationTally {
  responses: number;
  /** 2xx answers whose body was not JSON with data and without errors. */
  badBodies: number;
  /** Answers served from the server's response cache (they carry an `age` header). */
  responseCacheHits: number;
}

export interface HttpLoadResult {
  operations: string[];
  requestsPlanned: number;
  connections: number;
  responses: number;
  status2xx: number;
  non2xx: number;
  /** Socket errors, timeouts included (autocannon counts a timeout as an error too). */
  errors: number;
  timeouts: number;
  badBodies: number;
  responseCacheHits: number;
  /** The first non-2xx or bad body, for the report. */
  firstProblem: string | null;
  latencyMs: LatencySummary;
  requestsPerSecond: number;
  durationSeconds: number;
  stoppedAtDeadline: boolean;
  byOperation: Record<string, OperationTally>;
}

const DEFAULT_TIMEOUT_SECONDS = 10;
const DEFAULT_DEADLINE_MS = 300_000;
/** Long enough to see what went wrong, short enough for a JSON report. */
const PROBLEM_EXCERPT_CHARS = 300;

/** An answer counts as good only when it is JSON with `data` and without `errors`. */
export function isGoodGraphQLAnswer(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return typeof parsed.data === 'object' && parsed.data !== null && parsed.errors === undefined;
  } catch {
    return false;
  }
}

function rotated<T>(items: readonly T[], start: number): T[] {
  return items.map((_, index) => items[(start + index) % items.length]!);
}

export async function runHttpLoad(options: HttpLoadOptions): Promise<HttpLoadResult> {
  const { url, operations, requests, connections } = options;
  if (operations.length === 0) throw new Error('runHttpLoad needs at least one operation');
  const byOperation: Record<string, OperationTally> = {};
  let badBodies = 0;
  let firstProblem: string | null = null;
  const noteProblem = (operation: string, status: number, body: string) => {
    firstProblem ??= `${operation}: HTTP ${status}: ${body.slice(0, PROBLEM_EXCERPT_CHARS)}`;
  };

  const cannonRequests: autocannon.Request[] = operations.map((operation) => {
    const tally: OperationTally = (byOperation[operation.name] = { responses: 0, badBodies: 0, responseCacheHits: 0 });
    return {
      method: 'POST',
      path: new URL(url).pathname,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation.document, operationName: operation.operationName }),
      onResponse: (status: number, body: string, _context: object, headers: Record<string, unknown> | undefined) => {
        tally.responses += 1;
        if (headers?.age !== undefined) tally.responseCacheHits += 1;
        if (status < 200 || status > 299) {
          noteProblem(operation.name, status, body);
        } else if (!isGoodGraphQLAnswer(body)) {
          tally.badBodies += 1;
          badBodies += 1;
          noteProblem(operation.name, status, body);
        }
      },
    };
  });

  const latencies: number[] = [];
  let nextStart = 0;
  const started = performance.now();
  let finish!: (error: Error | null, result: autocannon.Result) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  // The callback form returns the running instance (its events, stop()); the promise form hides them from the types.
  const instance = autocannon({
    url,
    amount: requests,
    connections,
    timeout: options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    requests: cannonRequests,
    // Each connection starts at the next operation, so the first wave is already a mix.
    setupClient: (client) => client.setRequests(rotated(cannonRequests, nextStart++ % cannonRequests.length)),
  }, (error, result) => finish(error, result));
  let lastResponseAt = started;
  instance.on('response', (_client, _status, _bytes, responseTimeMs) => {
    latencies.push(responseTimeMs);
    lastResponseAt = performance.now();
  });
  let stoppedAtDeadline = false;
  const deadline = setTimeout(() => {
    stoppedAtDeadline = true;
    instance.stop();
  }, options.deadlineMs ?? DEFAULT_DEADLINE_MS);
  let result: autocannon.Result;
  try {
    result = await finished;
  } finally {
    clearTimeout(deadline);
  }
  // autocannon reports at its next one-second sample, up to a second after the last answer: time to that answer instead.
  const seconds = Math.max(lastResponseAt - started, 1) / 1000;
  const responses = latencies.length;
  return {
    operations: operations.map((operation) => operation.name),
    requestsPlanned: requests,
    connections,
    responses,
    status2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    badBodies,
    responseCacheHits: Object.values(byOperation).reduce((sum, tally) => sum + tally.responseCacheHits, 0),
    firstProblem,
    latencyMs: summariseLatencies(latencies),
    requestsPerSecond: Math.round(responses / seconds),
    durationSeconds: Math.round(seconds * 100) / 100,
    stoppedAtDeadline,
    byOperation,
  };
}
