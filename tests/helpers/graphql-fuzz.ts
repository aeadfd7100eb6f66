/**
 * Random valid GraphQL operations for the fuzz test, read off the real schema:
 * root fields and sub-selections to a bounded depth, every required argument and
 * a random subset of the others, input objects with random subsets of their
 * fields, aliases, `__typename`, inline fragments, `@include`/`@skip`, and
 * argument values passed inline or as variables. Values are drawn for what an
 * argument means, by its name: real codes from the seeds alongside codes that do
 * not exist, years, page sizes and their edges, and strings chosen to break
 * things (Chinese, empty, one character, SQL-shaped, LIKE wildcards, very long,
 * NUL). Documents are built as ASTs and printed, so escaping is graphql's own.
 */
import fc from 'fast-check';
import {
  Kind, OperationTypeNode, getNamedType, isCompositeType, isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType, parseType, print,
  type GraphQLInputObjectType, type GraphQLInterfaceType, type GraphQLScalarType,
  type ArgumentNode, type DirectiveNode, type FieldNode, type GraphQLArgument, type GraphQLField, type GraphQLInputType,
  type GraphQLObjectType, type GraphQLSchema, type SelectionNode, type ValueNode, type VariableDefinitionNode,
} from 'graphql';

/** Values from the served data, so that many generated operations find something. */
export interface FuzzValues {
  indicatorCodes: string[];
  regionCodes: string[];
  sectionIds: string[];
  boxIds: string[];
  projectCodes: string[];
  units: string[];
  /** Words that occur in the plan, for text filters and search. */
  words: string[];
  /** Cursors: real ones of the served version, and broken or foreign ones. */
  cursors: string[];
}

export interface GeneratedOperation {
  query: string;
  variables: Record<string, unknown>;
}

export interface OperationOptions {
  /** Nesting levels of selection sets, the root's included. */
  maxDepth: number;
}

type IdPool = 'indicator' | 'region' | 'section' | 'box' | 'project';

/** Which codes an ID argument or input field takes, by its name; `code` and `id` take their field's. */
const ID_POOL_BY_NAME: Record<string, IdPool> = {
  indicator: 'indicator', indicators: 'indicator', codes: 'indicator',
  region: 'region', regions: 'region', parent: 'region',
  section: 'section', box: 'box', project: 'project',
};

const YEAR_NAMES = new Set(['year', 'yearFrom', 'yearTo', 'asOf', 'from', 'to']);

const INT_EDGES = [0, -1, 1, 2_147_483_647, -2_147_483_648, 1_000_000];
const PAGE_SIZES = [0, 1, 2, 5, 10, 50, 100, 500];
const PAGE_SIZE_EDGES = [-1, 501, 1_000, 10_000, 2_147_483_647, -2_147_483_648];
const LIMITS = [1, 3, 10, 1_000, 10_000];
const LIMIT_EDGES = [0, -1, 10_001, 2_147_483_647];

/** Codes no row has, some shaped to hurt a query that splices text into SQL. */
const MISSING_IDS = ['', ' ', 'I00', 'I18', 'i04', 'I04 ', '411799', '0', '-1', '9.9', "' OR 1=1 --", '%', '_', '\\', '人才', '411700; drop table fact; --', 'x'.repeat(300), '\u0000'];

/** Strings that have broken text handling elsewhere. */
const NASTY_STRINGS = [
  '', ' ', '人', 'a', "' OR 1=1 --", "'; drop table fact; --", '%', '_', '%_%', '\\', '\\%', '"', "'", '\u0000', '\n\t', '😀', '𠀀',
  'Robert\'); --', '${jndi:x}', '<script>', '人'.repeat(101), '就业'.repeat(2_500), 'x'.repeat(10_000),
];

