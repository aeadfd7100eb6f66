/**
 * Camel case at the GraphQL boundary, once: the warehouse's rows keep their columns'
 * snake_case names (FactRow.value_text), and a field no resolver map names reads the
 * parent's property of its own name or, failing that, of its snake_case name
 * (Fact.valueText → value_text). `CamelToSnake` is the same conversion for the type
 * checker, which default-resolver-fit.ts uses to check those fields against the rows.
 */
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * A word starts at a capital after a small letter or a digit (nameEn, level2Code), and at
 * the last capital of a run followed by a small letter (HTTPStatus → http_status); digits
 * stay with the word before them (top10Share → top10_share), as Kysely's CamelCasePlugin
 * reads top10_share. GraphQL names are ASCII, so ASCII classes suffice.
 */
const WORD_START = /(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g;

export function camelToSnake(name: string): string {
  return name.replace(WORD_START, '_').toLowerCase();
}

type SmallLetter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm' | 'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z';
type Capital = Uppercase<SmallLetter>;
type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

/** Whether `C`, after `Before` and before `After`, starts a word: WORD_START, a character at a time. */
type StartsWord<Before extends string, C extends string, After extends string> =
  C extends Capital
    ? Before extends SmallLetter | Digit ? true
      : Before extends Capital ? (After extends `${SmallLetter}${string}` ? true : false)
      : false
    : false;

/** `camelToSnake` for the type checker: CamelToSnake<'valueText'> is 'value_text'. Tail-recursive, so long names stay within tsc's depth limit. */
export type CamelToSnake<Name extends string, Before extends string = '', Done extends string = ''> =
  Name extends `${infer C}${infer After}`
    ? CamelToSnake<After, C, `${Done}${StartsWord<Before, C, After> extends true ? '_' : ''}${Lowercase<C>}`>
    : Done;

/**
 * graphql-js's default resolver (a function property is called with the field's
 * arguments), reading the snake_case column when the parent has no property of the
 * field's name. The snake name is worked out here, once per field, not once per row.
 */
export function snakeCaseFallbackResolver(fieldName: string): GraphQLFieldResolver<unknown, unknown> {
  const snakeName = camelToSnake(fieldName);
  return (source, args, context, info) => {
    const row = source as Record<string, unknown>;
    const value = fieldName in row ? row[fieldName] : row[snakeName];
    return typeof value === 'function' ? value.call(row, args, context, info) : value;
  };
}

/**
 * Gives every field of the schema's object types that has no resolver the snake_case
 * fallback, in place. Fields whose snake name is their own (id, value) keep graphql-js's
 * default resolver, which is all they need. The root types are left out: their parent is
 * the root value, not a row.
 */
export function withSnakeCaseFallback(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || roots.has(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve === undefined && camelToSnake(field.name) !== field.name) field.resolve = snakeCaseFallbackResolver(field.name);
    }
  }
  return schema;
}
