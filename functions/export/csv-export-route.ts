/**
 * `GET /export.csv?query=…&variables=…` or `GET /export.csv?id=<example name or sha256>`:
 * runs one GraphQL query on the held data version and answers its rows as a table
 * (see row-shape.ts for how rows and columns are chosen), for BI tools and
 * spreadsheets that speak HTTP GET but not GraphQL. Optional parameters:
 * `operationName`; `rows` naming the list to export (e.g. `rows=facts.edges`);
 * `format` (csv, the default, or another of EXPORT_FORMATS); `describe=1` for the
 * columns and their types without running the query; `newlines=keep`; `excel=1`
 * (CSV for opening by double-click in Excel) and `bom=0` (CSV without the byte
 * order mark), see csv.ts. The data version is in
 * the `X-Data-Version` header, the row list in `X-Export-Rows`; caching works as
 * for GET /graphql.
 */
import type { ApolloServer } from '@apollo/server';
import { getOperationAST, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ApiError, ErrorCode, errorBody } from '../../core/errors.ts';
import type { RequestLog } from '../../core/request.ts';
import type { GraphQLContext } from '../../resolvers/context.ts';
import type { ServingWarehouse } from '../../warehouse/serving-warehouse.ts';
import { jsonResponse, type HttpRequest, type HttpResponse, type Route } from '../http/http-exchange.ts';
import { NOT_CACHEABLE, type CachePolicy } from '../http/version-caching.ts';
import { badRequest, cacheHeadersFor, notModified } from '../graphql/graphql-route.ts';
import type { PersistedOperations } from '../graphql/persisted-operations.ts';
import { createRequestContext, heldDataVersion, withServingVersion } from '../graphql/request-context.ts';
import { exportTable } from './export-rows.ts';
import { EXPORT_FORMATS, type ExportFormatName } from './export-formats.ts';
import { rowShapeOf, RowShapeError, type RowShape } from './row-shape.ts';

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
  /** The download's file name, without its extension. */
  fileName: string;
  format: ExportFormatName;
  describe: boolean;
  keepLineBreaks: boolean;
  excel: boolean;
  bom: boolean;
}

/** A yes/no parameter: 1/true/yes or 0/false/no, absent meaning no; anything else is a 400 naming it. */
function flag(request: HttpRequest, name: string): boolean | HttpResponse {
  const value = request.query.get(name);
  if (value === null || /^(0|false|no)$/i.test(value)) return false;
  if (/^(1|true|yes)$/i.test(value)) return true;
  return badRequest(`${name}= is 1 or 0, not "${value}"`);
}

function readExportRequest(request: HttpRequest, { schema, persistedOperations: persisted, maxTokens }: CsvExportRouteOptions): ExportRequest | HttpResponse {
  const format = request.query.get('format') ?? 'csv';
  if (!(format in EXPORT_FORMATS)) return badRequest(`format= is one of ${Object.keys(EXPORT_FORMATS).join(', ')}, not "${format}"`);
  const newlines = request.query.get('newlines');
  if (newlines !== null && newlines !== 'keep' && newlines !== 'space') return badRequest(`newlines= is keep or space (the default), not "${newlines}"`);
  const describe = flag(request, 'describe');
  if (typeof describe !== 'boolean') return describe;
  const excel = flag(request, 'excel');
  if (typeof excel !== 'boolean') return excel;
  if (excel && format !== 'csv') return badRequest('excel=1 shapes CSV for Excel; other formats carry their types');
  const bom = request.query.get('bom') === null ? true : flag(request, 'bom');
  if (typeof bom !== 'boolean') return bom;
  const id = request.query.get('id');
  const text = request.query.get('query');
  if (id && text) return badRequest('Give either query= or id=, not both');
  const known = persisted.list().map((operation) => operation.name).join(', ');
  if (!id && !text) return badRequest(`Give the operation as query=… (GraphQL text) or id=… (a persisted operation: ${known})`);
  const persistedOperation = id ? persisted.find(id) : undefined;
  if (id && !persistedOperation) {
    return jsonResponse(404, errorBody(new ApiError(ErrorCode.NOT_FOUND, `No persisted operation "${id}". Known: ${known}`)), NOT_CACHEABLE);
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
    return jsonResponse(400, errorBody(error as GraphQLError), NOT_CACHEABLE);
  }
  const operationName = request.query.get('operationName') ?? undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) return badRequest(operationName ? `The document has no operation named "${operationName}"` : 'The document holds several operations; name one with operationName=');
  if (operation.operation !== 'query') {
    return jsonResponse(405, errorBody(new ApiError(ErrorCode.BAD_REQUEST, `The export runs queries only, not a ${operation.operation}`)), { ...NOT_CACHEABLE, allow: 'GET' });
  }

  let shape: RowShape;
  try {
    shape = rowShapeOf(schema, document, operation, request.query.get('rows') ?? undefined);
  } catch (error) {
    if (error instanceof RowShapeError) return badRequest(error.message);
    throw error;
  }
  const fileName = persistedOperation?.name ?? operation.name?.value ?? 'export';
  return { query, operationName, variables, shape, fileName, format: format as ExportFormatName, describe, keepLineBreaks: newlines === 'keep', excel, bom };
}

