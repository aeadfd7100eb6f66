/** npm start's server for a vitest suite (kept apart from local-server.ts, which benchmarks import without vitest). */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import { listeningUrl, startServer } from './local-server.ts';

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:43817/graphql. */
  readonly url: string;
  /** Scheme, host and port, for the other routes. */
  readonly origin: string;
  readonly child: ChildProcess;
}

/** npm start's server for the surrounding suite: started before its tests, stopped after. */
export function useLocalServer(env: Record<string, string | undefined> = {}): RunningServer {
  let child: ChildProcess | undefined;
  let url = '';
  beforeAll(async () => {
    child = startServer(env);
    url = await listeningUrl(child);
  });
  afterAll(() => {
    child?.kill('SIGTERM');
  });
  return {
    get url() { return url; },
    get origin() { return new URL(url).origin; },
    get child() { return child!; },
  };
}
