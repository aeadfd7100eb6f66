/**
 * The API's error codes, one enum for the whole product. A GraphQLError with one
 * of these codes reaches the client as is; anything else is logged with the
 * request id and masked.
 */
import { GraphQLError } from 'graphql';

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

/** Invalid input: names the argument so the caller can fix it. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: argument },
  });
}

/** No data version could be loaded: the client should retry later (HTTP 503). */
export function dataUnavailable(reason: string): GraphQLError {
  return new GraphQLError(`Data unavailable: ${reason}`, {
    extensions: { code: ErrorCode.DATA_UNAVAILABLE, http: { status: 503 } },
  });
}

/** Thrown where a switch should have covered every case; the compiler proves it did. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}
