import type { GraphiQLProps } from 'graphiql';
import { Kind, parse } from 'graphql';

type Fetcher = GraphiQLProps['fetcher'];
type FetcherParams = Parameters<Fetcher>[0];

/**
 * POSTs each operation as JSON: the server's CSRF prevention lets JSON POSTs through
 * without extra headers. The headers typed into GraphiQL's header editor are sent too.
 */
export function createGraphQLFetcher(graphqlUrl: URL): Fetcher {
  return async (params, options) => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: {
        accept: 'application/graphql-response+json, application/json;q=0.9',
        'content-type': 'application/json',
        ...options?.headers,
      },
      body: JSON.stringify(withDefinedOperationName(params)),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      // A gateway timeout or a proxy's error page is not GraphQL; show what came back.
      throw new Error(`HTTP ${response.status} ${response.statusText}: ${text.slice(0, 500)}`);
    }
  };
}

/**
 * GraphiQL learns the operation name 100 ms after a tab switch or an edit; a run in
 * between sends the previous tab's name with the new document, which the server
 * rightly refuses. A name the document does not define is dropped, so the server
 * runs the document's only operation (or asks which one, if there are several).
 */
function withDefinedOperationName(params: FetcherParams): FetcherParams {
  if (!params.operationName) return params;
  let definedNames: (string | undefined)[];
  try {
    definedNames = parse(params.query).definitions.map((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION ? definition.name?.value : undefined,
    );
  } catch {
    return params; // The server reports the syntax error better than we could.
  }
  return definedNames.includes(params.operationName) ? params : { ...params, operationName: null };
}
