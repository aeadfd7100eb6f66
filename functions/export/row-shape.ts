/**
 * How a GraphQL answer becomes a table, decided from the operation and the schema
 * (never from the data, so a column whose values are all null still exists and the
 * columns of a saved query never change):
 * - the rows are the first list in the operation, depth first in document order
 *   (`progress`, `facts.edges`, `aggregate.rows`), or the list named by `rows=`;
 *   an operation without a list is one row; other lists outside the rows are left
 *   out and named (`ignoredLists`);
 * - the columns are, first, the scalar fields selected above the row list (context:
 *   `indicator { code name }` around `series { … }`, the same value on every row),
 *   then the scalar fields under a row, in document order;
 * - names are response keys joined with dots: a context column's from the root
 *   (`indicator.code`, `facts.totalCount`), a row column's from the row, with the
 *   `node.` of a connection's edges left out (`id`, `source.quote`, `cursor`); aliases
 *   rename; a name taken already gets " (2)", " (3)" …;
 * - a list inside a row stays in the row: its values are joined with "; " in one text cell;
 * - types come from the schema: Int → integer, Float → number, Boolean → boolean,
 *   anything else (String, ID, enums, joined lists) → text.
 */
import {
  getNamedType, getNullableType, isCompositeType, isListType, isObjectType, isInterfaceType, Kind,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLOutputType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import type { ColumnType } from './export-table.ts';

export interface Column {
  /** The header; unique within the shape. */
  name: string;
  /** Response keys down to the value: from the row for a row column, from `data` for a context column. */
  path: string[];
  type: ColumnType;
  /** Selected above the row list: read from the answer's root, the same on every row. */
  context: boolean;
}

export interface RowShape {
  /** Response keys from `data` to the list of rows; empty when the whole answer is one row. */
  rowsPath: string[];
  columns: Column[];
  /** Lists outside the rows, left out of the table, as dotted response keys. */
  ignoredLists: string[];
}

/** The export cannot be made from this operation; the message says why. */
export class RowShapeError extends Error {}

interface SelectedField {
  type: GraphQLOutputType;
  selectionSets: SelectionSetNode[];
  /** The fragments being expanded where the field was selected, so a fragment that selects itself further down is not expanded forever. */
  spreading: ReadonlySet<string>;
}

type SelectedFields = Map<string, SelectedField>;

function collectFields(
  schema: GraphQLSchema, fragments: Map<string, FragmentDefinitionNode>, parentType: GraphQLCompositeType,
  selectionSets: readonly SelectionSetNode[], into: SelectedFields = new Map(), spreading: ReadonlySet<string> = new Set(),
): SelectedFields {
  for (const selectionSet of selectionSets) {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const type = selection.name.value === '__typename'
          ? schema.getType('String') as GraphQLOutputType
          : isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[selection.name.value]?.type : undefined;
        // Unknown fields fail validation before any export is made; here they are just not columns.
        if (!type) continue;
        const field = into.get(key) ?? { type, selectionSets: [], spreading };
        if (selection.selectionSet) field.selectionSets.push(selection.selectionSet);
        into.set(key, { ...field, spreading: new Set([...field.spreading, ...spreading]) });
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      // Validation rejects unknown and circular fragments; stop here rather than loop.
      if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && spreading.has(selection.name.value))) continue;
      const conditionType = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parentType;
      const nextSpreading = selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...spreading, selection.name.value]) : spreading;
      if (conditionType && isCompositeType(conditionType)) collectFields(schema, fragments, conditionType, [fragment.selectionSet], into, nextSpreading);
    }
  }
  return into;
}

interface Walker {
  fieldsOf(field: SelectedField): SelectedFields;
}

function createWalker(schema: GraphQLSchema, document: DocumentNode): Walker {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return {
    fieldsOf: (field) => {
      const named = getNamedType(field.type);
      return isCompositeType(named) ? collectFields(schema, fragments, named, field.selectionSets, new Map(), field.spreading) : new Map();
    },
  };
}

const SCALAR_TYPES: Record<string, ColumnType> = { Int: 'integer', Float: 'number', Boolean: 'boolean' };

/** The scalar leaves under `fields`, with paths from `prefix`; a value reached through a list is one joined text cell. */
function leafColumns(walker: Walker, fields: SelectedFields, prefix: string[], throughList = false): Omit<Column, 'name' | 'context'>[] {
  const columns: Omit<Column, 'name' | 'context'>[] = [];
  for (const [key, field] of fields) {
    const path = [...prefix, key];
    const isList = throughList || isListType(getNullableType(field.type));
    if (isCompositeType(getNamedType(field.type))) columns.push(...leafColumns(walker, walker.fieldsOf(field), path, isList));
    else columns.push({ path, type: isList ? 'text' : SCALAR_TYPES[getNamedType(field.type).name] ?? 'text' });
  }
  return columns;
}

/**
 * The scalar leaves above the rows: every field outside the row list that is not a
 * list itself; the lists met on the way, other than the row list and those holding
 * it, are collected in `ignored`.
 */
