/** What the HTTP layer and the GraphQL layer share about one request. */

/** Who is asking: decided by API Gateway (functions/http/caller-audience.ts); 'public' when nothing says otherwise. */
export type Audience = 'public' | 'internal';

/** What a request's access log line reports; the routes and the GraphQL server fill it in as the request runs. */
export interface RequestLog {
  operationName?: string;
  /** The data version the request ran on. */
  dataVersion?: string;
  /** The `extensions.code` of every error in the response, in order. */
  errorCodes: string[];
}
