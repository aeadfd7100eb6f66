/**
 * npm run dashboard:codegen: generates dashboard/src/gql/ (the client preset of
 * @graphql-codegen) from the schema's SDL files (schema/*.graphql) and the operations
 * in dashboard/src. The generated files are committed; `--check` (run by `npm run
 * typecheck`) generates in memory and fails, naming the files, when what is committed
 * differs, so a schema or query change without a regeneration cannot land.
 */
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT_DIR = path.join(import.meta.dirname, '..', '..');
const OUTPUT_DIR = 'dashboard/src/gql/';

export const CODEGEN_CONFIG: CodegenConfig = {
  // The SDL the server loads (schema/type-defs.ts), not schema/snapshot/.
  schema: 'schema/*.graphql',
  documents: ['dashboard/src/**/*.ts', '!dashboard/src/gql/**'],
  silent: true,
  errorsOnly: true,
  generates: {
    [OUTPUT_DIR]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as strings (TypedDocumentString): the page sends them as they are and needs no graphql-js at run time.
        documentMode: 'string',
        // String unions instead of TypeScript enums (erasableSyntaxOnly).
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export async function generateClient(): Promise<Map<string, string>> {
  const previous = process.cwd();
  process.chdir(ROOT_DIR);
  try {
    const outputs = await generate(CODEGEN_CONFIG, false) as { filename: string; content: string }[];
    return new Map(outputs.map((output) => [path.relative(ROOT_DIR, path.resolve(ROOT_DIR, output.filename)), output.content]));
  } finally {
    process.chdir(previous);
  }
}

/** Files that differ, are missing or are left over, relative to the project root. */
export function staleFiles(generated: Map<string, string>): string[] {
  const stale = [...generated].filter(([file, content]) => !existsSync(path.join(ROOT_DIR, file)) || readFileSync(path.join(ROOT_DIR, file), 'utf8') !== content).map(([file]) => file);
  const outputDir = path.join(ROOT_DIR, OUTPUT_DIR);
  const present = existsSync(outputDir) ? readdirSync(outputDir).map((name) => path.join(OUTPUT_DIR, name)) : [];
  return [...stale, ...present.filter((file) => !generated.has(file))].sort();
}

if (import.meta.main) {
  const generated = await generateClient();
  if (process.argv.includes('--check')) {
    const stale = staleFiles(generated);
    if (stale.length > 0) {
      process.stderr.write(`dashboard: the generated GraphQL client is stale (${stale.join(', ')}); run npm run dashboard:codegen and commit the result\n`);
      process.exit(1);
    }
    console.log(`dashboard: generated GraphQL client is current (${OUTPUT_DIR})`);
  } else {
    rmSync(path.join(ROOT_DIR, OUTPUT_DIR), { recursive: true, force: true });
    mkdirSync(path.join(ROOT_DIR, OUTPUT_DIR), { recursive: true });
    for (const [file, content] of generated) writeFileSync(path.join(ROOT_DIR, file), content);
    console.log(`dashboard: wrote ${[...generated.keys()].join(', ')}`);
  }
}
