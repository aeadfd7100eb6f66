/**
 * The product's HTTP surface, the same in Lambda and in the local server:
 *   POST|GET /graphql   GraphQL over HTTP (a browser opening it is sent to the explorer)
 *   GET /export.csv     a query's rows as CSV
 *   GET /, /explorer/*  the self-hosted GraphiQL explorer
 *   GET /dashboard, /dashboard/*  the self-hosted dashboard
 * Every request ends with one structured access log line.
 */
import { ApiError, ErrorCode, errorBody, MASKED_MESSAGE } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { RequestLog } from '../../core/request.ts';
import { jsonResponse, type HttpRequest, type HttpResponse, type Route } from './http-exchange.ts';
import { NOT_CACHEABLE } from './version-caching.ts';

export const GRAPHQL_PATH = '/graphql';
export const EXPORT_PATH = '/export.csv';

export interface HttpAppRoutes {
  graphql: Route;
  exportCsv: Route;
  /** Answers the explorer's own paths and nothing else. */
  explorer: (request: HttpRequest) => HttpResponse | undefined;
  /** Answers the dashboard's own paths (/dashboard, /dashboard/*) and nothing else. */
  dashboard?: (request: HttpRequest) => HttpResponse | undefined;
}

export interface RequestFacts {
  /** The first request a Lambda container serves (its cold start). */
  coldStart?: boolean;
}

export type HttpApp = (request: HttpRequest, facts?: RequestFacts) => Promise<HttpResponse>;

export interface HttpAppOptions {
  /** Larger bodies are refused with 413 before anything parses them. */
  maxRequestBytes: number;
}

const ROUTES: Record<string, Partial<Record<string, keyof Pick<HttpAppRoutes, 'graphql' | 'exportCsv'>>>> = {
  [GRAPHQL_PATH]: { GET: 'graphql', POST: 'graphql' },
  [EXPORT_PATH]: { GET: 'exportCsv' },
};

async function dispatch(routes: HttpAppRoutes, request: HttpRequest, requestLog: RequestLog, options: HttpAppOptions): Promise<HttpResponse> {
  const bodyBytes = Buffer.byteLength(request.body);
  if (bodyBytes > options.maxRequestBytes) {
    requestLog.errorCodes.push(ErrorCode.PAYLOAD_TOO_LARGE);
    const message = `The request body is ${bodyBytes} bytes; the limit is ${options.maxRequestBytes} (MAX_REQUEST_BYTES)`;
    return jsonResponse(413, errorBody(new ApiError(ErrorCode.PAYLOAD_TOO_LARGE, message)), NOT_CACHEABLE);
  }
  if (isBrowserOpeningGraphQL(request)) return redirectToExplorer();
  const methods = ROUTES[request.path];
  if (methods) {
    const route = methods[request.method];
    if (route) return routes[route](request, requestLog);
    const allow = Object.keys(methods).join(', ');
    return jsonResponse(405, { message: `${request.method} is not allowed on ${request.path}; use ${allow}` }, { ...NOT_CACHEABLE, allow });
  }
  return routes.explorer(request)
    ?? routes.dashboard?.(request)
    ?? jsonResponse(404, { message: `Not found: ${request.path}. GraphQL is at ${GRAPHQL_PATH}, CSV export at ${EXPORT_PATH}, the explorer at /` }, NOT_CACHEABLE);
}

/**
 * A person who types /graphql into the address bar: a GET that accepts HTML and carries
 * no operation (no `query`, no persisted-query `extensions`). GraphQL clients never ask
 * for HTML, and a GET with an operation is answered as GraphQL whatever it accepts.
 */
function isBrowserOpeningGraphQL(request: HttpRequest): boolean {
  return request.path === GRAPHQL_PATH
    && request.method === 'GET'
    && !request.query.has('query')
    && !request.query.has('extensions')
    && /\btext\/html\b/i.test(request.headers.get('accept') ?? '');
}

/**
 * 302 to the explorer, as a relative reference: "./" resolves against the URL the
 * browser asked for, so /graphql goes to / and an API Gateway stage's /dev/graphql to
 * /dev/ (the app never sees the stage prefix, so it could not write it itself).
 */
function redirectToExplorer(): HttpResponse {
  return {
    status: 302,
    headers: { location: './', vary: 'accept', ...NOT_CACHEABLE, 'content-type': 'text/plain; charset=utf-8' },
    body: 'The GraphQL explorer is at ./ (GraphQL clients: POST, or GET with a query parameter).\n',
  };
}

export function createHttpApp(routes: HttpAppRoutes, logger: Logger, options: HttpAppOptions): HttpApp {
  return async (request, facts = {}) => {
    const started = performance.now();
    const requestLog: RequestLog = { errorCodes: [] };
    let response: HttpResponse;
    try {
      response = await dispatch(routes, request, requestLog, options);
    } catch (error) {
      // Whatever escaped a route is a bug: the client gets a masked message, the log everything.
      const unexpected = error as Error;
      logger.log('error', 'unexpected error', { requestId: request.requestId, path: request.path, error: unexpected.message, stack: unexpected.stack });
      requestLog.errorCodes.push(ErrorCode.INTERNAL_SERVER_ERROR);
      response = jsonResponse(500, errorBody(new ApiError(ErrorCode.INTERNAL_SERVER_ERROR, MASKED_MESSAGE)), NOT_CACHEABLE);
    }
    // Quoting it is all a caller needs for support to find the request's log lines.
    response.headers['x-request-id'] = request.requestId;
    logger.log(response.status >= 500 ? 'error' : 'info', 'request', {
      requestId: request.requestId,
      method: request.method,
      path: request.path,
      status: response.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      ...(requestLog.operationName ? { operationName: requestLog.operationName } : {}),
      ...(requestLog.dataVersion ? { dataVersion: requestLog.dataVersion } : {}),
      ...(requestLog.errorCodes.length ? { errorCodes: [...new Set(requestLog.errorCodes)] } : {}),
      ...(facts.coldStart ? { coldStart: true } : {}),
    });
    return response;
  };
}