/** True percent times in a hundred; shrinks to false, so a counterexample loses its aliases, fragments and variables first. */
const chance = (percent: number) => fc.nat({ max: 99 }).map((n) => n >= 100 - percent);
/** A counterexample shrinks towards the first, plainest alternative (a short list rather than 101 items). */
const SHRINK_TO_FIRST = { withCrossShrink: true } as const;

function scalarArbitrary(type: GraphQLScalarType, hint: string, parentField: string, values: FuzzValues): fc.Arbitrary<unknown> {
  switch (type.name) {
    case 'Int':
      return intArbitrary(hint, parentField);
    case 'Float':
      return fc.oneof(fc.constantFrom(0, -1, 0.5, 1e9), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return idArbitrary(hint, parentField, values);
    case 'String':
      return stringArbitrary(hint, values);
    default:
      throw new Error(`no values for the custom scalar ${type.name}`);
  }
}

function intArbitrary(hint: string, parentField: string): fc.Arbitrary<number> {
  const edges = fc.constantFrom(...INT_EDGES);
  if (hint === 'first') {
    return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PAGE_SIZES) }, { weight: 1, arbitrary: fc.constantFrom(...PAGE_SIZE_EDGES) }, { weight: 1, arbitrary: fc.integer({ min: -5, max: 600 }) });
  }
  if (hint === 'limit') return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LIMITS) }, { weight: 1, arbitrary: fc.constantFrom(...LIMIT_EDGES) });
  if (hint === 'chapter' || (hint === 'number' && parentField === 'chapter')) {
    return fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 13 }) }, { weight: 1, arbitrary: fc.constantFrom(14, ...INT_EDGES) });
  }
  if (YEAR_NAMES.has(hint)) {
    return fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 2014, max: 2031 }) }, { weight: 1, arbitrary: fc.constantFrom(1900, 9999, ...INT_EDGES) });
  }
  return fc.oneof(edges, fc.integer());
}

function idArbitrary(hint: string, parentField: string, values: FuzzValues): fc.Arbitrary<string> {
  const pool = ID_POOL_BY_NAME[hint === 'code' || hint === 'id' ? parentField : hint];
  const real: Record<IdPool, string[]> = {
    indicator: values.indicatorCodes, region: values.regionCodes, section: values.sectionIds, box: values.boxIds, project: values.projectCodes,
  };
  // node(id:) takes global ids, "<type>:" + the type's own id.
  const global = parentField === 'node'
    ? [...values.indicatorCodes.map((c) => `Indicator:${c}`), ...values.regionCodes.map((c) => `Region:${c}`), ...values.sectionIds.map((c) => `Section:${c}`),
      ...values.boxIds.map((c) => `Box:${c}`), ...values.projectCodes.map((c) => `Project:${c}`), 'Chapter:6', 'Plan:plan', 'Fact:I04-target']
    : [];
  const existing = pool ? real[pool] : [...global, ...values.indicatorCodes, ...values.regionCodes];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...existing) },
    { weight: 2, arbitrary: fc.constantFrom(...MISSING_IDS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
}

function stringArbitrary(hint: string, values: FuzzValues): fc.Arbitrary<string> {
  if (hint === 'after') return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values.cursors) }, { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS) });
  const likely = hint === 'unit' ? values.units : values.words;
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...likely) },
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    // Whole graphemes only: a lone surrogate cannot be written in a GraphQL string literal.
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  );
}

/**
 * A value for an argument or input field. Lists are sometimes given a single item
 * (GraphQL coerces it to a list of one) and, rarely, more items than the API takes.
 */
function inputValueArbitrary(type: GraphQLInputType, hint: string, parentField: string, values: FuzzValues): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return nonNullValueArbitrary(type.ofType, hint, parentField, values);
  return fc.oneof(SHRINK_TO_FIRST, { weight: 9, arbitrary: nonNullValueArbitrary(type, hint, parentField, values) }, { weight: 1, arbitrary: fc.constant(null) });
}

