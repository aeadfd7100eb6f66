/**
 * Camel case at the GraphQL boundary (resolvers/snake-case-fields.ts): the name
 * conversion, at run time and for the type checker alike (one table of cases checks
 * both), and the default resolver that reads a row's snake_case column for a field no
 * resolver map names.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { graphql, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { NoneOf } from '../resolvers/default-resolver-fit.ts';
import { camelToSnake, withSnakeCaseFallback, type CamelToSnake } from '../resolvers/snake-case-fields.ts';

const CONVERSIONS = [
  ['id', 'id'],
  ['nameEn', 'name_en'],
  ['periodStart', 'period_start'],
  ['valueText', 'value_text'],
  ['requiredAnnualGrowth', 'required_annual_growth'],
  // Digits stay with the word before them, as Kysely's CamelCasePlugin writes them.
  ['top10Share', 'top10_share'],
  ['level2Code', 'level2_code'],
  ['q4', 'q4'],
  // A run of capitals is one word, ended by the capital that starts the next one.
  ['HTTPStatus', 'http_status'],
  ['sourceURL', 'source_url'],
  ['isAPIKey', 'is_api_key'],
  ['ID', 'id'],
  ['already_snake', 'already_snake'],
  ['__typename', '__typename'],
] as const;

type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends (<X>() => X extends B ? 1 : 2) ? true : false;
type TypeLevelDisagreement<Case> = Case extends readonly [infer Camel extends string, infer Snake]
  ? (Equal<CamelToSnake<Camel>, Snake> extends true ? never : Camel)
  : never;

/** tsc (npm run typecheck) fails here, naming the case, when CamelToSnake and camelToSnake part ways. */
export const typeLevelConversionAgrees: NoneOf<TypeLevelDisagreement<(typeof CONVERSIONS)[number]>> = true;

describe('camelToSnake', () => {
  it.each(CONVERSIONS)('%s → %s', (camel, snake) => {
    expect(camelToSnake(camel)).toBe(snake);
  });
});

const TYPE_DEFS = /* GraphQL */ `
  type Query { row: Row, rowCount: Int }
  type Row {
    id: ID
    valueText: String
    nameEn: String
    totalCount: Int
    written: String
  }
`;

async function resolveRow(row: object) {
  const schema = withSnakeCaseFallback(makeExecutableSchema({
    typeDefs: TYPE_DEFS,
    resolvers: { Query: { row: () => row }, Row: { written: () => 'by its resolver' } },
  }));
  return graphql({ schema, source: '{ row { id valueText nameEn totalCount written } }' });
}

describe('withSnakeCaseFallback', () => {
  it('reads the snake_case column of a field the parent has no property for', async () => {
    const result = await resolveRow({ id: 'I04', value_text: '30万人以上', name_en: 'Skilled workers', total_count: 3 });
    expect(result).toEqual({ data: { row: { id: 'I04', valueText: '30万人以上', nameEn: 'Skilled workers', totalCount: 3, written: 'by its resolver' } } });
  });

  it('prefers a property of the field\'s own name over the snake_case one, even a null one', async () => {
    const result = await resolveRow({ id: 'I04', valueText: 'camel', value_text: 'snake', nameEn: null, name_en: 'snake' });
    expect(result.data?.row).toMatchObject({ valueText: 'camel', nameEn: null });
  });

  it('calls a function property, as graphql-js\'s default resolver does', async () => {
    const row = { id: 'I04', rows: [1, 2, 3, 4, 5, 6, 7], totalCount() { return this.rows.length; } };
    const result = await resolveRow(row);
    expect(result.data?.row).toMatchObject({ totalCount: 7 });
  });

  it('leaves written resolvers, fields whose snake name is their own and the root type as they are', () => {
    const schema = withSnakeCaseFallback(makeExecutableSchema({ typeDefs: TYPE_DEFS, resolvers: { Row: { written: () => 'by its resolver' } } }));
    const fields = (schema.getType('Row') as GraphQLObjectType).getFields();
    expect(fields.id!.resolve).toBeUndefined();
    expect(fields.written!.resolve!({}, {}, undefined, undefined as never)).toBe('by its resolver');
    // The root value is no row.
    expect(schema.getQueryType()!.getFields().rowCount!.resolve).toBeUndefined();
  });
});
