/**
 * `GET /graphql` and `POST /graphql`: the GraphQL-over-HTTP endpoint, run by Apollo
 * Server on the held data version. GET answers without errors are cacheable until
 * the next refresh check, with an ETag from the data version; a matching
 * If-None-Match is answered 304 without running the operation.
 */
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import { ApiError, ErrorCode, errorBody } from '../../core/errors.ts';
import type { RequestLog } from '../../core/request.ts';
import type { GraphQLContext } from '../../resolvers/context.ts';
import type { ServingWarehouse } from '../../warehouse/serving-warehouse.ts';
import { jsonResponse, type HttpRequest, type HttpResponse, type Route } from '../http/http-exchange.ts';
import { cacheableHeaders, ifNoneMatchHits, NOT_CACHEABLE, versionEtag, type CachePolicy } from '../http/version-caching.ts';
import { createRequestContext, heldDataVersion, withServingVersion } from './request-context.ts';

export interface GraphQLRouteOptions {
  server: ApolloServer<GraphQLContext>;
  servingWarehouse: ServingWarehouse;
  cachePolicy: CachePolicy;
}

export function badRequest(message: string): HttpResponse {
  return jsonResponse(400, errorBody(new ApiError(ErrorCode.BAD_REQUEST, message)), NOT_CACHEABLE);
}

/** Apollo wants the parsed JSON body; anything else is passed as text so Apollo names what is wrong with it. */
function parsedBody(request: HttpRequest): { body: unknown } | { error: string } {
  if (request.body === '' || !/\bjson\b/i.test(request.headers.get('content-type') ?? '')) return { body: request.body };
  try {
    return { body: JSON.parse(request.body) };
  } catch (error) {
    return { error: `The request body is not valid JSON: ${(error as Error).message}` };
  }
}

async function bodyText(body: HTTPGraphQLResponse['body']): Promise<string> {
  if (body.kind === 'complete') return body.string;
  // Incremental delivery (@defer/@stream) is not enabled, so a chunked answer is collected whole.
  let text = '';
  for await (const chunk of body.asyncIterator) text += chunk;
  return text;
}

/** Cache headers for a successful GET on a data version; everything else is not stored. */
export function cacheHeadersFor(request: HttpRequest, status: number, requestLog: RequestLog, policy: CachePolicy): Record<string, string> {
  const cacheable = request.method === 'GET' && status === 200 && requestLog.errorCodes.length === 0 && requestLog.dataVersion !== undefined;
  return cacheable ? cacheableHeaders(policy, requestLog.dataVersion!, request.audience) : { ...NOT_CACHEABLE };
}

/** A 304 when a GET's If-None-Match names the held version's ETag (noted in the access log as that version). */
export function notModified(request: HttpRequest, dataVersion: string | undefined, requestLog: RequestLog, policy: CachePolicy): HttpResponse | undefined {
  if (request.method !== 'GET' || dataVersion === undefined) return undefined;
  if (!ifNoneMatchHits(request.headers.get('if-none-match'), versionEtag(dataVersion, policy.apiRevision, request.audience))) return undefined;
  requestLog.dataVersion = dataVersion;
  return { status: 304, headers: { ...cacheableHeaders(policy, dataVersion, request.audience), 'x-data-version': dataVersion }, body: '' };
}

export function createGraphQLRoute({ server, servingWarehouse, cachePolicy }: GraphQLRouteOptions): Route {
  return (request, requestLog) => {
    const parsed = parsedBody(request);
    if ('error' in parsed) return Promise.resolve(badRequest(parsed.error));
    return withServingVersion(servingWarehouse, async (held) => {
      const dataVersion = heldDataVersion(held);
      const unchanged = notModified(request, dataVersion, requestLog, cachePolicy);
      if (unchanged) return unchanged;
      const headers = new HeaderMap();
      for (const [name, value] of request.headers) headers.set(name, value);
      const result = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method, headers, search: request.query.toString(), body: parsed.body },
        context: async () => createRequestContext(held, request, requestLog),
      });
      const status = result.status ?? 200;
      const responseHeaders: Record<string, string> = Object.fromEntries(result.headers);
      if (requestLog.dataVersion) responseHeaders['x-data-version'] = requestLog.dataVersion;
      Object.assign(responseHeaders, cacheHeadersFor(request, status, requestLog, cachePolicy));
      return { status, headers: responseHeaders, body: await bodyText(result.body) };
    });
  };
}