function nonNullValueArbitrary(type: GraphQLInputType, hint: string, parentField: string, values: FuzzValues): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = inputValueArbitrary(type.ofType, hint, parentField, values);
    return fc.oneof(
      SHRINK_TO_FIRST,
      { weight: 8, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: item.map((value) => ({ singleItem: value })) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 101, maxLength: 101 }) },
    );
  }
  if (isInputObjectType(type)) return inputObjectArbitrary(type, values);
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => ({ enumValue: value.name })));
  return scalarArbitrary(type as GraphQLScalarType, hint, parentField, values);
}

function inputObjectArbitrary(type: GraphQLInputObjectType, values: FuzzValues): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.values(type.getFields());
  const model = Object.fromEntries(fields.map((field) => [field.name, inputValueArbitrary(field.type, field.name, field.name, values)]));
  const required = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
  return fc.record(model, { requiredKeys: required });
}

/** Marks inside generated values: an enum value, and a list given as its single item. */
type EnumMark = { enumValue: string };
type SingleItemMark = { singleItem: unknown };
const isEnumMark = (value: unknown): value is EnumMark => typeof value === 'object' && value !== null && 'enumValue' in value;
const isSingleItemMark = (value: unknown): value is SingleItemMark => typeof value === 'object' && value !== null && 'singleItem' in value;

/** The value as a GraphQL literal of its type. */
export function toValueNode(value: unknown, type: GraphQLInputType): ValueNode {
  if (isNonNullType(type)) return toValueNode(value, type.ofType);
  if (value === null) return { kind: Kind.NULL };
  if (isListType(type)) {
    if (isSingleItemMark(value)) return toValueNode(value.singleItem, type.ofType);
    return { kind: Kind.LIST, values: (value as unknown[]).map((item) => toValueNode(item, type.ofType)) };
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return {
      kind: Kind.OBJECT,
      fields: Object.entries(value as Record<string, unknown>).map(([name, fieldValue]) => ({
        kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: name }, value: toValueNode(fieldValue, fields[name]!.type),
      })),
    };
  }
  if (isEnumMark(value)) return { kind: Kind.ENUM, value: value.enumValue };
  if (typeof value === 'boolean') return { kind: Kind.BOOLEAN, value };
  if (typeof value === 'number') return Number.isInteger(value) && (type as GraphQLScalarType).name !== 'Float' ? { kind: Kind.INT, value: String(value) } : { kind: Kind.FLOAT, value: floatLiteral(value) };
  return { kind: Kind.STRING, value: String(value) };
}

/** A GraphQL float literal: always with a fraction or exponent, never JS's "1e+21" plus sign quirks. */
function floatLiteral(value: number): string {
  const text = String(value);
  return /[.eE]/.test(text) ? text.replace('e+', 'e') : `${text}.0`;
}

/** The value as JSON variables carry it. */
export function toVariableValue(value: unknown, type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return toVariableValue(value, type.ofType);
  if (value === null) return null;
  if (isListType(type)) {
    if (isSingleItemMark(value)) return toVariableValue(value.singleItem, type.ofType);
    return (value as unknown[]).map((item) => toVariableValue(item, type.ofType));
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([name, fieldValue]) => [name, toVariableValue(fieldValue, fields[name]!.type)]));
  }
  if (isEnumMark(value)) return value.enumValue;
  return value;
}

/** Collects variables while one operation is assembled. */
class VariableCollector {
  readonly definitions: VariableDefinitionNode[] = [];
  readonly values: Record<string, unknown> = {};

  add(type: GraphQLInputType, value: unknown): ValueNode {
    const name = `v${this.definitions.length}`;
    this.definitions.push({
      kind: Kind.VARIABLE_DEFINITION,
      variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } },
      type: parseType(String(type)),
    });
    this.values[name] = toVariableValue(value, type);
    return { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } };
  }
}

/** An argument value, and whether it goes in a variable rather than inline. */
interface ArgumentChoice {
  argument: GraphQLArgument;
  value: unknown;
  asVariable: boolean;
}

