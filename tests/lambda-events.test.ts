/**
 * The real Lambda handler answers every HTTP trigger it can sit behind, each in its
 * own response shape: API Gateway HTTP API (2.0, also under a named stage), REST API
 * (1.0) and an Application Load Balancer with and without multi-value headers; an
 * event no HTTP trigger sends is refused by name. Routing: 404 and 405 name the
 * routes that exist.
 */
import type { ALBResult, APIGatewayProxyResult, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from '../functions/graphql/handler.ts';
import { lambdaEventKind, UnsupportedEventError } from '../functions/http/lambda-event-kind.ts';
import { albMultiValueGetEvent, albPostEvent, getEvent, lambdaContext, postEvent, restGetEvent } from './helpers/lambda.ts';

const CHAPTER_QUERY = 'query($n: Int!) { chapter(number: $n) { title } }';
const CHAPTER_8_TITLE = '坚持经济发展就业导向,不断扩大就业总量';

describe('event kinds', () => {
  it('tells the three HTTP triggers apart and refuses anything else by name', () => {
    expect(lambdaEventKind(postEvent({}))).toBe('apigw-v2');
    expect(lambdaEventKind(restGetEvent('/graphql', {}))).toBe('apigw-v1');
    expect(lambdaEventKind(albPostEvent({}))).toBe('alb');
    const s3Event = { Records: [{ eventSource: 'aws:s3', s3: { bucket: { name: 'zmd-seeds' } } }] };
    expect(() => lambdaEventKind(s3Event)).toThrow(UnsupportedEventError);
    expect(() => lambdaEventKind(s3Event)).toThrow(/expected an API Gateway HTTP API \(2\.0\), REST API \(1\.0\) or ALB request event/);
  });

  it('the handler rejects a non-HTTP event instead of answering it', async () => {
    await expect(handler({ source: 'aws.events', 'detail-type': 'Scheduled Event' } as never, lambdaContext())).rejects.toThrow(UnsupportedEventError);
  });
});

describe('REST API (payload 1.0)', () => {
  it('answers a GET with the multi-value headers it was asked with', async () => {
    const event = restGetEvent('/graphql', { query: CHAPTER_QUERY, variables: JSON.stringify({ n: 8 }) });
    const result = await handler(event, lambdaContext()) as APIGatewayProxyResult;
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body).data.chapter.title).toBe(CHAPTER_8_TITLE);
    expect(result.headers).toBeUndefined();
    expect(result.multiValueHeaders?.['x-data-version']).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/)]);
    expect(result.multiValueHeaders?.['cache-control']).toEqual([expect.stringMatching(/^public, max-age=\d+$/)]);
  });

  it('keeps Apollo\'s CSRF prevention: a GET without a preflight header is refused', async () => {
    const event = restGetEvent('/graphql', { query: '{ plan { title } }' });
    delete event.headers['apollo-require-preflight'];
    delete event.multiValueHeaders['apollo-require-preflight'];
    const result = await handler(event, lambdaContext()) as APIGatewayProxyResult;
    expect(result.statusCode).toBe(400);
    expect(result.body).toMatch(/CSRF/);
  });
});

describe('Application Load Balancer', () => {
  it('answers a base64-encoded POST with a status description and a plain header map', async () => {
    const result = await handler(albPostEvent({ query: CHAPTER_QUERY, variables: { n: 8 } }), lambdaContext()) as ALBResult;
    expect(result).toMatchObject({ statusCode: 200, statusDescription: '200 OK', isBase64Encoded: false });
    expect(result.multiValueHeaders).toBeUndefined();
    expect(result.headers?.['content-type']).toMatch(/json/);
    expect(JSON.parse(result.body!).data.chapter.title).toBe(CHAPTER_8_TITLE);
  });

  it('decodes the still-encoded query of a multi-value GET and answers in multi-value headers', async () => {
    const event = albMultiValueGetEvent('/export.csv', { query: '{ indicators(filter: { codes: ["I04"] }) { edges { node { code name } } } }' });
    const result = await handler(event, lambdaContext()) as ALBResult;
    expect(result.statusCode).toBe(200);
    expect(result.headers).toBeUndefined();
    expect(result.multiValueHeaders?.['content-type']).toEqual(['text/csv; charset=utf-8']);
    expect(result.body).toBe('\uFEFF"code","name"\r\n"I04","高技能人才总量"\r\n');
  });

  it('answers a failure with its own status description', async () => {
    const result = await handler(albPostEvent({ query: '{ chapters { number ' }), lambdaContext()) as ALBResult;
    expect(result).toMatchObject({ statusCode: 400, statusDescription: '400 Bad Request' });
  });
});

describe('HTTP API (payload 2.0) routing', () => {
  it('routes under a named stage as under $default', async () => {
    const event = getEvent({ query: CHAPTER_QUERY, variables: JSON.stringify({ n: 8 }) }, { 'apollo-require-preflight': 'true' });
    event.requestContext.stage = 'dev';
    event.rawPath = '/dev/graphql';
    const result = await handler(event, lambdaContext()) as APIGatewayProxyStructuredResultV2;
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body!).data.chapter.title).toBe(CHAPTER_8_TITLE);
  });

  it('answers an unknown path 404 naming the routes, and a wrong method 405 with Allow', async () => {
    const missing = await handler(getEvent({}, {}, '/graphiql'), lambdaContext()) as APIGatewayProxyStructuredResultV2;
    expect(missing.statusCode).toBe(404);
    expect(JSON.parse(missing.body!).message).toBe('Not found: /graphiql. GraphQL is at /graphql, CSV export at /export.csv, the explorer at /');
    const wrongMethod = postEvent({ query: '{ plan { title } }' });
    wrongMethod.rawPath = '/export.csv';
    const refused = await handler(wrongMethod, lambdaContext()) as APIGatewayProxyStructuredResultV2;
    expect(refused.statusCode).toBe(405);
    expect(refused.headers?.allow).toBe('GET');
  });

  it('gives every answer the request id, for support to find its log lines', async () => {
    const result = await handler(postEvent({ query: '{ plan { title } }' }), lambdaContext('0d9e8f7a-1111-4222-8333-944455556666')) as APIGatewayProxyStructuredResultV2;
    expect(result.headers?.['x-request-id']).toBe('0d9e8f7a-1111-4222-8333-944455556666');
  });
});
