/**
 * One timed run of the peer bench: autocannon POSTing one operation, a fixed
 * number of requests over a fixed number of keep-alive connections, every body
 * read (a good answer is JSON with `data` and no `errors`), latency kept per
 * response, exactly, and answers from our response cache counted (they carry an
 * `age` header). As bench/load/http-load.ts, with one difference that matters for
 * hundreds of short runs: autocannon ends a run only at its next sample tick (1 s
 * by default), so the ticks here are 10 ms apart and a run ends right after its
 * last answer.
 */
import autocannon from 'autocannon';
import { isGoodGraphQLAnswer } from '../load/http-load.ts';
import { summariseLatencies, type LatencySummary } from '../load/latency.ts';

export interface PeerRunOptions {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  document: string;
  operationName: string;
  requests: number;
  connections: number;
  /** The run is stopped after this long, whatever is left. */
  deadlineMs: number;
}

export interface PeerRunResult {
  requestsPlanned: number;
  connections: number;
  responses: number;
  /** Non-2xx answers, 2xx answers that were not JSON with data and no errors, socket errors and timeouts. */
  failed: number;
  responseCacheHits: number;
  firstProblem: string | null;
  latencyMs: LatencySummary;
  requestsPerSecond: number;
  durationSeconds: number;
  stoppedAtDeadline: boolean;
}

const SAMPLE_INTERVAL_MS = 10;
const TIMEOUT_SECONDS = 30;


export async function runPeerLoad(options: PeerRunOptions): Promise<PeerRunResult> {
  const { url, requests, connections } = options;
  let bad = 0;
  let responseCacheHits = 0;
  let firstProblem: string | null = null;
  const latencies: number[] = [];
  const started = performance.now();
  let lastResponseAt = started;
  let finish!: (error: Error | null, result: autocannon.Result) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon({
    url,
    amount: requests,
    connections: Math.min(connections, requests),
    timeout: TIMEOUT_SECONDS,
    sampleInt: SAMPLE_INTERVAL_MS,
    requests: [{
      method: 'POST',
      path: new URL(url).pathname,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: options.document, operationName: options.operationName }),
      onResponse: (status: number, body: string, _context: object, headers: Record<string, unknown> | undefined) => {
        if (headers?.age !== undefined) responseCacheHits += 1;
        if (status < 200 || status > 299 || !isGoodGraphQLAnswer(body)) {
          bad += 1;
          firstProblem ??= `HTTP ${status}: ${body.slice(0, 300)}`;
        }
      },
    }],
  }, (error, result) => finish(error, result));
  instance.on('response', (_client, _status, _bytes, responseTimeMs) => {
    latencies.push(responseTimeMs);
    lastResponseAt = performance.now();
  });
  let stoppedAtDeadline = false;
  const deadline = setTimeout(() => {
    stoppedAtDeadline = true;
    instance.stop();
  }, options.deadlineMs);
  let result: autocannon.Result;
  try {
    result = await finished;
  } finally {
    clearTimeout(deadline);
  }
  const seconds = Math.max(lastResponseAt - started, 1) / 1000;
  return {
    requestsPlanned: requests,
    connections,
    responses: latencies.length,
    // autocannon counts a timeout as an error too.
    failed: bad + result.errors,
    responseCacheHits,
    firstProblem,
    latencyMs: summariseLatencies(latencies),
    requestsPerSecond: Math.round(latencies.length / seconds),
    durationSeconds: Math.round(seconds * 100) / 100,
    stoppedAtDeadline,
  };
}
