/** The Apollo Server of the product: schema from schema/*.graphql, resolvers, error masking. */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from '../../core/config.ts';
import { ErrorCode, MASKED_MESSAGE } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { GraphQLContext } from '../../resolvers/context.ts';
import { resolvers } from '../../resolvers/index.ts';
import { withSnakeCaseFallback } from '../../resolvers/snake-case-fields.ts';
import { loadTypeDefs } from '../../schema/type-defs.ts';
import { staticCachePolicyPlugin } from './static-cache-policy.ts';
import { costLimitPlugin, limitValidationRules } from './request-limits.ts';

export function createExecutableSchema(typeDefs: readonly string[] = loadTypeDefs()) {
  // In place: the schema was just built here and is shared with nobody, so a second copy with the resolvers is wasted start-up time.
  // The rows keep their columns' snake_case names; fields no map names read them (resolvers/snake-case-fields.ts).
  return withSnakeCaseFallback(makeExecutableSchema({ typeDefs: [...typeDefs], resolvers, updateResolversInPlace: true }));
}

/**
 * An error's code: its own, or BAD_REQUEST for a code-less error that Apollo answers
 * with a 4xx status (e.g. an APQ hash that does not match its document), or else
 * INTERNAL_SERVER_ERROR: unexpected, masked for the client and logged in full.
 */
export function errorCodeOf(error: unknown): string {
  if (!(error instanceof GraphQLError)) return ErrorCode.INTERNAL_SERVER_ERROR;
  if (error.extensions.code !== undefined) return String(error.extensions.code);
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return status !== undefined && status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_SERVER_ERROR;
}

/** Unexpected errors reach the client masked; the plugin below logs them in full. */
export function maskUnexpectedError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = errorCodeOf(error);
  if (code !== ErrorCode.INTERNAL_SERVER_ERROR) return { ...formatted, extensions: { ...formatted.extensions, code } };
  return { message: MASKED_MESSAGE, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** Logs unexpected errors in full and notes the operation name and error codes for the access log line. */
function requestLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          if (contextValue.requestLog && operationName) contextValue.requestLog.operationName = operationName;
        },
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = errorCodeOf(error);
            contextValue?.requestLog?.errorCodes.push(code);
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

export interface ApolloServerOptions {
  /** Built once per process by the caller that also needs it (the CSV export); built here otherwise. */
  schema?: GraphQLSchema;
  /** Where automatic persisted queries are kept; Apollo's own in-memory cache when absent. */
  apqCache?: KeyValueCache<string>;
  limits?: Readonly<RequestLimits>;
  /** Keep whole answers per data version and audience (the Lambda handler does; tests that count statements do not). */
  responseCache?: KeyValueCache<string>;
}

/**
 * A data version never changes, so an answer is good for as long as its version is
 * served: answers are kept under the version and audience (on top of the operation and
 * its variables), and a new version simply misses. Age plays no part, hence a default
 * maxAge of a day; the fields that do change within a version say maxAge 0 in the schema
 * (schema/cache-control.graphql). HTTP cache headers are set from the data version
 * instead (functions/http/version-caching.ts).
 */
function responseCachePlugins(schema: GraphQLSchema, cache: KeyValueCache<string>): ApolloServerPlugin<GraphQLContext>[] {
  return [
    staticCachePolicyPlugin(schema, 86_400),
    responseCachePlugin<GraphQLContext>({
      cache,
      extraCacheKeyData: async ({ contextValue }) => `${contextValue.warehouse.dataset.version}|${contextValue.audience ?? 'public'}`,
    }),
  ];
}

export function createApolloServer(logger: Logger, options: ApolloServerOptions = {}): ApolloServer<GraphQLContext> {
  const schema = options.schema ?? createExecutableSchema();
  const limits = options.limits ?? DEFAULT_REQUEST_LIMITS;
  return new ApolloServer<GraphQLContext>({
    schema,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitValidationRules(limits),
    introspection: limits.introspection,
    hideSchemaDetailsFromClientErrors: !limits.fieldSuggestions,
    // One operation per request: a batch would multiply every limit by its length.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError: maskUnexpectedError,
    includeStacktraceInErrorResponses: false,
    ...(options.apqCache ? { persistedQueries: { cache: options.apqCache } } : {}),
    plugins: [
      // The explorer is self-hosted (no CDN); Apollo's hosted landing page would reach the internet.
      ApolloServerPluginLandingPageDisabled(),
      // Inline traces are for federation subgraphs, which this server is not; Apollo would otherwise load its protobuf code at every start.
      ApolloServerPluginInlineTraceDisabled(),
      requestLoggingPlugin(logger),
      costLimitPlugin(schema, limits),
      // Apollo's own cache-control plugin is off either way: it would hook every field (static-cache-policy.ts says why).
      ApolloServerPluginCacheControlDisabled(),
      ...(options.responseCache ? responseCachePlugins(schema, options.responseCache) : []),
    ],
  });
}
