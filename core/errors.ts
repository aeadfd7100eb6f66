/**
 * The API's errors, one module for the whole product (HTTP routes, GraphQL, resolvers).
 * An error with one of these codes reaches the client as is; anything else is logged
 * with the request id and masked as MASKED_MESSAGE.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ErrorCode = {
  /** A malformed HTTP request (body that is not JSON, missing parameters); Apollo uses the same code. */
  BAD_REQUEST: 'BAD_REQUEST',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DATA_UNAVAILABLE: 'DATA_UNAVAILABLE',
  /** The operation would cost more than the configured limit (GRAPHQL_MAX_COST), computed with its variables. */
  COST_LIMIT_EXCEEDED: 'COST_LIMIT_EXCEEDED',
  /** The request body is larger than MAX_REQUEST_BYTES (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What the client reads instead of an unexpected error's message. */
export const MASKED_MESSAGE = 'Unexpected error.';

export interface ApiErrorOptions {
  /** The HTTP status Apollo answers with when this error fails the whole request (`extensions.http`, not sent to the client). */
  status?: number;
  /** More `extensions` for the client, after `code` (e.g. `argumentName`). */
  extensions?: Record<string, unknown>;
}

/**
 * The one error class with a code. It is a GraphQLError, so Apollo passes it to the
 * client unmasked; an HTTP route writes it with errorBody().
 */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, options: ApiErrorOptions = {}) {
    super(message, {
      extensions: { code, ...options.extensions, ...(options.status === undefined ? {} : { http: { status: options.status } }) },
    });
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

/** Invalid input: names the argument so the caller can fix it. */
export function badUserInput(argument: string, message: string): ApiError {
  return new ApiError(ErrorCode.BAD_USER_INPUT, `Invalid argument "${argument}": ${message}`, { extensions: { argumentName: argument } });
}

/** No data version could be loaded: the client should retry later (HTTP 503). */
export function dataUnavailable(reason: string): ApiError {
  return new ApiError(ErrorCode.DATA_UNAVAILABLE, `Data unavailable: ${reason}`, { status: 503 });
}

/** Thrown where a switch should have covered every case; the compiler proves it did. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}

export interface ErrorBody {
  errors: GraphQLFormattedError[];
}

/**
 * The JSON body of every HTTP error answer, shaped like a GraphQL response's `errors`:
 * `{ errors: [{ message, locations?, extensions: { code, … } }] }`. An error's
 * `extensions.http` (its status, for Apollo) is not sent, as Apollo does not send it.
 */
export function errorBody(...errors: readonly GraphQLError[]): ErrorBody {
  return { errors: errors.map(withoutHttpExtension) };
}

function withoutHttpExtension(error: GraphQLError): GraphQLFormattedError {
  const { extensions, ...formatted } = error.toJSON();
  if (!extensions || !('http' in extensions)) return error.toJSON();
  const { http: _http, ...sent } = extensions;
  return Object.keys(sent).length > 0 ? { ...formatted, extensions: sent } : formatted;
}
