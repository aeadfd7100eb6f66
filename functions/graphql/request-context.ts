/**
 * Every GraphQL execution (the /graphql route and the CSV export) runs on one held
 * data version: it is acquired before the operation starts and released when the
 * answer is ready, so an answer never mixes two versions and a replaced version
 * stays open until its last request is done.
 */
import { dataUnavailable, ErrorCode } from '../../core/errors.ts';
import type { RequestLog } from '../../core/request.ts';
import type { GraphQLContext } from '../../resolvers/context.ts';
import { createLoaders } from '../../resolvers/loaders.ts';
import type { HttpRequest } from '../http/http-exchange.ts';
import { WarehouseUnavailableError, type ServingWarehouse, type WarehouseLease } from '../../warehouse/serving-warehouse.ts';

/** The version a request runs on, or why there is none (then every operation answers DATA_UNAVAILABLE). */
export type HeldVersion = WarehouseLease | WarehouseUnavailableError;

export function heldDataVersion(held: HeldVersion): string | undefined {
  return held instanceof WarehouseUnavailableError ? undefined : held.warehouse.dataset.version;
}

export async function withServingVersion<T>(serving: ServingWarehouse, run: (held: HeldVersion) => Promise<T>): Promise<T> {
  let held: HeldVersion;
  try {
    held = await serving.acquire();
  } catch (error) {
    if (!(error instanceof WarehouseUnavailableError)) throw error;
    held = error;
  }
  try {
    return await run(held);
  } finally {
    if (!(held instanceof WarehouseUnavailableError)) held.release();
  }
}

/** The resolvers' context on the held version; throws DATA_UNAVAILABLE (HTTP 503) when there is none. */
export function createRequestContext(held: HeldVersion, request: HttpRequest, requestLog: RequestLog): GraphQLContext {
  if (held instanceof WarehouseUnavailableError) {
    requestLog.errorCodes.push(ErrorCode.DATA_UNAVAILABLE);
    throw dataUnavailable(held.reason);
  }
  requestLog.dataVersion = held.warehouse.dataset.version;
  return {
    warehouse: held.warehouse, refresh: held.refresh, loaders: createLoaders(held.warehouse.db, request.audience),
    requestId: request.requestId, audience: request.audience, requestLog,
  };
}
