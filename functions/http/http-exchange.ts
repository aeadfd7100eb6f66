/**
 * One HTTP exchange in the shape every route works with, whatever carried it: an API
 * Gateway HTTP API (v2) or REST API (v1) event, an ALB event, or the local server.
 * Routes never see Lambda event shapes; functions/http/lambda-events.ts translates.
 */
import type { Audience, RequestLog } from '../../core/request.ts';
export interface HttpRequest {
  /** Upper-case method. */
  method: string;
  /** The path the client asked for, without any API Gateway stage prefix. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case; repeated headers joined with ", ". */
  headers: ReadonlyMap<string, string>;
  /** The body decoded as UTF-8 ("" when there is none). */
  body: string;
  /** The Lambda request id (the local server makes one up per request). */
  requestId: string;
  /** Who may see what, as API Gateway's authorizer or API key established (functions/http/caller-audience.ts). */
  audience: Audience;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** Text is sent as UTF-8; bytes are sent base64-encoded through API Gateway. */
  body: string | Uint8Array;
}

export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

/** One endpoint; it notes what the access log line should say (operation, data version, error codes) in requestLog. */
export type Route = (request: HttpRequest, requestLog: RequestLog) => Promise<HttpResponse>;
