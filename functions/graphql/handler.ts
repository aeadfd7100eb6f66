/**
 * The Lambda handler behind API Gateway (HTTP API, payload v2). The server and
 * the serving warehouse are created once per container; each invocation gets a
 * fresh context with its own loaders, pinned to the data version it started on
 * and holding it until the response is sent.
 */
import type { ApolloServer as CommonJsApolloServer } from '@apollo/server' with { 'resolution-mode': 'require' };
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { GraphQLContext } from '../../resolvers/context.ts';
import { createLoaders } from '../../resolvers/loaders.ts';
import { dataUnavailable } from '../../resolvers/errors.ts';
import { createServingWarehouse, WarehouseUnavailableError, type WarehouseLease } from '../../warehouse/serving-warehouse.ts';
import { readConfig } from '../config.ts';
import { createJsonLogger } from '../logger.ts';
import { createWarehouseSource, servingEventsFor } from '../warehouse-source.ts';
import { createApolloServer } from './apollo-server.ts';

const config = readConfig();
const logger = createJsonLogger();

export const servingWarehouse = createServingWarehouse(createWarehouseSource(config, logger), {
  refreshIntervalMs: config.refreshIntervalMs,
  events: servingEventsFor(logger),
});

// The Lambda integration is CommonJS and declares @apollo/server's CommonJS types; the
// instance is the same at run time, only the two declaration files differ.
const server = createApolloServer(logger) as unknown as CommonJsApolloServer<GraphQLContext>;

/** The version each running invocation holds, released when its response is ready. */
const leases = new WeakMap<Context, WarehouseLease>();

const apolloHandler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
  context: async ({ context }) => {
    let lease: WarehouseLease;
    try {
      lease = await servingWarehouse.acquire();
    } catch (error) {
      if (error instanceof WarehouseUnavailableError) throw dataUnavailable(error.reason);
      throw error;
    }
    leases.set(context, lease);
    return { warehouse: lease.warehouse, refresh: lease.refresh, loaders: createLoaders(lease.warehouse.db), requestId: context.awsRequestId };
  },
});

export async function handler(event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyStructuredResultV2> {
  try {
    // The integration's handler is async; Lambda's callback argument is never used.
    return (await apolloHandler(event, context, () => undefined)) as APIGatewayProxyStructuredResultV2;
  } finally {
    leases.get(context)?.release();
    leases.delete(context);
  }
}
