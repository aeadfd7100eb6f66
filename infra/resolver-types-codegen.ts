/**
 * npm run resolvers:codegen: generates resolvers/generated/resolver-types.ts, the
 * resolver signatures of every type and field of the SDL (schema/*.graphql), with
 * @graphql-codegen/typescript-resolvers. Each resolver map is typed with them, so a
 * resolver whose parent, arguments or result no longer fit the SDL is a type error.
 * The file is committed; `--check` (run by `npm run typecheck`) generates in memory and
 * fails, naming the file, when what is committed differs, so an SDL change cannot land
 * without a regeneration (and with it, a type check of the resolvers against it).
 */
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../cli/run-cli.ts';

const ROOT_DIR = path.join(import.meta.dirname, '..');
export const RESOLVER_TYPES_FILE = 'resolvers/generated/resolver-types.ts';
const HEADER = '// Generated from schema/*.graphql by `npm run resolvers:codegen` (infra/resolver-types-codegen.ts): do not edit.\n';

/** A type exported by a module of the project, named from the project root ("warehouse/tables.ts#FactRow", optionally "… as Alias"). */
type ProjectType = `${string}.ts#${string}`;

/**
 * What each object type is at run time: the parent its field resolvers receive and
 * what a field returning it must give (resolvers/index.ts also checks each field left
 * to the default resolver against it). Types left out are plain objects of their SDL
 * shape (PageInfo, SearchMatch), or objects whose fields hold mapped types, which the
 * generator follows on its own (AggregateResult's rows, an edge's node).
 */
const PARENT_TYPES: Record<string, ProjectType> = {
  Plan: 'warehouse/tables.ts#PlanRow',
  Chapter: 'warehouse/tables.ts#ChapterRow',
  Section: 'warehouse/tables.ts#SectionRow',
  Box: 'warehouse/tables.ts#BoxRow',
  Project: 'warehouse/tables.ts#ProjectRow',
  Indicator: 'warehouse/tables.ts#IndicatorRow',
  Region: 'warehouse/tables.ts#RegionRow',
  RegionMention: 'warehouse/tables.ts#RegionMentionRow',
  Fact: 'warehouse/tables.ts#FactRow',
  FactSource: 'resolvers/resolver-parents.ts#FactSourceParent',
  AggregateRow: 'warehouse/aggregate.queries.ts#AggregateRowData',
  // "as": a mapper named like its GraphQL type would clash with the type generated for it.
  DatasetFile: 'warehouse/warehouse.ts#DatasetFile as DatasetFileParent',
  DatasetRefresh: 'warehouse/serving-warehouse.ts#RefreshStatus',
  IndicatorProgress: 'resolvers/progress-data.ts#ProgressRow',
  IndicatorBreakdown: 'resolvers/progress-data.ts#BreakdownRow',
  Dataset: 'resolvers/resolver-parents.ts#DatasetParent',
  FactConnection: 'resolvers/resolver-parents.ts#FactConnectionParent',
  IndicatorConnection: 'resolvers/resolver-parents.ts#IndicatorConnectionParent',
  ProjectConnection: 'resolvers/resolver-parents.ts#ProjectConnectionParent',
  SeriesPoint: 'resolvers/resolver-parents.ts#SeriesPointParent',
  SearchHit: 'resolvers/search.resolvers.ts#SearchHit as SearchHitParent',
};

/** A project type as the generated file imports it: its path relative to the generated file. */
function fromGeneratedFile(type: ProjectType): string {
  const [file, name] = type.split('#') as [string, string];
  const relative = path.posix.relative(path.posix.dirname(RESOLVER_TYPES_FILE), file);
  return `${relative.startsWith('.') ? relative : `./${relative}`}#${name}`;
}

export const CODEGEN_CONFIG: CodegenConfig = {
  // The SDL the server loads (schema/type-defs.ts), not schema/snapshot/.
  schema: 'schema/*.graphql',
  silent: true,
  errorsOnly: true,
  generates: {
    [RESOLVER_TYPES_FILE]: {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        // String unions instead of TypeScript enums (erasableSyntaxOnly).
        enumsAsTypes: true,
        // Lists as ReadonlyArray: a resolver may give the catalog's shared (readonly) rows as they are.
        immutableTypes: true,
        // Node's implementors carry __typename: node(id:) marks each row with its type, and Node's resolveType reads it.
        resolversNonOptionalTypename: { interfaceImplementingType: true },
        contextType: fromGeneratedFile('resolvers/context.ts#GraphQLContext'),
        mappers: Object.fromEntries(Object.entries(PARENT_TYPES).map(([type, parent]) => [type, fromGeneratedFile(parent)])),
      },
    },
  },
};

/** The generated file's text, generated in memory. */
export async function generateResolverTypes(): Promise<string> {
  const previous = process.cwd();
  process.chdir(ROOT_DIR);
  try {
    const [output] = await generate(CODEGEN_CONFIG, false) as { filename: string; content: string }[];
    if (output === undefined) throw new Error(`codegen produced no ${RESOLVER_TYPES_FILE}`);
    return HEADER + output.content;
  } finally {
    process.chdir(previous);
  }
}

/** Whether the committed file is what the SDL generates now. */
export function isCurrent(generated: string): boolean {
  const file = path.join(ROOT_DIR, RESOLVER_TYPES_FILE);
  return existsSync(file) && readFileSync(file, 'utf8') === generated;
}

if (import.meta.main) {
  await runCli({
    name: 'resolvers:codegen',
    usage: 'npm run resolvers:codegen [-- --check]',
    description: `Generates ${RESOLVER_TYPES_FILE}, the resolver types of schema/*.graphql; commit the result with the SDL change.`,
    options: { check: { type: 'boolean', description: 'write nothing: exit 1 if the committed file is not current' } },
    async run({ values }) {
      const generated = await generateResolverTypes();
      if (values.check) {
        if (!isCurrent(generated)) throw new Error(`${RESOLVER_TYPES_FILE} is not what schema/*.graphql generates now: run npm run resolvers:codegen and commit the result`);
        console.log(`resolvers:codegen: ${RESOLVER_TYPES_FILE} is current`);
        return;
      }
      mkdirSync(path.join(ROOT_DIR, path.dirname(RESOLVER_TYPES_FILE)), { recursive: true });
      writeFileSync(path.join(ROOT_DIR, RESOLVER_TYPES_FILE), generated);
      console.log(`resolvers:codegen: wrote ${RESOLVER_TYPES_FILE}`);
    },
  });
}
