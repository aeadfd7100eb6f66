/**
 * node infra/build-lambda.ts [--minify]: builds the Lambda artifact that
 * serverless.yml deploys (`package.artifact`), for arm64:
 *
 * 1. the handler bundled into functions/graphql/index.mjs (+ source map), with
 *    import.meta locations of project modules kept (module-location-plugin.ts);
 * 2. the files those modules read at run time (schema/, examples/, explorer/dist/);
 * 3. @duckdb/node-api with the linux-arm64 binding, at the locked versions;
 * 4. all of it zipped reproducibly into .build/lambda/zmd-plan-graphql.zip.
 *
 * `osls package` (or `serverless package`) then writes the CloudFormation template
 * around that zip; neither needs AWS credentials nor the network.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../cli/run-cli.ts';
import { bundleHandler } from './lambda-bundle/bundle-handler.ts';
import {
  ARTIFACT_ROOT, ARTIFACT_ZIP, BUILD_SUMMARY, BUNDLE_FILE, EXTERNAL_PACKAGES, HANDLER_ENTRY, LAMBDA_BUILD_DIR, LAMBDA_PLATFORM,
  PLATFORM_INSTALL_CACHE, PROJECT_ROOT, RUNTIME_FILES,
} from './lambda-bundle/lambda-layout.ts';
import { assertBindingFor, copyNodeModules, installForPlatform } from './lambda-bundle/platform-dependencies.ts';
import { copyRuntimeFiles } from './lambda-bundle/runtime-files.ts';
import { zipDirectory } from './lambda-bundle/zip-directory.ts';

export interface LambdaBuildSummary {
  builtAt: string;
  platform: typeof LAMBDA_PLATFORM;
  minify: boolean;
  artifact: string;
  artifactBytes: number;
  unzippedBytes: number;
  files: number;
  bundle: string;
  bundleBytes: number;
  sourceMapBytes: number;
  /** The ten largest contributors to the bundle. */
  largestInBundle: { name: string; bytes: number }[];
  relocatedModules: { file: string; properties: string[] }[];
  runtimeFiles: { pattern: string; files: number }[];
  nodeModules: { packages: string[]; bytes: number; fromCache: boolean };
  binding: string;
  phasesMs: Record<string, number>;
}

// Not minified by default: bench:lambda measured no difference in Init or cold start
// (the bundle's parse is a small part of them), and an unminified bundle keeps stack
// traces and the console's code view readable even without the source map.
await runCli({
  name: 'build-lambda',
  usage: 'node infra/build-lambda.ts [--minify]',
  description: 'Builds the arm64 Lambda artifact serverless.yml deploys: the bundled handler, its runtime files and DuckDB\'s linux-arm64 binding, zipped reproducibly into .build/lambda/zmd-plan-graphql.zip.',
  options: { minify: { type: 'boolean', default: false, description: 'minify the bundle' } },
  run: ({ values: flags }) => buildLambda({ minify: flags.minify }),
});

async function buildLambda(flags: { minify: boolean }): Promise<void> {
  const started = performance.now();
  const phasesMs: Record<string, number> = {};
  async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    const result = await work();
    phasesMs[name] = Math.round(performance.now() - t0);
    return result;
  }
  const relative = (file: string) => path.relative(PROJECT_ROOT, file);
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

  await rm(LAMBDA_BUILD_DIR, { recursive: true, force: true });
  await mkdir(ARTIFACT_ROOT, { recursive: true });

  const bundle = await phase('bundle', () => bundleHandler({
    projectRoot: PROJECT_ROOT, entry: HANDLER_ENTRY, bundleFile: BUNDLE_FILE, artifactRoot: ARTIFACT_ROOT, minify: flags.minify,
  }));
  const runtimeFiles = await phase('runtime files', () => copyRuntimeFiles(PROJECT_ROOT, ARTIFACT_ROOT, RUNTIME_FILES));
  const install = await phase('platform dependencies', () => installForPlatform({
    projectRoot: PROJECT_ROOT, roots: EXTERNAL_PACKAGES, platform: LAMBDA_PLATFORM, cacheDir: PLATFORM_INSTALL_CACHE,
  }));
  const artifactNodeModules = path.join(ARTIFACT_ROOT, 'node_modules');
  await phase('copy node_modules', () => copyNodeModules(install.nodeModules, artifactNodeModules));
  const binding = await assertBindingFor(artifactNodeModules, LAMBDA_PLATFORM);
  const zip = await phase('zip', () => zipDirectory(ARTIFACT_ROOT, ARTIFACT_ZIP));

  const summary: LambdaBuildSummary = {
    builtAt: new Date().toISOString(),
    platform: LAMBDA_PLATFORM,
    minify: flags.minify,
    artifact: relative(ARTIFACT_ZIP),
    artifactBytes: zip.zipBytes,
    unzippedBytes: zip.unzippedBytes,
    files: zip.entries.length,
    bundle: BUNDLE_FILE,
    bundleBytes: bundle.bundleBytes,
    sourceMapBytes: bundle.sourceMapBytes,
    largestInBundle: bundle.bytesByPackage.slice(0, 10),
    relocatedModules: bundle.relocated.sort((a, b) => a.file.localeCompare(b.file)),
    runtimeFiles,
    nodeModules: {
      packages: install.packages,
      bytes: zip.entries.filter((e) => e.name.startsWith('node_modules/')).reduce((sum, e) => sum + e.bytes, 0),
      fromCache: install.fromCache,
    },
    binding: path.relative(ARTIFACT_ROOT, binding),
    phasesMs: { ...phasesMs, total: Math.round(performance.now() - started) },
  };
  await writeFile(BUILD_SUMMARY, `${JSON.stringify(summary, null, 2)}\n`);

  console.log([
    `build-lambda: ${summary.artifact} ${mib(summary.artifactBytes)} (${mib(summary.unzippedBytes)} unzipped, ${summary.files} files) for ${LAMBDA_PLATFORM.os}-${LAMBDA_PLATFORM.cpu}`,
    `  bundle ${summary.bundle} ${mib(summary.bundleBytes)}${summary.minify ? ' minified' : ''}, source map ${mib(summary.sourceMapBytes)}`,
    `  import.meta relocated in ${summary.relocatedModules.map((m) => m.file).join(', ') || 'no module'}`,
    `  runtime files: ${runtimeFiles.map((f) => `${f.pattern} (${f.files})`).join(', ')}`,
    `  node_modules: ${install.packages.join(', ')} ${mib(summary.nodeModules.bytes)}${install.fromCache ? ' (cached install)' : ''}`,
    `  ${Object.entries(summary.phasesMs).map(([name, ms]) => `${name} ${ms} ms`).join(', ')}`,
  ].join('\n'));
}
