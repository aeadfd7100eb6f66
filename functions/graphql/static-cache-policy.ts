/**
 * The cache policy of an answer, read from the operation and the schema's
 * `@cacheControl` hints before it runs, once per document.
 *
 * Why not Apollo's cache-control plugin: it works the policy out while the answer is
 * built, with a hook on every resolved field, and any such hook makes Apollo wrap
 * every resolver of the schema. On a page of 200 facts that doubled the time of an
 * answer not already in the response cache (bench/results/peer.md). Here no hint
 * depends on the data: a field's or type's maxAge is fixed in the SDL
 * (schema/cache-control.graphql), so what an operation selects decides its policy.
 * The reading is conservative: a hinted field under @skip, in a fragment that never
 * applies or in another operation of the same document still counts, so such an answer
 * is at worst not cached, never kept too long.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType, isCompositeType, Kind, TypeInfo, visit, visitWithTypeInfo,
  type ConstDirectiveNode, type DocumentNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema,
} from 'graphql';
import type { GraphQLContext } from '../../resolvers/context.ts';

export interface CachePolicy {
  maxAge: number;
  scope: 'PUBLIC' | 'PRIVATE';
}

interface Hint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

function hintOf(directives: readonly ConstDirectiveNode[] | undefined): Hint | null {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive) return null;
  const hint: Hint = {};
  for (const argument of directive.arguments ?? []) {
    if (argument.name.value === 'maxAge' && argument.value.kind === Kind.INT) hint.maxAge = Number(argument.value.value);
    if (argument.name.value === 'scope' && argument.value.kind === Kind.ENUM) hint.scope = argument.value.value === 'PRIVATE' ? 'PRIVATE' : 'PUBLIC';
  }
  return hint;
}

/** The policy of an operation: the smallest maxAge and the narrowest scope of every field it selects and every type those return. */
export function cachePolicyOf(schema: GraphQLSchema, document: DocumentNode, defaultMaxAge: number): CachePolicy {
  const policy: CachePolicy = { maxAge: defaultMaxAge, scope: 'PUBLIC' };
  const apply = (hint: Hint | null) => {
    if (hint?.maxAge !== undefined) policy.maxAge = Math.min(policy.maxAge, hint.maxAge);
    if (hint?.scope === 'PRIVATE') policy.scope = 'PRIVATE';
  };
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    Field() {
      const field: GraphQLField<unknown, unknown> | null | undefined = typeInfo.getFieldDef();
      if (!field) return;
      apply(hintOf(field.astNode?.directives));
      const type = getNamedType(field.type);
      if (isCompositeType(type)) apply(hintOf((type as GraphQLCompositeType).astNode?.directives));
    },
  }));
  return policy;
}

/**
 * Sets each request's overall cache policy from its document (what the response cache
 * plugin reads when it decides to keep an answer). Documents are Apollo's parsed ones,
 * the same object for the same text, so each is read once.
 */
export function staticCachePolicyPlugin(schema: GraphQLSchema, defaultMaxAge: number): ApolloServerPlugin<GraphQLContext> {
  const policies = new WeakMap<DocumentNode, CachePolicy>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, overallCachePolicy }) {
          let policy = policies.get(document);
          if (!policy) policies.set(document, policy = cachePolicyOf(schema, document, defaultMaxAge));
          overallCachePolicy.replace(policy);
        },
      };
    },
  };
}
