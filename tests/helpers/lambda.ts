/** API Gateway HTTP API (payload v2) events as AWS sends them, built from a recorded POST event. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { localLambdaContext } from '../../functions/http-to-lambda.ts';

const RECORDED_POST: APIGatewayProxyEventV2 = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'apigw-v2-post.json'), 'utf8'));

export function postEvent(body: unknown, options: { base64?: boolean } = {}): APIGatewayProxyEventV2 {
  const event = structuredClone(RECORDED_POST);
  const json = JSON.stringify(body);
  event.body = options.base64 ? Buffer.from(json).toString('base64') : json;
  event.isBase64Encoded = Boolean(options.base64);
  event.headers['content-length'] = String(Buffer.byteLength(json));
  return event;
}

export function getEvent(params: Record<string, string>, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  const event = structuredClone(RECORDED_POST);
  const query = new URLSearchParams(params);
  event.routeKey = 'GET /graphql';
  event.requestContext.routeKey = 'GET /graphql';
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
