/** What every resolver receives: the warehouse version this request runs on and its loaders. */
import type { RefreshStatus } from '../warehouse/serving-warehouse.ts';
import type { Audience, RequestLog } from '../core/request.ts';
import { scopeToAudience, type FactScope } from '../warehouse/visible-data.ts';
import type { Warehouse } from '../warehouse/warehouse.ts';
import type { Loaders } from './loaders.ts';

export interface GraphQLContext {
  /** Fixed for the whole request, so a response never mixes two data versions. */
  warehouse: Warehouse;
  /** How the process is keeping its data current, as of the start of the request. */
  refresh?: RefreshStatus;
  loaders: Loaders;
  requestId: string;
  /** Decided by API Gateway's authorizer or API key (functions/http/caller-audience.ts); 'public' when absent. */
  audience?: Audience;
  /** What the request's access log line reports; the server fills it in as the request runs. */
  requestLog?: RequestLog;
}

/** What this request may read: root fields query the warehouse through it (loaders get the same scope from createLoaders). */
export function factScopeOf(ctx: GraphQLContext): FactScope {
  return scopeToAudience(ctx.warehouse.db, ctx.audience);
}
