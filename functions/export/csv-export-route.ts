/**
 * `GET /export.csv?query=…&variables=…` or `GET /export.csv?id=<example name or sha256>`:
 * runs one GraphQL query on the held data version and answers its rows as CSV
 * (see row-shape.ts for how rows and columns are chosen), for BI tools and
 * spreadsheets that speak HTTP GET and CSV but not GraphQL. Optional parameters:
 * `operationName`, and `rows` naming the list to export (e.g. `rows=facts.edges`).
 * The data version is in the `X-Data-Version` header; caching works as for GET /graphql.
 */
import type { ApolloServer } from '@apollo/server';
import { getOperationAST, GraphQLError, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { GraphQLContext, RequestLog } from '../../resolvers/context.ts';
import { ErrorCode } from '../../resolvers/errors.ts';
import type { ServingWarehouse } from '../../warehouse/serving-warehouse.ts';
import { jsonResponse, type HttpRequest, type HttpResponse, type Route } from '../http/http-exchange.ts';
import { NOT_CACHEABLE, type CachePolicy } from '../http/version-caching.ts';
import { badRequest, cacheHeadersFor, notModified } from '../graphql/graphql-route.ts';
import type { PersistedOperations } from '../graphql/persisted-operations.ts';
import { createRequestContext, heldDataVersion, withServingVersion } from '../graphql/request-context.ts';
import { toCsv } from './csv.ts';
import { rowShapeOf, rowsOf, RowShapeError, valuesAt, type RowShape } from './row-shape.ts';

export interface CsvExportRouteOptions {
  server: ApolloServer<GraphQLContext>;
  schema: GraphQLSchema;
  servingWarehouse: ServingWarehouse;
  persistedOperations: PersistedOperations;
  cachePolicy: CachePolicy;
  /** The parser's token limit, as Apollo applies it to /graphql. */
  maxTokens: number;
}

interface ExportRequest {
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  shape: RowShape;
  /** The download's file name, without .csv. */
  fileName: string;
}

function readExportRequest(request: HttpRequest, { schema, persistedOperations: persisted, maxTokens }: CsvExportRouteOptions): ExportRequest | HttpResponse {
  const id = request.query.get('id');
  const text = request.query.get('query');
  if (id && text) return badRequest('Give either query= or id=, not both');
  const known = persisted.list().map((operation) => operation.name).join(', ');
  if (!id && !text) return badRequest(`Give the operation as query=… (GraphQL text) or id=… (a persisted operation: ${known})`);
  const persistedOperation = id ? persisted.find(id) : undefined;
  if (id && !persistedOperation) {
    return jsonResponse(404, { errors: [{ message: `No persisted operation "${id}". Known: ${known}`, extensions: { code: ErrorCode.NOT_FOUND } }] }, NOT_CACHEABLE);
  }
  const query = persistedOperation?.document ?? text!;

  let variables: Record<string, unknown> | undefined;
  const variablesText = request.query.get('variables');
  if (variablesText) {
    try {
      variables = JSON.parse(variablesText);
    } catch (error) {
      return badRequest(`variables= is not valid JSON: ${(error as Error).message}`);
    }
    if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) return badRequest('variables= must be a JSON object');
  }

  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens });
  } catch (error) {
    return jsonResponse(400, { errors: [(error as GraphQLError).toJSON()] }, NOT_CACHEABLE);
  }
  const operationName = request.query.get('operationName') ?? undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) return badRequest(operationName ? `The document has no operation named "${operationName}"` : 'The document holds several operations; name one with operationName=');
  if (operation.operation !== 'query') {
    return jsonResponse(405, { errors: [{ message: `The export runs queries only, not a ${operation.operation}`, extensions: { code: ErrorCode.BAD_REQUEST } }] }, { ...NOT_CACHEABLE, allow: 'GET' });
  }

  let shape: RowShape;
  try {
    shape = rowShapeOf(schema, document, operation, request.query.get('rows') ?? undefined);
  } catch (error) {
    if (error instanceof RowShapeError) return badRequest(error.message);
    throw error;
  }
  const fileName = persistedOperation?.name ?? operation.name?.value ?? 'export';
  return { query, operationName, variables, shape, fileName };
}

export function createCsvExportRoute(options: CsvExportRouteOptions): Route {
  const { server, servingWarehouse, cachePolicy } = options;
  return async (request: HttpRequest, requestLog: RequestLog) => {
    const exportRequest = readExportRequest(request, options);
    if ('status' in exportRequest) return exportRequest;
    const { query, operationName, variables, shape, fileName } = exportRequest;
    return withServingVersion(servingWarehouse, async (held) => {
      const unchanged = notModified(request, heldDataVersion(held), requestLog, cachePolicy);
      if (unchanged) return unchanged;
      let contextValue: GraphQLContext;
      try {
        contextValue = createRequestContext(held, request, requestLog);
      } catch (error) {
        const graphQLError = error as GraphQLError;
        return jsonResponse(503, { errors: [{ message: graphQLError.message, extensions: { code: graphQLError.extensions.code } }] }, NOT_CACHEABLE);
      }
      const response = await server.executeOperation({ query, variables, operationName }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not enabled, so an export answer is one result');
      const { data, errors } = response.body.singleResult;
      // A table with silently missing cells would be worse than no table: any error fails the export.
      if (errors?.length || !data) {
        const status = response.http.status ?? (requestLog.errorCodes.includes(ErrorCode.INTERNAL_SERVER_ERROR) ? 500 : 400);
        return jsonResponse(status, { errors }, NOT_CACHEABLE);
      }
      const rows = rowsOf(data, shape).map((row) => shape.columns.map((column) => valuesAt(row, column.path)));
      return {
        status: 200,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${fileName}.csv"`,
          'x-data-version': requestLog.dataVersion!,
          'x-row-count': String(rows.length),
          ...cacheHeadersFor(request, 200, requestLog, cachePolicy),
        },
        body: toCsv(shape.columns.map((column) => column.name), rows),
      };
    });
  };
}
