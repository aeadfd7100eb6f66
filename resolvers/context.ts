/** What every resolver receives: the warehouse version this request runs on and its loaders. */
import type { Warehouse } from '../warehouse/warehouse.ts';
import type { Loaders } from './loaders.ts';

export interface GraphQLContext {
  /** Fixed for the whole request, so a response never mixes two data versions. */
  warehouse: Warehouse;
  loaders: Loaders;
  requestId: string;
}
