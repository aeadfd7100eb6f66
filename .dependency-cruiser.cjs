/**
 * Which folder may import which: the layers point one way (README.md, "Architecture").
 * `npm run deps:check`, run by `npm test`, fails on any violation.
 *
 *   core/       errors, request types, config, logging: imports no project folder
 *   dataset/    seed files, validation, sources, extraction: core only
 *   warehouse/  tables, loading, queries, the serving warehouse: dataset, core
 *   schema/     the SDL: core only
 *   resolvers/  warehouse, dataset, core
 *   functions/  the Lambda handler and its routes; functions/http/ (events, routing, caching,
 *               the access log) imports core only, never resolvers or the GraphQL server
 *   dataset/cli/, warehouse/cli/  entry points: any library folder and core, never functions/
 *   cli/        runCli: no project folder
 * Type-only imports count. tests/ and bench/ may import anything.
 */
const NOT_PROJECT = '^node_modules/';
/** Packages of types alone (@types/aws-lambda), which dependency-cruiser does not resolve. */
const TYPES_ONLY_PACKAGES = '^aws-lambda$';
const PRODUCTION = '^(core|cli|dataset|warehouse|schema|resolvers|functions|examples|infra)/';
const BUILTIN = ['core'];

/** A forbidden rule: `from` may import nothing but `allowed` (plus packages and Node's built-ins). */
function onlyImports(name, comment, from, allowed) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { pathNot: [`^(${allowed.join('|')})/`, NOT_PROJECT, TYPES_ONLY_PACKAGES], dependencyTypesNot: BUILTIN },
  };
}

module.exports = {
  forbidden: [
    onlyImports('core-is-the-base', 'core/ is imported by every layer (and by CLIs) and imports none', '^core/', ['core']),
    onlyImports('cli-helper-stands-alone', 'cli/run-cli.ts imports nothing from the project', '^cli/', ['cli']),
    onlyImports('dataset-below-warehouse', 'dataset/ (seed files, validation, sources, extraction) does not import warehouse/ or anything above it', '^dataset/(?!cli/)', ['dataset', 'core']),
    onlyImports('warehouse-below-resolvers', 'warehouse/ builds on dataset/ and core/ only', '^warehouse/(?!cli/)', ['warehouse', 'dataset', 'core']),
    onlyImports('schema-stands-alone', 'schema/ (the SDL) imports no other layer', '^schema/', ['schema', 'core']),
    onlyImports('resolvers-below-functions', 'resolvers/ read the warehouse; the HTTP and GraphQL server layers are above them', '^resolvers/', ['resolvers', 'warehouse', 'dataset', 'core']),
    onlyImports('http-layer-imports-core-only', 'functions/http/ (Lambda events, routing, caching, the access log) takes its routes as arguments: it imports core/, not resolvers/ or functions/graphql/', '^functions/http/', ['functions/http', 'core']),
    onlyImports('cli-entry-points-not-into-functions', 'dataset/cli and warehouse/cli read config and logging from core/, never from functions/', '^(dataset|warehouse)/cli/', ['dataset', 'warehouse', 'core', 'cli']),
    {
      name: 'not-to-unresolvable',
      comment: 'every import resolves (a path typo fails here as well as in tsc)',
      severity: 'error',
      from: { path: PRODUCTION },
      to: { couldNotResolve: true, pathNot: TYPES_ONLY_PACKAGES },
    },
    {
      name: 'cli-entry-points-are-not-imported',
      comment: 'a command-line entry point is run, not imported by production code',
      severity: 'error',
      from: { path: PRODUCTION },
      to: { path: '^(dataset|warehouse)/cli/' },
    },
    {
      name: 'lambda-bundle-without-extractor',
      comment: 'the seed extractor (dataset/extract/) builds seeds offline; the Lambda handler must not reach it (tests/lambda-bundle.test.ts checks the bundle itself)',
      severity: 'error',
      from: { path: '^functions/graphql/handler\\.ts$' },
      to: { path: '^dataset/extract/', reachable: true },
    },
    {
      name: 'no-circular',
      comment: 'production modules form no import cycle',
      severity: 'error',
      from: { path: PRODUCTION },
      // An import cycle only through type-only imports does not exist at run time.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript API for dependency-cruiser; swc parses the .ts sources.
    parser: 'swc',
    // Type-only imports count too (swc reports them, labelled type-only): a layer may not even
    // name another's types. (tsPreCompilationDeps would ask for the tsc API, which TypeScript 7 lacks.)
    doNotFollow: { path: NOT_PROJECT },
    exclude: { path: ['^explorer/dist/', '^functions/graphql/index\\.mjs$'] },
    // Imports carry their .ts extension (Node's type stripping), so they resolve as written.
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
