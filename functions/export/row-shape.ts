/**
 * How a GraphQL answer becomes a table, decided from the operation and the schema
 * (never from the data, so a column whose values are all null still exists and the
 * columns of a saved query never change):
 * - the rows are the first list in the operation, depth first in document order
 *   (`progress`, `facts.edges`, `aggregate.rows`), or the list named by `rows=`;
 *   an operation without a list is one row;
 * - the columns are the scalar fields under a row, named by their response keys
 *   joined with dots (`indicator.code`, `node.source.quote`), in document order;
 *   aliases rename them;
 * - a list inside a row stays in the row: its values are joined with "; ".
 */
import {
  getNamedType, getNullableType, isCompositeType, isListType, isObjectType, isInterfaceType, Kind,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLOutputType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';

export interface Column {
  /** The header: response keys from the row down to the value, joined with dots. */
  name: string;
  path: string[];
}

export interface RowShape {
  /** Response keys from `data` to the list of rows; empty when the whole answer is one row. */
  rowsPath: string[];
  columns: Column[];
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

function leafColumns(walker: Walker, fields: SelectedFields, prefix: string[]): Column[] {
  const columns: Column[] = [];
  for (const [key, field] of fields) {
    const path = [...prefix, key];
    if (isCompositeType(getNamedType(field.type))) columns.push(...leafColumns(walker, walker.fieldsOf(field), path));
    else columns.push({ name: path.join('.'), path });
  }
  return columns;
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
  if (!list) return { rowsPath: [], columns: leafColumns(walker, rootFields, []) };
  const last = list.rowsPath.at(-1)!;
  const columns = isCompositeType(getNamedType(list.row.type)) ? leafColumns(walker, walker.fieldsOf(list.row), []) : [{ name: last, path: [] }];
  return { rowsPath: list.rowsPath, columns };
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