function contextColumns(walker: Walker, fields: SelectedFields, prefix: string[], rowsPath: readonly string[], ignored: string[]): Omit<Column, 'name' | 'context'>[] {
  const columns: Omit<Column, 'name' | 'context'>[] = [];
  for (const [key, field] of fields) {
    const path = [...prefix, key];
    const onRowsPath = path.every((part, index) => rowsPath[index] === part);
    if (onRowsPath && path.length === rowsPath.length) continue;
    if (isListType(getNullableType(field.type))) {
      ignored.push(path.join('.'));
      continue;
    }
    if (isCompositeType(getNamedType(field.type))) columns.push(...contextColumns(walker, walker.fieldsOf(field), path, rowsPath, ignored));
    else columns.push({ path, type: SCALAR_TYPES[getNamedType(field.type).name] ?? 'text' });
  }
  return columns;
}

/** A connection's edge: its node's fields are named without the "node." every one of them would carry. */
function isEdge(field: SelectedField): boolean {
  const type = getNamedType(field.type);
  return isObjectType(type) && type.name.endsWith('Edge') && 'node' in type.getFields();
}

/** Unique names in column order: a name met again gets " (2)", " (3)" …. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** The row list and the row's fields, or undefined when no list lies below. */
function firstList(walker: Walker, fields: SelectedFields, prefix: string[]): { rowsPath: string[]; row: SelectedField } | undefined {
  for (const [key, field] of fields) {
    if (isListType(getNullableType(field.type))) return { rowsPath: [...prefix, key], row: field };
    if (!isCompositeType(getNamedType(field.type))) continue;
    const found = firstList(walker, walker.fieldsOf(field), [...prefix, key]);
    if (found) return found;
  }
  return undefined;
}

function namedList(walker: Walker, fields: SelectedFields, rowsPath: string[]): { rowsPath: string[]; row: SelectedField } {
  let current = fields;
  for (const [index, key] of rowsPath.entries()) {
    const field = current.get(key);
    const walked = rowsPath.slice(0, index + 1).join('.');
    if (!field) throw new RowShapeError(`rows=${rowsPath.join('.')}: the operation selects no field "${walked}"`);
    const isList = isListType(getNullableType(field.type));
    if (index === rowsPath.length - 1) {
      if (!isList) throw new RowShapeError(`rows=${rowsPath.join('.')}: "${walked}" is not a list`);
      return { rowsPath, row: field };
    }
    if (isList) throw new RowShapeError(`rows=${rowsPath.join('.')}: "${walked}" is already a list; name a list that is not inside another`);
    current = walker.fieldsOf(field);
  }
  throw new RowShapeError('rows= must name a list, e.g. rows=facts.edges');
}

export function rowShapeOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rowsParameter?: string): RowShape {
  const walker = createWalker(schema, document);
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) throw new RowShapeError(`the schema has no ${operation.operation} type`);
  const rootFields = walker.fieldsOf({ type: rootType, selectionSets: [operation.selectionSet], spreading: new Set() });
  const list = rowsParameter ? namedList(walker, rootFields, rowsParameter.split('.')) : firstList(walker, rootFields, []);
  if (!list) {
    const columns = leafColumns(walker, rootFields, []);
    const names = uniqueNames(columns.map((column) => column.path.join('.')));
    return { rowsPath: [], columns: columns.map((column, k) => ({ ...column, name: names[k]!, context: false })), ignoredLists: [] };
  }
  const ignoredLists: string[] = [];
  const context = contextColumns(walker, rootFields, [], list.rowsPath, ignoredLists);
  const last = list.rowsPath.at(-1)!;
  const rowColumns = isCompositeType(getNamedType(list.row.type))
    ? leafColumns(walker, walker.fieldsOf(list.row), [])
    : [{ path: [], type: SCALAR_TYPES[getNamedType(list.row.type).name] ?? 'text' as ColumnType }];
  const edge = isEdge(list.row);
  const rowName = (path: readonly string[]) => (path.length === 0 ? last : (edge && path[0] === 'node' && path.length > 1 ? path.slice(1) : path).join('.'));
  const names = uniqueNames([...context.map((column) => column.path.join('.')), ...rowColumns.map((column) => rowName(column.path))]);
  return {
    rowsPath: list.rowsPath,
    columns: [
      ...context.map((column, k) => ({ ...column, name: names[k]!, context: true })),
      ...rowColumns.map((column, k) => ({ ...column, name: names[context.length + k]!, context: false })),
    ],
    ignoredLists,
  };
}

/** The rows of an answer: the objects at rowsPath (none when a field on the way is null). */
export function rowsOf(data: Record<string, unknown>, shape: RowShape): unknown[] {
  let value: unknown = data;
  for (const key of shape.rowsPath) {
    if (value === null || value === undefined) return [];
    value = (value as Record<string, unknown>)[key];
  }
  if (shape.rowsPath.length === 0) return [data];
  return Array.isArray(value) ? value : [];
}

/** The values at a path under a row; lists on the way contribute all their items' values. */
export function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  if (path.length === 0) return [value];
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}
