/** The Apollo Server of the product: schema from schema/*.graphql, resolvers, error masking. */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphQLContext } from '../../resolvers/context.ts';
import { ErrorCode } from '../../resolvers/errors.ts';
import { resolvers } from '../../resolvers/index.ts';
import { loadTypeDefs } from '../../schema/type-defs.ts';
import type { Logger } from '../logger.ts';

export function createExecutableSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
}

export const MASKED_MESSAGE = 'Unexpected error.';

/** Unexpected errors reach the client masked; the plugin below logs them in full. */
export function maskUnexpectedError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  return { message: MASKED_MESSAGE, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
            if (code !== ErrorCode.INTERNAL_SERVER_ERROR) continue;
            const original = error.originalError ?? error;
            logger.log('error', 'unexpected error', {
              requestId: contextValue?.requestId, operationName, error: original.message, stack: original.stack,
            });
          }
        },
      };
    },
  };
}

export function createApolloServer(logger: Logger): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema: createExecutableSchema(),
    formatError: maskUnexpectedError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // The explorer is self-hosted (no CDN); Apollo's hosted landing page would reach the internet.
    plugins: [ApolloServerPluginLandingPageDisabled(), errorLoggingPlugin(logger)],
  });
}