/** A field with its arguments and sub-selection, before variables are numbered. */
interface FieldChoice {
  field: GraphQLField<unknown, unknown>;
  alias: boolean;
  arguments: ArgumentChoice[];
  directive: 'none' | 'include' | 'skip';
  directiveIf: boolean;
  selection: SelectionChoice | undefined;
}

interface SelectionChoice {
  fields: FieldChoice[];
  typename: boolean;
  /** Wrap the fields in `... on Type { }`. */
  inlineFragment: boolean;
}

function argumentsArbitrary(field: GraphQLField<unknown, unknown>, values: FuzzValues): fc.Arbitrary<ArgumentChoice[]> {
  const model = Object.fromEntries(field.args.map((argument) => [argument.name, fc.record({
    value: inputValueArbitrary(argument.type, argument.name, field.name, values),
    asVariable: chance(25),
  })]));
  const required = field.args.filter((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined).map((argument) => argument.name);
  return fc.record(model, { requiredKeys: required }).map((chosen) =>
    field.args.filter((argument) => argument.name in chosen).map((argument) => ({ argument, ...chosen[argument.name]! })));
}

/** Types whose fields a selection names: objects, and interfaces (node(id:)'s Node). */
type SelectableType = GraphQLObjectType | GraphQLInterfaceType;
const isSelectable = (type: unknown): type is SelectableType => isObjectType(type) || isInterfaceType(type);

const isLeafField = (field: GraphQLField<unknown, unknown>) => !isCompositeType(getNamedType(field.type));

/** Arbitraries for selection sets, one per (type, levels left), built on first use. */
class SelectionArbitraries {
  readonly #cache = new Map<string, fc.Arbitrary<SelectionChoice>>();
  readonly #values: FuzzValues;

  constructor(values: FuzzValues) {
    this.#values = values;
  }

  for(type: SelectableType, levels: number): fc.Arbitrary<SelectionChoice> {
    const key = `${type.name}:${levels}`;
    let arbitrary = this.#cache.get(key);
    if (!arbitrary) {
      arbitrary = this.#build(type, levels);
      this.#cache.set(key, arbitrary);
    }
    return arbitrary;
  }

  #build(type: SelectableType, levels: number): fc.Arbitrary<SelectionChoice> {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter(isLeafField);
    // On the last level only leaves; a type without leaves (Query) is never on it (see operationArbitrary).
    const composites = levels > 1 ? fields.filter((field) => !isLeafField(field)) : [];
    const pickedLeaves = leaves.length ? fc.subarray(leaves, { minLength: composites.length ? 0 : 1, maxLength: Math.min(4, leaves.length) }) : fc.constant([]);
    // Repeats are allowed: a second copy of a field gets an alias, as clients do to ask twice with other arguments.
    const pickedComposites = composites.length
      ? fc.array(fc.constantFrom(...composites), { minLength: leaves.length ? 0 : 1, maxLength: levels > 3 ? 2 : 3 })
      : fc.constant([]);
    return fc.tuple(pickedLeaves, pickedComposites, chance(10), chance(10)).chain(([leafFields, compositeFields, typename, inlineFragment]) => {
      const chosen = [...leafFields, ...compositeFields];
      if (chosen.length === 0) chosen.push(leaves[0] ?? composites[0]!);
      return fc.tuple(...chosen.map((field) => this.#fieldArbitrary(field, levels))).map((fieldChoices) => ({ fields: fieldChoices, typename, inlineFragment }));
    });
  }

  #fieldArbitrary(field: GraphQLField<unknown, unknown>, levels: number): fc.Arbitrary<FieldChoice> {
    const named = getNamedType(field.type);
    const selection = isSelectable(named) ? this.for(named, levels - 1) : fc.constant(undefined);
    return fc.record({
      field: fc.constant(field),
      alias: chance(15),
      arguments: argumentsArbitrary(field, this.#values),
      directive: fc.oneof({ weight: 18, arbitrary: fc.constant('none' as const) }, { weight: 1, arbitrary: fc.constant('include' as const) }, { weight: 1, arbitrary: fc.constant('skip' as const) }),
      directiveIf: fc.boolean(),
      selection,
    });
  }
}

function nameNode(value: string) {
  return { kind: Kind.NAME, value } as const;
}

function buildSelectionSet(type: SelectableType, choice: SelectionChoice, variables: VariableCollector) {
  const used = new Set<string>();
  let aliases = 0;
  const fields: SelectionNode[] = choice.fields.map((fieldChoice) => {
    const { field } = fieldChoice;
    // Response names stay unique within a set, so no two fields need merging.
    const needsAlias = used.has(field.name) || fieldChoice.alias;
    const alias = needsAlias ? `alias${(aliases += 1)}` : undefined;
    used.add(alias ?? field.name);
    const argumentNodes: ArgumentNode[] = fieldChoice.arguments.map(({ argument, value, asVariable }) => ({
      kind: Kind.ARGUMENT,
      name: nameNode(argument.name),
      value: asVariable ? variables.add(argument.type, value) : toValueNode(value, argument.type),
    }));
    const directives: DirectiveNode[] = fieldChoice.directive === 'none' ? [] : [{
      kind: Kind.DIRECTIVE,
      name: nameNode(fieldChoice.directive),
      arguments: [{ kind: Kind.ARGUMENT, name: nameNode('if'), value: { kind: Kind.BOOLEAN, value: fieldChoice.directiveIf } }],
    }];
    const named = getNamedType(field.type);
    const node: FieldNode = {
      kind: Kind.FIELD,
      ...(alias ? { alias: nameNode(alias) } : {}),
      name: nameNode(field.name),
      arguments: argumentNodes,
      directives,
      ...(fieldChoice.selection && isSelectable(named) ? { selectionSet: buildSelectionSet(named, fieldChoice.selection, variables) } : {}),
    };
    return node;
  });
  if (choice.typename && !used.has('__typename')) fields.push({ kind: Kind.FIELD, name: nameNode('__typename') });
  if (!choice.inlineFragment) return { kind: Kind.SELECTION_SET, selections: fields } as const;
  return {
    kind: Kind.SELECTION_SET,
    selections: [{ kind: Kind.INLINE_FRAGMENT, typeCondition: { kind: Kind.NAMED_TYPE, name: nameNode(type.name) }, selectionSet: { kind: Kind.SELECTION_SET, selections: fields } }],
  } as const;
}

/** Valid query operations on the schema, at most `maxDepth` selection sets deep. */
export function operationArbitrary(schema: GraphQLSchema, values: FuzzValues, options: OperationOptions): fc.Arbitrary<GeneratedOperation> {
  const queryType = schema.getQueryType();
  if (!queryType) throw new Error('the schema has no query type');
  // The root has no leaf fields, so it needs at least two levels.
  if (options.maxDepth < 2) throw new Error('maxDepth must be at least 2');
  const selections = new SelectionArbitraries(values);
  return fc.tuple(fc.integer({ min: 2, max: options.maxDepth }), chance(50))
    .chain(([levels, named]) => fc.tuple(selections.for(queryType, levels), fc.constant(named)))
    .map(([choice, named]) => {
      const variables = new VariableCollector();
      const selectionSet = buildSelectionSet(queryType, choice, variables);
      const query = print({
        kind: Kind.DOCUMENT,
        definitions: [{
          kind: Kind.OPERATION_DEFINITION,
          operation: OperationTypeNode.QUERY,
          ...(named ? { name: nameNode('Fuzz') } : {}),
          variableDefinitions: variables.definitions,
          selectionSet,
        }],
      });
      return { query, variables: variables.values };
    });
}
