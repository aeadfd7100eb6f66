/**
 * The three ways an HTTP request reaches a Lambda function, translated to and from
 * one HttpRequest/HttpResponse: API Gateway HTTP API (payload 2.0), API Gateway REST
 * API (payload 1.0, also HTTP API with payload 1.0) and an Application Load Balancer
 * target group. Each answer goes back in the shape its event came in.
 */
import type {
  ALBEvent, ALBResult, APIGatewayProxyEvent, APIGatewayProxyEventV2, APIGatewayProxyResult,
} from 'aws-lambda';
import type { AccessPolicy } from '../../core/config.ts';
import { audienceOf } from './caller-audience.ts';
import type { HttpRequest, HttpResponse } from './http-exchange.ts';
import { lambdaEventKind, type LambdaHttpEvent, type LambdaHttpResult } from './lambda-event-kind.ts';

type HeaderValues = Record<string, string | undefined> | null | undefined;
type MultiHeaderValues = Record<string, string[] | undefined> | null | undefined;

function lowerCaseHeaders(single: HeaderValues, multi: MultiHeaderValues): Map<string, string> {
  const headers = new Map<string, string>();
  // Multi-value headers, when the trigger sends them, hold every value; the single map only the last.
  for (const [name, values] of Object.entries(multi ?? {})) {
    if (values?.length) headers.set(name.toLowerCase(), values.join(', '));
  }
  for (const [name, value] of Object.entries(single ?? {})) {
    if (value !== undefined && !headers.has(name.toLowerCase())) headers.set(name.toLowerCase(), value);
  }
  return headers;
}

function queryFrom(single: HeaderValues, multi: MultiHeaderValues, decode: (value: string) => string): URLSearchParams {
  const query = new URLSearchParams();
  const entries: [string, string[]][] = multi
    ? Object.entries(multi).map(([name, values]) => [name, values ?? []])
    : Object.entries(single ?? {}).map(([name, value]) => [name, value === undefined ? [] : [value]]);
  for (const [name, values] of entries) for (const value of values) query.append(decode(name), decode(value));
  return query;
}

/** ALB passes the query string as the client sent it, still percent-encoded; API Gateway v1 decodes it. */
function decodeAlbComponent(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function decodeBody(body: string | null | undefined, isBase64Encoded: boolean): string {
  if (!body) return '';
  return isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
}

/** HTTP API puts a named stage in front of the path (`/dev/graphql`); routes match without it. */
function withoutStage(path: string, stage: string | undefined): string {
  if (!stage || stage === '$default') return path;
  const prefix = `/${stage}`;
  if (path === prefix) return '/';
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

export function toHttpRequest(event: LambdaHttpEvent, requestId: string, access: AccessPolicy): HttpRequest {
  return { ...requestParts(event), requestId, audience: audienceOf(event, access) };
}

type RequestParts = Omit<HttpRequest, 'requestId' | 'audience'>;

function requestParts(event: LambdaHttpEvent): RequestParts {
  switch (lambdaEventKind(event)) {
    case 'apigw-v2': {
      const v2 = event as APIGatewayProxyEventV2;
      const headers = lowerCaseHeaders(v2.headers, undefined);
      // Payload 2.0 moves cookies out of the headers.
      if (v2.cookies?.length && !headers.has('cookie')) headers.set('cookie', v2.cookies.join('; '));
      return {
        method: v2.requestContext.http.method.toUpperCase(),
        path: withoutStage(v2.rawPath || v2.requestContext.http.path, v2.requestContext.stage),
        query: new URLSearchParams(v2.rawQueryString ?? ''),
        headers,
        body: decodeBody(v2.body, v2.isBase64Encoded),
      };
    }
    case 'apigw-v1':
      // REST API's `path` is the resource path without the stage, and its query arrives decoded.
      return payloadV1Parts(event as APIGatewayProxyEvent, (value) => value);
    case 'alb':
      return payloadV1Parts(event as ALBEvent, decodeAlbComponent);
  }
}

/** REST API and ALB events share payload 1.0's fields; they differ only in how the query string arrives. */
function payloadV1Parts(event: APIGatewayProxyEvent | ALBEvent, decodeQuery: (value: string) => string): RequestParts {
  return {
    method: event.httpMethod.toUpperCase(),
    path: event.path,
    query: queryFrom(event.queryStringParameters, event.multiValueQueryStringParameters, decodeQuery),
    headers: lowerCaseHeaders(event.headers, event.multiValueHeaders),
    body: decodeBody(event.body, event.isBase64Encoded),
  };
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 304: 'Not Modified', 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  413: 'Payload Too Large', 415: 'Unsupported Media Type', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

function encodeBody(body: string | Uint8Array): { body: string; isBase64Encoded: boolean } {
  return typeof body === 'string' ? { body, isBase64Encoded: false } : { body: Buffer.from(body).toString('base64'), isBase64Encoded: true };
}

export function toLambdaResult(event: LambdaHttpEvent, response: HttpResponse): LambdaHttpResult {
  const encoded = encodeBody(response.body);
  const kind = lambdaEventKind(event);
  if (kind === 'apigw-v2') return { statusCode: response.status, headers: response.headers, ...encoded };
  // REST API and ALB with multi-value headers turned on answer in the same form they were asked in;
  // an ALB with them on ignores a plain `headers` map.
  const multiValue = 'multiValueHeaders' in event && event.multiValueHeaders !== undefined && event.multiValueHeaders !== null;
  const headers = multiValue
    ? { multiValueHeaders: Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, [value]])) }
    : { headers: response.headers };
  if (kind === 'apigw-v1') return { statusCode: response.status, ...headers, ...encoded } as APIGatewayProxyResult;
  return { statusCode: response.status, statusDescription: `${response.status} ${STATUS_TEXT[response.status] ?? ''}`.trim(), ...headers, ...encoded } as ALBResult;
}
