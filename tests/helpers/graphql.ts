/** Runs real GraphQL operations against a warehouse loaded from the real seeds. */
import type { ApolloServer } from '@apollo/server';
import { createApolloServer } from '../../functions/graphql/apollo-server.ts';
import { createJsonLogger, type Logger } from '../../functions/logger.ts';
import { loadSeedsFromDirectory } from '../../dataset/seeds-directory.ts';
import type { GraphQLContext } from '../../resolvers/context.ts';
import { createLoaders } from '../../resolvers/loaders.ts';
import { createDuckDbWarehouse, type Warehouse } from '../../warehouse/warehouse.ts';
import { REAL_SEEDS_DIR } from './seeds.ts';

export interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestApi {
  warehouse: Warehouse;
  logLines: string[];
  /** SQL statements run since the last reset. */
  statements: string[];
  execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

export async function startTestApi(): Promise<TestApi> {
  const statements: string[] = [];
  const warehouse = await createDuckDbWarehouse(await loadSeedsFromDirectory(REAL_SEEDS_DIR), {
    origin: REAL_SEEDS_DIR,
    onQuery: (sql) => statements.push(sql),
  });
  const logLines: string[] = [];
  const logger: Logger = createJsonLogger((line) => logLines.push(line));
  const server: ApolloServer<GraphQLContext> = createApolloServer(logger);
  await server.start();
  let requests = 0;
  return {
    warehouse,
    logLines,
    statements,
    async execute<T>(query: string, variables?: Record<string, unknown>) {
      requests += 1;
      const response = await server.executeOperation(
        { query, ...(variables ? { variables } : {}) },
        { contextValue: { warehouse, loaders: createLoaders(warehouse.db), requestId: `test-${requests}` } },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single GraphQL result');
      return response.body.singleResult as GraphQLResult<T>;
    },
    async close() {
      await server.stop();
      await warehouse.close();
    },
  };
}
