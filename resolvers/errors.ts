/**
 * The API's errors live in core/errors.ts, shared by the HTTP routes and the resolvers;
 * the resolvers keep importing them from here.
 */
export { ApiError, badUserInput, dataUnavailable, ErrorCode, UnreachableCaseError } from '../core/errors.ts';
