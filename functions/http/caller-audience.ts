/**
 * Who may see internal monitoring data. Only API Gateway decides that: a JWT
 * authorizer's verified claims, a Lambda or Cognito authorizer's context, or an API
 * key that API Gateway checked. Nothing the client writes into headers or the body
 * counts, and an ALB or the local server, which verify nothing, always serve the public.
 */
import type { APIGatewayProxyEvent, APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type { AccessPolicy } from '../../core/config.ts';
import type { Audience } from '../../core/request.ts';
import { lambdaEventKind, type LambdaHttpEvent } from './lambda-event-kind.ts';

/** Claims that carry roles: OAuth scopes, Cognito groups, and a plain "roles" claim. */
const ROLE_CLAIMS = ['scope', 'scp', 'cognito:groups', 'roles'];

/** HTTP API hands array claims over as "[a b]"; REST API and Lambda authorizers as strings or arrays. */
function rolesIn(claims: Record<string, unknown> | null | undefined): string[] {
  if (!claims) return [];
  return ROLE_CLAIMS.flatMap((name) => {
    const value = claims[name];
    if (Array.isArray(value)) return value.map(String);
    if (typeof value !== 'string') return [];
    return value.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean);
  });
}

export function audienceOf(event: LambdaHttpEvent, policy: AccessPolicy): Audience {
  const kind = lambdaEventKind(event);
  if (kind === 'alb') return 'public';
  let roles: string[];
  let apiKeyId: string | null | undefined;
  if (kind === 'apigw-v2') {
    const authorizer = (event as APIGatewayProxyEventV2WithJWTAuthorizer).requestContext.authorizer as
      { jwt?: { claims?: Record<string, unknown> }; lambda?: Record<string, unknown> } | undefined;
    roles = [...rolesIn(authorizer?.jwt?.claims), ...rolesIn(authorizer?.lambda)];
  } else {
    const context = (event as APIGatewayProxyEvent).requestContext;
    const authorizer = context.authorizer as Record<string, unknown> | null | undefined;
    // A Cognito user pool authorizer puts the token's claims under "claims"; a Lambda authorizer its context at the top.
    roles = [...rolesIn(authorizer?.claims as Record<string, unknown> | undefined), ...rolesIn(authorizer)];
    apiKeyId = context.identity?.apiKeyId;
  }
  if (roles.includes(policy.internalRole)) return 'internal';
  if (apiKeyId && policy.internalApiKeyIds.has(apiKeyId)) return 'internal';
  return 'public';
}


