/**
 * The public contract of ../shared/design/api.md, read from the document itself:
 * every root field and every field it names on the core types exists in the
 * schema, with the enum values it lists. Clients and saved queries rely on these
 * names; the schema may add, never rename.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getNamedType, isEnumType, isInputObjectType, isObjectType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createExecutableSchema } from '../functions/graphql/apollo-server.ts';

const API_MD_PATH = path.resolve(import.meta.dirname, '..', '..', 'shared', 'design', 'api.md');
const MISSING = '../shared/design/api.md is missing: clone the project with shared/ beside it';
const contractAvailable = existsSync(API_MD_PATH);
// CI always has shared/ beside the clone, so there the contract is never skipped; a clone without it skips, saying why.
if (!contractAvailable && process.env.CI) throw new Error(`${MISSING} (looked for ${API_MD_PATH})`);
if (!contractAvailable) console.warn(`⚠ api.md contract tests skipped: ${MISSING}`);
const API_MD = contractAvailable ? readFileSync(API_MD_PATH, 'utf8') : '';
const schema = createExecutableSchema();

/** Splits "a, b (X, Y), c { d e }" at the commas outside brackets. */
function topLevelItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if ('([{'.includes(char)) depth += 1;
    if (')]}'.includes(char)) depth -= 1;
    if (char === ',' && depth === 0) {
      items.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) items.push(current.trim().replace(/\.$/, ''));
  return items;
}

function fieldsOf(type: GraphQLNamedType | undefined): Record<string, { type: unknown }> {
  return isObjectType(type) || isInputObjectType(type) ? type.getFields() : {};
}

const queryBlock = /type Query \{([\s\S]*?)\n\}/.exec(API_MD)?.[1] ?? '';
const rootFields = [...queryBlock.matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1]!);
const coreTypes = [...API_MD.matchAll(/^- `(\w+)`: (.+)$/gm)].map((m) => ({ type: m[1]!, items: topLevelItems(m[2]!) }));

describe.skipIf(!contractAvailable)(contractAvailable ? 'api.md contract' : `api.md contract (skipped: ${MISSING})`, () => {
  it('reads the contract (a guard against a silently empty parse)', () => {
    expect(rootFields).toEqual(expect.arrayContaining(['plan', 'facts', 'aggregate', 'progress', 'search', 'dataset']));
    expect(coreTypes.map((t) => t.type)).toEqual(expect.arrayContaining(['Plan', 'Chapter', 'Indicator', 'Fact', 'Region', 'AggregateInput', 'IndicatorProgress', 'SearchHit', 'Dataset']));
  });

  it('has every root field', () => {
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(rootFields));
  });

  it.each(coreTypes.map((t) => [t.type, t.items] as const))('%s has the fields and enum values api.md names', (typeName, items) => {
    const type = schema.getType(typeName);
    expect(type, `type ${typeName}`).toBeDefined();
    const fields = fieldsOf(type);
    for (const item of items) {
      const name = /^(\w+)/.exec(item)![1]!;
      // "rows [{ region, year, … }]" names the fields of the row type.
      const nested = /\[\{([^}]*)\}\]/.exec(item) ?? /\{([^}]*)\}/.exec(item);
      expect(fields[name], `${typeName}.${name}`).toBeDefined();
      const fieldType = getNamedType(fields[name]!.type as Parameters<typeof getNamedType>[0]);
      if (nested) {
        const inner = fieldsOf(fieldType);
        for (const innerName of nested[1]!.split(/[\s,]+/).filter(Boolean)) expect(inner[innerName], `${typeName}.${name}.${innerName}`).toBeDefined();
      }
      const values = /\(\[?([A-Z_, ]+)\]?\)/.exec(item);
      if (values && isEnumType(fieldType)) {
        expect(fieldType.getValues().map((v) => v.name), `${typeName}.${name} values`).toEqual(expect.arrayContaining(values[1]!.split(/,\s*/)));
      }
    }
  });
});
