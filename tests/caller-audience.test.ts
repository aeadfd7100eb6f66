/**
 * Who gets internal data is decided from what API Gateway verified — a JWT
 * authorizer's claims, a Lambda or Cognito authorizer's context, an API key id —
 * never from anything the client sends; an internal answer is never publicly cacheable.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessPolicy } from '../core/config.ts';
import { audienceOf } from '../functions/http/caller-audience.ts';
import { albPostEvent, getEvent, lambdaContext, postEvent, restGetEvent } from './helpers/lambda.ts';

const POLICY: AccessPolicy = { internalRole: 'zmd:internal', internalApiKeyIds: new Set(['k7r2m9q4xa']) };

/** An HTTP API event as API Gateway sends it after its JWT authorizer accepted the token. */
function withJwtClaims(claims: Record<string, string | number>) {
  const event = postEvent({ query: '{ plan { title } }' }) as ReturnType<typeof postEvent> & { requestContext: { authorizer?: unknown } };
  event.requestContext.authorizer = { jwt: { claims: { iss: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Ab12Cd34', sub: 'b1c2', ...claims }, scopes: null } };
  return event;
}

describe('audience from API Gateway', () => {
  it('grants internal to an OAuth scope, a Cognito group (as HTTP API flattens arrays) or a roles claim', () => {
    expect(audienceOf(withJwtClaims({ scope: 'openid zmd:internal' }), POLICY)).toBe('internal');
    expect(audienceOf(withJwtClaims({ 'cognito:groups': '[readers zmd:internal]' }), POLICY)).toBe('internal');
    expect(audienceOf(withJwtClaims({ roles: 'zmd:internal' }), POLICY)).toBe('internal');
  });

  it('keeps a token without the role, or with a look-alike, public', () => {
    expect(audienceOf(withJwtClaims({ scope: 'openid zmd:read' }), POLICY)).toBe('public');
    expect(audienceOf(withJwtClaims({ scope: 'zmd:internal-preview', sub: 'zmd:internal' }), POLICY)).toBe('public');
  });

  it('reads a Lambda authorizer context on HTTP API and REST API, and Cognito claims on REST API', () => {
    const v2 = postEvent({}) as ReturnType<typeof postEvent> & { requestContext: { authorizer?: unknown } };
    v2.requestContext.authorizer = { lambda: { roles: ['zmd:internal'] } };
    expect(audienceOf(v2, POLICY)).toBe('internal');
    const lambdaAuthorized = restGetEvent('/graphql', {});
    lambdaAuthorized.requestContext.authorizer = { principalId: 'bi-service', roles: 'zmd:internal', integrationLatency: 12 };
    expect(audienceOf(lambdaAuthorized, POLICY)).toBe('internal');
    const cognito = restGetEvent('/graphql', {});
    cognito.requestContext.authorizer = { claims: { 'cognito:groups': 'zmd:internal', sub: 'b1c2' } };
    expect(audienceOf(cognito, POLICY)).toBe('internal');
  });

  it('grants internal to a listed API key id (REST API usage plans), and only that one', () => {
    const listed = restGetEvent('/graphql', {});
    listed.requestContext.identity.apiKeyId = 'k7r2m9q4xa';
    expect(audienceOf(listed, POLICY)).toBe('internal');
    const other = restGetEvent('/graphql', {});
    other.requestContext.identity.apiKeyId = 'q0w9e8r7t6';
    expect(audienceOf(other, POLICY)).toBe('public');
  });

  it('ignores what the client writes itself: role headers, an unverified bearer token, an ALB request', () => {
    const spoofed = getEvent({}, { 'x-roles': 'zmd:internal', authorization: 'Bearer eyJzY29wZSI6InptZDppbnRlcm5hbCJ9', 'x-api-key': 'k7r2m9q4xa' });
    expect(audienceOf(spoofed, POLICY)).toBe('public');
    const alb = albPostEvent({});
    alb.headers!['x-amzn-oidc-data'] = 'eyJ0eXAiOiJKV1QifQ.eyJyb2xlcyI6InptZDppbnRlcm5hbCJ9.';
    expect(audienceOf(alb, POLICY)).toBe('public');
  });
});

describe('caching of an internal answer', () => {
  const savedEnv = { ...process.env };
  let handlerModule: typeof import('../functions/graphql/handler.ts');
  beforeAll(async () => {
    handlerModule = await import('../functions/graphql/handler.ts');
  });
  afterAll(async () => {
    process.env = savedEnv;
    await handlerModule?.servingWarehouse.close();
  });

  it('is private, with its own ETag, while the public answer stays public', async () => {
    const invoke = async (event: Parameters<typeof handlerModule.handler>[0]) => (await handlerModule.handler(event, lambdaContext()) as APIGatewayProxyStructuredResultV2).headers!;
    const publicHeaders = await invoke(getEvent({ query: '{ plan { title } }' }, { 'apollo-require-preflight': 'true' }));
    const internal = getEvent({ query: '{ plan { title } }' }, { 'apollo-require-preflight': 'true' }) as ReturnType<typeof getEvent> & { requestContext: { authorizer?: unknown } };
    internal.requestContext.authorizer = { jwt: { claims: { scope: 'zmd:internal' }, scopes: ['zmd:internal'] } };
    const internalHeaders = await invoke(internal);
    expect(publicHeaders['cache-control']).toMatch(/^public, /);
    expect(internalHeaders['cache-control']).toMatch(/^private, /);
    expect(internalHeaders.etag).toMatch(/\.internal"$/);
    expect(internalHeaders.etag).not.toBe(publicHeaders.etag);
  });
});
