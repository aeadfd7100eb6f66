/** Lambda HTTP events as AWS sends them (HTTP API 2.0, REST API 1.0, ALB), built from recorded events in tests/fixtures. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ALBEvent, APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { localLambdaContext } from '../../functions/http-to-lambda.ts';

const RECORDED_POST = fixture<APIGatewayProxyEventV2>('apigw-v2-post.json');

export function postEvent(body: unknown, options: { base64?: boolean } = {}): APIGatewayProxyEventV2 {
  const event = structuredClone(RECORDED_POST);
  const json = JSON.stringify(body);
  event.body = options.base64 ? Buffer.from(json).toString('base64') : json;
  event.isBase64Encoded = Boolean(options.base64);
  event.headers['content-length'] = String(Buffer.byteLength(json));
  return event;
}

export function getEvent(params: Record<string, string>, headers: Record<string, string> = {}, eventPath = '/graphql'): APIGatewayProxyEventV2 {
  const event = structuredClone(RECORDED_POST);
  const query = new URLSearchParams(params);
  event.routeKey = `GET ${eventPath}`;
  event.requestContext.routeKey = event.routeKey;
  event.rawPath = eventPath;
  event.requestContext.http.path = eventPath;
  event.requestContext.http.method = 'GET';
  event.rawQueryString = query.toString();
  event.queryStringParameters = params;
  delete event.headers['content-type'];
  delete event.headers['content-length'];
  Object.assign(event.headers, headers);
  delete event.body;
  return event;
}

export const lambdaContext = (requestId = 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef') => localLambdaContext(requestId, 'zmd-plan-graphql');

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', name), 'utf8'));
}

/** A REST API (payload 1.0) GET, decoded query parameters in both the single and multi-value maps, as API Gateway sends them. */
export function restGetEvent(eventPath: string, params: Record<string, string>): APIGatewayProxyEvent {
  const event = fixture<APIGatewayProxyEvent>('apigw-v1-get.json');
  event.path = eventPath;
  event.resource = eventPath;
  event.requestContext.path = `/${event.requestContext.stage}${eventPath}`;
  event.queryStringParameters = params;
  event.multiValueQueryStringParameters = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, [value]]));
  return event;
}

/** An ALB POST without multi-value headers; ALB sends binary-safe bodies base64-encoded. */
export function albPostEvent(body: unknown): ALBEvent {
  const event = fixture<ALBEvent>('alb-post.json');
  event.body = Buffer.from(JSON.stringify(body)).toString('base64');
  event.isBase64Encoded = true;
  return event;
}

/** An ALB GET with multi-value headers on: query parameters arrive still percent-encoded, as the client sent them. */
export function albMultiValueGetEvent(eventPath: string, params: Record<string, string>): ALBEvent {
  const event = fixture<ALBEvent>('alb-multi-value-get.json');
  event.path = eventPath;
  event.multiValueQueryStringParameters = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, [encodeURIComponent(value)]]));
  return event;
}
