/**
 * The answer's cache policy is read from the operation and the schema's @cacheControl
 * hints (functions/graphql/static-cache-policy.ts): fields that change within a data
 * version (Dataset.loadedAt, Dataset.refresh) keep an answer out of the response cache
 * wherever the operation selects them; everything else is kept for the default maxAge.
 */
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createExecutableSchema } from '../functions/graphql/apollo-server.ts';
import { cachePolicyOf } from '../functions/graphql/static-cache-policy.ts';

const DAY = 86_400;
const schema = createExecutableSchema();
const policy = (query: string) => cachePolicyOf(schema, parse(query), DAY);

describe('the static cache policy', () => {
  it('keeps a plan answer for the default maxAge, public', () => {
    expect(policy('{ chapters { number sections { id facts { id value } } } indicators(first: 3) { edges { node { code } } } }')).toEqual({ maxAge: DAY, scope: 'PUBLIC' });
  });

  it.each([
    ['a field of its own', '{ dataset { version loadedAt } }'],
    ['under an alias', '{ chapters { number } neverCached: dataset { loadedAt } }'],
    ['the refresh status', '{ dataset { refresh { state } } }'],
    ['in a named fragment', 'query { ...D } fragment D on Query { dataset { ...L } } fragment L on Dataset { loadedAt }'],
    ['in an inline fragment', '{ dataset { ... on Dataset { loadedAt } } }'],
  ])('does not keep an answer holding a field that changes within a version: %s', (_name, query) => {
    expect(policy(query).maxAge).toBe(0);
  });

  it('keeps an answer about the version that does not ask when it was loaded', () => {
    expect(policy('{ dataset { version files { key sha256 } } }').maxAge).toBe(DAY);
  });

  it('reads hints on types and scopes as well as on fields', () => {
    const hinted = buildSchema(`
      directive @cacheControl(maxAge: Int, scope: CacheControlScope) on FIELD_DEFINITION | OBJECT
      enum CacheControlScope { PUBLIC PRIVATE }
      type Query { me: Me feed: [Item!]! }
      type Me @cacheControl(maxAge: 60, scope: PRIVATE) { name: String }
      type Item { id: ID! price: Float @cacheControl(maxAge: 30) }
    `);
    expect(cachePolicyOf(hinted, parse('{ feed { id } }'), DAY)).toEqual({ maxAge: DAY, scope: 'PUBLIC' });
    expect(cachePolicyOf(hinted, parse('{ feed { id price } }'), DAY)).toEqual({ maxAge: 30, scope: 'PUBLIC' });
    expect(cachePolicyOf(hinted, parse('{ feed { id price } me { name } }'), DAY)).toEqual({ maxAge: 30, scope: 'PRIVATE' });
  });
});
