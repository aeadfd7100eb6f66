/**
 * The Lambda handler behind API Gateway (HTTP API payload 2.0, REST API payload
 * 1.0) or an Application Load Balancer. Configuration, the serving warehouse, the
 * schema and Apollo Server are created once per container, at module load; each
 * invocation gets a fresh context with its own loaders, pinned to the data version
 * it started on and holding it until the response is ready.
 */
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Context } from 'aws-lambda';
import { loadExampleOperations } from '../../examples/example-operations.ts';
import { loadTypeDefs } from '../../schema/type-defs.ts';
import { createServingWarehouse } from '../../warehouse/serving-warehouse.ts';
import { createWarehouseSource, servingEventsFor } from '../../warehouse/warehouse-source.ts';
import { readConfig } from '../../core/config.ts';
import { createJsonLogger } from '../../core/logger.ts';
import { dashboardResponse } from '../dashboard/dashboard-route.ts';
import { explorerResponse } from '../explorer/explorer-route.ts';
import { createCsvExportRoute } from '../export/csv-export-route.ts';
import { createHttpApp } from '../http/http-app.ts';
import type { LambdaHttpEvent, LambdaHttpResult } from '../http/lambda-event-kind.ts';
import { toHttpRequest, toLambdaResult } from '../http/lambda-events.ts';
import { apiRevisionOf } from '../http/version-caching.ts';
import { createApolloServer, createExecutableSchema } from './apollo-server.ts';
import { createGraphQLRoute } from './graphql-route.ts';
import { createPersistedOperations } from './persisted-operations.ts';

/** Room for whole answers per container; the least recently used go first, and a new data version misses anyway. */
const RESPONSE_CACHE_BYTES = 32 * 1024 * 1024;

const config = readConfig();
const logger = createJsonLogger(undefined, config.logLevel);

export const servingWarehouse = createServingWarehouse(createWarehouseSource(config, logger), {
  refreshIntervalMs: config.refreshIntervalMs,
  events: servingEventsFor(logger),
});
// The data starts loading now, in Lambda's Init phase: Init runs before any request waits and with a
// full CPU whatever the memory size. A failure is not lost: the first request tries again and answers 503.
servingWarehouse.acquire().then((lease) => lease.release(), () => undefined);

const typeDefs = loadTypeDefs();
const schema = createExecutableSchema(typeDefs);
const persistedOperations = createPersistedOperations(loadExampleOperations());
const server = createApolloServer(logger, {
  schema, apqCache: persistedOperations.apqCache, limits: config.limits, responseCache: new InMemoryLRUCache<string>({ maxSize: RESPONSE_CACHE_BYTES }),
});
// Serverless integrations start Apollo without awaiting it; a start-up failure fails every request and is logged.
server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();

const cachePolicy = { maxAgeSeconds: Math.round(config.refreshIntervalMs / 1000), apiRevision: apiRevisionOf(typeDefs) };

const app = createHttpApp({
  graphql: createGraphQLRoute({ server, servingWarehouse, cachePolicy }),
  exportCsv: createCsvExportRoute({ server, schema, servingWarehouse, persistedOperations, cachePolicy, maxTokens: config.limits.maxTokens }),
  explorer: explorerResponse,
  dashboard: dashboardResponse,
}, logger, { maxRequestBytes: config.maxRequestBytes });

let coldStart = true;

export async function handler(event: LambdaHttpEvent, context: Context): Promise<LambdaHttpResult> {
  const facts = { coldStart };
  coldStart = false;
  const response = await app(toHttpRequest(event, context.awsRequestId, config.access), facts);
  return toLambdaResult(event, response);
}
