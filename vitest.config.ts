import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Run by `npm run test:load`, not by `npm test`. */
export const LOAD_TESTS = 'tests/load.test.ts';

export default defineConfig({
  resolve: {
    // graphql 16 has no "exports" map: Node loads its CommonJS build while Vite would
    // pick index.mjs, leaving tests with two graphql instances. Use the one Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // The load and soak tests (about 90 s of two cores) run on their own: npm run test:load (vitest.load.config.ts).
    exclude: [...configDefaults.exclude, LOAD_TESTS],
    // One throwaway PostgreSQL server per run, handed to tests as inject('databaseUrl').
    globalSetup: ['tests/support/global-setup.ts'],
    // Keep the per-request access lines out of the test output; tests that read logs set their own level.
    env: { LOG_LEVEL: 'warn' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file loads its own in-process warehouse; two cores run two files at a time.
    maxWorkers: 2,
    // In CI a JSON report lets .ci/run print a plain "N passed, N failed" line (with test:load's report).
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
  },
});
