/**
 * The dashboard's GraphQL client: fetch and the TypedDocumentStrings that codegen
 * generates (dashboard/src/gql/). That is all a read-only page needs: it sends a known
 * set of queries once per page and shows the answers, so Apollo Client's normalised
 * cache, reactive queries and mutations would add some 40 KB gzipped and nothing it
 * uses. Types flow from the schema: `request(IndicatorSeriesQuery, { code })` returns
 * `DashboardIndicatorSeriesQuery` and refuses wrong variables at compile time.
 */
import type { TypedDocumentString } from './gql/graphql.ts';

/** Relative to the page, so the dashboard works at /dashboard and under an API Gateway stage (/dev/dashboard). */
export const GRAPHQL_URL = 'graphql';
export const EXPORT_URL = 'export.csv';

export class GraphQLRequestError extends Error {}

type VariablesArgument<V> = V extends Record<string, never> ? [] : [V];

export async function request<R, V>(document: TypedDocumentString<R, V>, ...[variables]: VariablesArgument<V>): Promise<R> {
  const response = await fetch(new URL(GRAPHQL_URL, location.href), {
    method: 'POST',
    // application/json also passes the server's CSRF guard.
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
  });
  const answer = await response.json() as { data?: R | null; errors?: { message: string }[] };
  if (answer.errors?.length) throw new GraphQLRequestError(answer.errors.map((error) => error.message).join('; '));
  if (!answer.data) throw new GraphQLRequestError(`GraphQL answered ${response.status} without data`);
  return answer.data;
}

/** The CSV export of exactly the query a chart was drawn from. */
export function exportCsvUrl<R, V>(document: TypedDocumentString<R, V>, ...[variables]: VariablesArgument<V>): string {
  const url = new URL(EXPORT_URL, location.href);
  url.searchParams.set('query', document.toString().replace(/\s+/g, ' ').trim());
  if (variables && Object.keys(variables).length > 0) url.searchParams.set('variables', JSON.stringify(variables));
  return url.href;
}
