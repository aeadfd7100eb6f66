/**
 * npm run schema:snapshot: writes the served schema, as graphql's printSchema prints it
 * (types and fields sorted by name, so moving SDL between files changes nothing), to
 * schema/snapshot/schema.graphql. tests/schema-snapshot.test.ts fails when the file
 * differs from the schema, so every schema change is a visible diff in review.
 *
 * The snapshot lives in a subfolder: schema/type-defs.ts loads every *.graphql file
 * of schema/ itself, and must not load this copy.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { runCli } from '../cli/run-cli.ts';
import { createExecutableSchema } from '../functions/graphql/apollo-server.ts';

export const SCHEMA_SNAPSHOT = path.resolve(import.meta.dirname, '..', 'schema', 'snapshot', 'schema.graphql');

const HEADER = '# The served GraphQL schema, printed by `npm run schema:snapshot` (infra/schema-snapshot.ts): do not edit.\n\n';

/** The snapshot's text for the schema the server builds today. */
export function printSchemaSnapshot(): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(createExecutableSchema()))}\n`;
}

/** The snapshot file's text, or null when there is none. */
export async function readSchemaSnapshot(): Promise<string | null> {
  return readFile(SCHEMA_SNAPSHOT, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

if (import.meta.main) {
  await runCli({
    name: 'schema:snapshot',
    usage: 'npm run schema:snapshot [-- --check]',
    description: `Writes the served schema (printSchema, sorted) to ${path.relative(process.cwd(), SCHEMA_SNAPSHOT)}; commit the diff with the schema change.`,
    options: { check: { type: 'boolean', description: 'write nothing: exit 1 if the snapshot is not current' } },
    async run({ values }) {
      const printed = printSchemaSnapshot();
      const current = await readSchemaSnapshot();
      const where = path.relative(process.cwd(), SCHEMA_SNAPSHOT);
      if (values.check) {
        if (current !== printed) throw new Error(`${where} is not the served schema: run npm run schema:snapshot and commit the diff`);
        console.log(`schema:snapshot: ${where} is current`);
        return;
      }
      if (current === printed) {
        console.log(`schema:snapshot: ${where} is already current`);
        return;
      }
      await writeFile(SCHEMA_SNAPSHOT, printed);
      console.log(`schema:snapshot: wrote ${where} (${printed.split('\n').length} lines); commit the diff`);
    },
  });
}
