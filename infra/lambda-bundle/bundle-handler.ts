/**
 * The handler and everything it imports as one ESM file, except the packages in
 * EXTERNAL_PACKAGES (DuckDB's native binding), which are installed next to it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { builtinsByRequirePlugin } from './builtins-by-require-plugin.ts';
import { EXTERNAL_PACKAGES } from './lambda-layout.ts';
import { moduleLocationPlugin, type RelocatedModule } from './module-location-plugin.ts';

export interface BundleOptions {
  projectRoot: string;
  /** The handler module, relative to the project root. */
  entry: string;
  /** The bundle's path relative to the artifact root, ending in .mjs. */
  bundleFile: string;
  artifactRoot: string;
  minify: boolean;
}

export interface BundleResult {
  bundlePath: string;
  bundleBytes: number;
  sourceMapBytes: number;
  /** Bytes of bundle output by the package (or `(project)`) they came from, largest first. */
  bytesByPackage: { name: string; bytes: number }[];
  relocated: RelocatedModule[];
  metafile: Metafile;
}

// CommonJS dependencies (pg, the AWS SDK's smithy packages) call require() for
// Node's built-ins, and builtins-by-require-plugin.ts turns imports of them into
// require() too; an ESM bundle has no require of its own, and esbuild's shim uses
// the `require` in scope when there is one.
const REQUIRE_BANNER = "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);";

/** The package a metafile input belongs to: the innermost node_modules entry, or `(project)`. */
function packageOf(input: string): string {
  const packages = [...input.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  return packages.at(-1)?.[1] ?? '(project)';
}

/**
 * graphql 16 ships a CommonJS and an ESM build side by side without an exports map:
 * if both got in, schemas built by one copy would fail `instanceof` checks in the
 * other. With `module` first in mainFields esbuild picks the ESM build for import and
 * require alike; this makes sure it stays one build.
 */
function assertOneGraphqlBuild(metafile: Metafile): void {
  const graphqlInputs = Object.keys(metafile.inputs).filter((input) => packageOf(input) === 'graphql');
  const esm = graphqlInputs.filter((input) => input.endsWith('.mjs'));
  const cjs = graphqlInputs.filter((input) => input.endsWith('.js'));
  const roots = new Set(graphqlInputs.map((input) => input.slice(0, input.lastIndexOf('node_modules/graphql/'))));
  if ((esm.length > 0 && cjs.length > 0) || roots.size > 1) {
    throw new Error(`the bundle holds more than one graphql instance (${esm.length} .mjs and ${cjs.length} .js modules from ${[...roots].map((r) => r || '.').join(', ')})`);
  }
}

/**
 * esbuild writes the map's `sources` relative to where the bundle was built
 * (.build/lambda/root/functions/graphql/), so from /var/task they would point
 * outside the task root. Relative to the bundle's place in the project layout
 * instead, stack traces in Lambda read /var/task/dataset/sources/s3-source.ts:123.
 */
async function relocateSourceMap(mapPath: string, options: BundleOptions): Promise<void> {
  const map = JSON.parse(await readFile(mapPath, 'utf8')) as { sources: string[] };
  const builtDir = path.dirname(mapPath);
  const projectBundleDir = path.join(options.projectRoot, path.dirname(options.bundleFile));
  map.sources = map.sources.map((source) => path.relative(projectBundleDir, path.resolve(builtDir, source)).split(path.sep).join('/'));
  await writeFile(mapPath, JSON.stringify(map));
}

export async function bundleHandler(options: BundleOptions): Promise<BundleResult> {
  const relocated: RelocatedModule[] = [];
  const bundlePath = path.join(options.artifactRoot, options.bundleFile);
  const result = await build({
    absWorkingDir: options.projectRoot,
    entryPoints: [path.join(options.projectRoot, options.entry)],
    outfile: bundlePath,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // ESM builds first (Node's default order is the reverse): only they can be tree-shaken,
    // which leaves out most of the AWS SDK's S3 client and its browser-only helpers.
    // bench:lambda measured 4.8 → 4.3 MiB and ~30 ms less Init.
    mainFields: ['module', 'main'],
    target: 'node24',
    // @duckdb/node-api and the binding packages it loads by name at run time.
    external: [...EXTERNAL_PACKAGES, '@duckdb/*'],
    banner: { js: REQUIRE_BANNER },
    // For NODE_OPTIONS=--enable-source-maps, set when debugging (it costs ~40 ms of every
    // cold start, so serverless.yml leaves it off): stack traces then name the TypeScript
    // sources. The sources themselves stay out: only the mappings are needed.
    sourcemap: 'linked',
    sourcesContent: false,
    minify: options.minify,
    // Minified, functions and classes keep their names, so stack traces and logged error names stay readable.
    keepNames: options.minify,
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [
      builtinsByRequirePlugin(),
      moduleLocationPlugin({ projectRoot: options.projectRoot, bundleDir: path.dirname(options.bundleFile), relocated }),
    ],
  });
  assertOneGraphqlBuild(result.metafile);
  await relocateSourceMap(`${bundlePath}.map`, options);

  const output = result.metafile.outputs[path.relative(options.projectRoot, bundlePath).split(path.sep).join('/')];
  if (!output) throw new Error(`esbuild did not write ${bundlePath}`);
  const mapOutput = result.metafile.outputs[`${path.relative(options.projectRoot, bundlePath).split(path.sep).join('/')}.map`];

  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    byPackage.set(packageOf(input), (byPackage.get(packageOf(input)) ?? 0) + bytesInOutput);
  }
  return {
    bundlePath,
    bundleBytes: output.bytes,
    sourceMapBytes: mapOutput?.bytes ?? 0,
    bytesByPackage: [...byPackage].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
    relocated,
    metafile: result.metafile,
  };
}
