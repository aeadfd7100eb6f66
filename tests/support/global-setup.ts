/**
 * vitest globalSetup: one PostgreSQL server per `vitest run`, handed to test files as
 * `inject('databaseUrl')`. TEST_DATABASE_URL points the suite at an existing server instead.
 * Without PostgreSQL the engine's tests are skipped locally, but CI fails rather than skip them.
 */
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres:// URL of the test server, or null when none could be started (local runs only). */
    databaseUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide('databaseUrl', external);
    return undefined;
  }
  try {
    const server = await startThrowawayPostgres();
    project.provide('databaseUrl', server.url);
    return () => server.stop();
  } catch (error) {
    if (process.env.CI) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.warn(`⚠ PostgreSQL engine tests skipped: ${reason}`);
    project.provide('databaseUrl', null);
    return undefined;
  }
}
