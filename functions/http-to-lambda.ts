/**
 * Serves a Lambda handler over plain HTTP by turning each request into the
 * API Gateway HTTP API (payload v2) event that AWS would send, so the local
 * server runs exactly the code that runs in Lambda.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';

export type ApiGatewayV2Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2 | string | void> | void;

/** The largest body the local server accepts, like API Gateway's 10 MB payload limit. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export function toApiGatewayV2Event(request: IncomingMessage, body: Buffer, requestId: string): APIGatewayProxyEventV2 {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && name !== 'cookie') headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const now = new Date();
  const isText = body.length === 0 || /json|text|graphql/.test(headers['content-type'] ?? 'application/json');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(request.headers.cookie ? { cookies: request.headers.cookie.split(/;\s*/) } : {}),
    headers,
    ...(url.search ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0]!,
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length > 0 ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.length > 0 && !isText,
  };
}

/** The Lambda context fields the handler reads, for a local invocation. */
export function localLambdaContext(requestId: string, functionName = 'graphql-local'): Context {
  const deadline = Date.now() + 30_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A node:http request listener that answers through an API Gateway v2 Lambda handler. */
export function lambdaRequestListener(handler: ApiGatewayV2Handler, onError: (error: Error) => void) {
  return async (request: IncomingMessage, response: ServerResponse) => {
    try {
      const body = await readBody(request);
      if (body === undefined) {
        response.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `Request body exceeds ${MAX_BODY_BYTES} bytes` }));
        return;
      }
      const requestId = randomUUID();
      const result = await handler(toApiGatewayV2Event(request, body, requestId), localLambdaContext(requestId));
      const structured: APIGatewayProxyStructuredResultV2 = typeof result === 'object' && result !== null ? result : { statusCode: 200, body: result ?? '' };
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(structured.headers ?? {})) headers[name] = String(value);
      if (structured.cookies?.length) headers['set-cookie'] = structured.cookies;
      const payload = structured.body === undefined ? '' : Buffer.from(structured.body, structured.isBase64Encoded ? 'base64' : 'utf8');
      response.writeHead(structured.statusCode ?? 200, headers).end(payload);
    } catch (error) {
      onError(error as Error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'Unexpected error.' }));
    }
  };
}
