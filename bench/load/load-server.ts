/**
 * `npm start`'s server as a real child process on loopback, for load runs: the
 * SAMPLE monitoring data is loaded so every example operation has rows to return.
 * It logs as `npm start` does (one access line per request), since that is part of
 * the cost of a request.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { listeningUrl, startServer } from '../../tests/helpers/local-server.ts';

/** How long a stopped server may take to close before it is killed. */
const STOP_TIMEOUT_MS = 5_000;

export interface LoadServer {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  child: ChildProcess;
  /** What the server wrote to stderr (empty unless something went wrong). */
  stderr(): string;
  stop(): Promise<void>;
}

export async function startLoadServer(env: Record<string, string> = {}): Promise<LoadServer> {
  const child = startServer({ SEEDS_SAMPLE: '1', ...env });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const stop = () => stopChild(child);
  try {
    const url = await listeningUrl(child);
    return { url, child, stderr: () => stderr, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}${stderr ? `: ${stderr.trim()}` : ''}`);
  }
}

/** SIGTERM (the server closes its warehouse and exits), then SIGKILL if it has not exited in time. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
