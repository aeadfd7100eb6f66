/**
 * The Lambda handler behind API Gateway (HTTP API, payload v2). The server and
 * the warehouse are created once per container; each invocation gets a fresh
 * context with its own loaders, pinned to the warehouse version it started on.
 */
import type { ApolloServer as CommonJsApolloServer } from '@apollo/server' with { 'resolution-mode': 'require' };
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { GraphQLContext } from '../../resolvers/context.ts';
import { loadSeedsFromDirectory } from '../../dataset/seeds-directory.ts';
import { createLoaders } from '../../resolvers/loaders.ts';
import { dataUnavailable } from '../../resolvers/errors.ts';
import { createWarehouseProvider, WarehouseUnavailableError } from '../../warehouse/warehouse-provider.ts';
import { createDuckDbWarehouse } from '../../warehouse/warehouse.ts';
import { readConfig } from '../config.ts';
import { createJsonLogger } from '../logger.ts';
import { createApolloServer } from './apollo-server.ts';

const config = readConfig();
const logger = createJsonLogger();

export const warehouseProvider = createWarehouseProvider(
  async () => {
    const started = performance.now();
    const warehouse = await createDuckDbWarehouse(await loadSeedsFromDirectory(config.seedsDir), { origin: config.seedsDir });
    logger.log('info', 'data version loaded', { dataVersion: warehouse.dataset.version, source: config.seedsDir, ms: Math.round(performance.now() - started) });
    return warehouse;
  },
  (error) => logger.log('error', 'data version failed to load', { source: config.seedsDir, error: error.message }),
);

// The Lambda integration is CommonJS and declares @apollo/server's CommonJS types; the
// instance is the same at run time, only the two declaration files differ.
const server = createApolloServer(logger) as unknown as CommonJsApolloServer<GraphQLContext>;

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
  context: async ({ context }) => {
    try {
      const warehouse = await warehouseProvider.get();
      return { warehouse, loaders: createLoaders(warehouse.db), requestId: context.awsRequestId };
    } catch (error) {
      if (error instanceof WarehouseUnavailableError) throw dataUnavailable(error.reason);
      throw error;
    }
  },
});
