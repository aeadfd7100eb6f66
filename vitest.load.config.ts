/**
 * `npm run test:load`: the load and soak tests alone (tests/load.test.ts), with the
 * main config's settings. They need no PostgreSQL server, so no global setup.
 * .ci/run runs them after `npm test` and counts both JSON reports.
 */
import { defineConfig } from 'vitest/config';
import base, { LOAD_TESTS } from './vitest.config.ts';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [LOAD_TESTS],
    exclude: [],
    globalSetup: [],
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest-load.json' }]] : ['default'],
  },
});