/** Which list the rows are, and which others the table leaves out: a BI tool sees what it got. */
function rowHeaders(shape: RowShape): Record<string, string> {
  return {
    'x-export-rows': shape.rowsPath.join('.') || '(the whole answer: one row)',
    ...(shape.ignoredLists.length > 0 ? { 'x-export-ignored-lists': shape.ignoredLists.join(', ') } : {}),
  };
}

/**
 * The columns and their types, without running the query: they come from the
 * operation and the schema. The document is validated, so a describe answers only
 * what an export of the same request would.
 */
function describeExport(exportRequest: ExportRequest, schema: GraphQLSchema, dataVersion: string): HttpResponse {
  const errors = validate(schema, parse(exportRequest.query));
  if (errors.length > 0) return jsonResponse(400, errorBody(...errors), NOT_CACHEABLE);
  const { shape } = exportRequest;
  return jsonResponse(200, {
    columns: shape.columns.map(({ name, type, context }) => ({ name, type, context })),
    rowsPath: shape.rowsPath.join('.'),
    ignoredLists: shape.ignoredLists,
    dataVersion,
    formats: Object.keys(EXPORT_FORMATS),
  });
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
        return jsonResponse(503, errorBody(error as GraphQLError), NOT_CACHEABLE);
      }
      if (exportRequest.describe) {
        const described = describeExport(exportRequest, options.schema, requestLog.dataVersion!);
        return { ...described, headers: { ...described.headers, ...rowHeaders(shape), 'x-data-version': requestLog.dataVersion!, ...cacheHeadersFor(request, described.status, requestLog, cachePolicy) } };
      }
      const response = await server.executeOperation({ query, variables, operationName }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not enabled, so an export answer is one result');
      const { data, errors } = response.body.singleResult;
      // A table with silently missing cells would be worse than no table: any error fails the export.
      if (errors?.length || !data) {
        const status = response.http.status ?? (requestLog.errorCodes.includes(ErrorCode.INTERNAL_SERVER_ERROR) ? 500 : 400);
        return jsonResponse(status, { errors }, NOT_CACHEABLE);
      }
      const table = exportTable(data, shape, { keepLineBreaks: exportRequest.keepLineBreaks });
      const format = EXPORT_FORMATS[exportRequest.format];
      return {
        status: 200,
        headers: {
          'content-type': format.contentType,
          'content-disposition': `attachment; filename="${fileName}.${format.extension}"`,
          'x-data-version': requestLog.dataVersion!,
          'x-row-count': String(table.rows.length),
          'x-export-format': exportRequest.format,
          ...rowHeaders(shape),
          ...cacheHeadersFor(request, 200, requestLog, cachePolicy),
        },
        body: await format.write(table, { dataVersion: requestLog.dataVersion!, excel: exportRequest.excel, bom: exportRequest.bom, name: fileName }),
      };
    });
  };
}
