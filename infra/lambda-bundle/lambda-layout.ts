/**
 * Where the Lambda artifact is built and what it holds. serverless.yml names the same
 * paths (`package.artifact`, the handler), so change them together.
 */
import path from 'node:path';
import type { RuntimeFilePattern } from './runtime-files.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Git-ignored; rebuilt from scratch on every packaging. */
export const LAMBDA_BUILD_DIR = path.join(PROJECT_ROOT, '.build', 'lambda');

/** Git-ignored; platform installs kept between builds (see platform-dependencies.ts). */
export const PLATFORM_INSTALL_CACHE = path.join(PROJECT_ROOT, '.build', 'lambda-platform-dependencies');

/** What the build measured, for the package test and the bench. */
export const BUILD_SUMMARY = path.join(LAMBDA_BUILD_DIR, 'build-summary.json');

/** The artifact's tree, laid out as Lambda will see it under /var/task. */
export const ARTIFACT_ROOT = path.join(LAMBDA_BUILD_DIR, 'root');

/** serverless.yml `package.artifact`. */
export const ARTIFACT_ZIP = path.join(LAMBDA_BUILD_DIR, 'zmd-plan-graphql.zip');

/** The handler module as written (it exports `handler(event, context)`). */
export const HANDLER_ENTRY = 'functions/graphql/handler.ts';

/**
 * The bundle, relative to the artifact root: serverless.yml's handler
 * `functions/graphql/index.handler` points here, and the project's unbundled
 * functions/graphql/index.mjs has the same name, so local and deployed entry agree.
 */
export const BUNDLE_FILE = 'functions/graphql/index.mjs';

/** The Lambda's platform (serverless.yml `architecture: arm64`; nodejs24.x runs on Amazon Linux 2023, glibc). */
export const LAMBDA_PLATFORM = { os: 'linux', cpu: 'arm64', libc: 'glibc' } as const;

/**
 * Packages left out of the bundle and installed into the artifact's node_modules
 * for the Lambda's platform: DuckDB loads a native binary per platform, which no
 * bundler can inline and which must match the Lambda's CPU, not the build machine's.
 */
export const EXTERNAL_PACKAGES = ['@duckdb/node-api'] as const;

/**
 * Files the bundled modules read at run time, next to where their source modules
 * live (see module-location-plugin.ts), as globs relative to the project root.
 * A pattern without matches stops the build: the function would fail at start-up or answer 404.
 */
export const RUNTIME_FILES: readonly RuntimeFilePattern[] = [
  { pattern: 'schema/*.graphql', why: 'schema/type-defs.ts reads the SDL' },
  { pattern: 'examples/*.graphql', why: 'examples/example-operations.ts reads the example operations' },
  { pattern: 'explorer/dist/**', why: 'functions/explorer serves the built explorer: run npm run explorer:build first' },
  { pattern: 'dashboard/dist/**', why: 'functions/dashboard serves the built dashboard: run npm run dashboard:build first' },
];
