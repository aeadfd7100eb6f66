/**
 * Limits that keep one request from costing the service more than a legitimate
 * analyst's query ever does. Each is checked before any resolver runs:
 * - tokens, by the parser itself (`maxTokens`), so an oversized document stays a syntax error (400);
 * - depth, aliases and directives, as validation rules (GraphQL Armor), fragments followed;
 * - cost, after the operation is resolved and WITH the request's variables, so `first: $n`
 *   costs what `$n` says (a check on literals alone is bypassed by moving the number into a variable).
 * Page sizes are capped again in the resolvers (resolvers/pagination.ts), whatever the cost says.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getNullableType, GraphQLError, isListType, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { RequestLimits } from '../../core/config.ts';
import { ApiError, ErrorCode } from '../../core/errors.ts';
import type { GraphQLContext } from '../../resolvers/context.ts';
import { DEFAULT_PAGE_SIZE } from '../../resolvers/pagination.ts';

/** What a list without a `first` argument (chapters, a chapter's sections, aggregate rows) is assumed to hold. */
const UNPAGED_LIST_SIZE = 10;

/**
 * A field costs 1 plus what it selects, times the rows it can return: `first` (or the
 * default page) for a paged field, a fixed guess for other lists, 1 for an object.
 * The edges and nodes of a connection were already counted by the connection's `first`.
 */
const rowsTimesSelectionEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.args.some((argument) => argument.name === 'first')) {
    const first = typeof args.first === 'number' ? Math.max(args.first, 0) : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * first;
  }
  if (isListType(getNullableType(field.type)) && !type.name.endsWith('Connection')) return 1 + childComplexity * UNPAGED_LIST_SIZE;
  return undefined;
};

export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string): number {
  return getComplexity({
    schema, query: document, variables, ...(operationName ? { operationName } : {}),
    estimators: [rowsTimesSelectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * Armor throws out of validate() by default; reporting instead makes an over-limit
 * operation an ordinary validation failure (400, GRAPHQL_VALIDATION_FAILED), listed
 * beside any other, without the misleading "Syntax Error" prefix Armor puts on it.
 */
const reportToValidation = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')))],
};

export function limitValidationRules(limits: RequestLimits): ValidationRule[] {
  return [
    // Introspection nests ofType deeply (21 levels in GraphiQL's query) but over a finite schema;
    // the cost limit, which multiplies at every list, is what bounds a hostile introspection query.
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...reportToValidation }),
    maxAliasesRule({ n: limits.maxAliases, ...reportToValidation }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportToValidation }),
  ];
}

/** Costs remembered per document, for this many variable sets each (the oldest forgotten first). */
const COSTS_PER_DOCUMENT = 16;

/**
 * An operation's cost, computed once per document and variables. Apollo hands the same
 * parsed document to every request that sends the same text (its document store), and
 * walking it with the schema is a visible share of a small request's time.
 */
function rememberedCosts(schema: GraphQLSchema) {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return (document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number => {
    const key = JSON.stringify([operationName ?? null, variables ?? null]);
    let known = costs.get(document);
    const remembered = known?.get(key);
    if (remembered !== undefined) return remembered;
    const cost = operationCost(schema, document, variables, operationName);
    if (!known) costs.set(document, known = new Map());
    if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value!);
    known.set(key, cost);
    return cost;
  };
}

export function costLimitPlugin(schema: GraphQLSchema, limits: RequestLimits): ApolloServerPlugin<GraphQLContext> {
  const costOf = rememberedCosts(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          let cost: number;
          try {
            cost = costOf(document, request.variables, operationName ?? undefined);
          } catch {
            // Variables that do not fit their types: execution rejects them with a precise message.
            return;
          }
          if (cost > limits.maxCost) {
            throw new ApiError(ErrorCode.COST_LIMIT_EXCEEDED, `Query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages (first) or fewer nested lists`, {
              extensions: { cost, maxCost: limits.maxCost }, status: 400,
            });
          }
        },
      };
    },
  };
}
