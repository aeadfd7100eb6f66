/**
 * A packaged Lambda handler running in a child process of its own (see
 * packaged-handler-runner.mjs): the test's stand-in for a Lambda container.
 * Every wait is bounded; a child that exits fails whatever was waiting on it,
 * with the end of its output.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { RunnerInvoke, RunnerReady, RunnerResult } from './packaged-handler-protocol.ts';

const RUNNER = path.join(import.meta.dirname, 'packaged-handler-runner.mjs');
const OUTPUT_KEPT = 64 * 1024;

export interface PackagedHandlerOptions {
  /** The Node binary Lambda's runtime stands in for (the project's pinned Node 24). */
  node: string;
  taskRoot: string;
  /** The function's Handler, e.g. functions/graphql/index.handler. */
  handler: string;
  /** The whole environment: nothing is inherited from this process. */
  env: Record<string, string>;
  readyTimeoutMs?: number;
  /**
   * CPUs to pin the process to, in taskset(1)'s list form ("0"): one core is what a
   * 1,769 MB Lambda gets, so benches can see cold starts without this machine's second core.
   */
  cpus?: string;
}

export interface PackagedHandler {
  /** Milliseconds from spawning the process, for cold-start figures. */
  sinceSpawnMs(): number;
  /** Resolves once the handler module has loaded (Lambda's Init). */
  ready: Promise<RunnerReady>;
  invoke(event: unknown, timeoutMs?: number): Promise<RunnerResult>;
  /** What the function wrote to stdout and stderr (its logs), the last 64 KiB. */
  output(): string;
  close(): Promise<void>;
}

export function startPackagedHandler(options: PackagedHandlerOptions): PackagedHandler {
  const spawnedAt = performance.now();
  // fork() runs `execPath ...execArgv RUNNER ...args`; taskset execs Node in its own
  // place, so the IPC channel (an inherited fd named in the environment) still connects.
  const pinned = options.cpus !== undefined;
  const child: ChildProcess = fork(RUNNER, [options.taskRoot, options.handler], {
    execPath: pinned ? 'taskset' : options.node,
    // No flags from this process leak in: the child is a fresh Node 24, as Lambda starts one.
    execArgv: pinned ? ['--cpu-list', options.cpus!, options.node] : [],
    cwd: options.taskRoot,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk: Buffer) => { output = (output + chunk.toString()).slice(-OUTPUT_KEPT); };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);

  const pending = new Map<number, { resolve: (result: RunnerResult) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
  let exitError: Error | undefined;
  let nextId = 1;

  let settleReady: { resolve: (ready: RunnerReady) => void; reject: (error: Error) => void };
  const ready = new Promise<RunnerReady>((resolve, reject) => { settleReady = { resolve, reject }; });
  ready.catch(() => undefined); // observed through invoke() too; never an unhandled rejection
  const readyTimer = setTimeout(() => settleReady.reject(new Error(`the handler did not load within ${options.readyTimeoutMs ?? 60_000} ms:\n${output.slice(-4000)}`)), options.readyTimeoutMs ?? 60_000);

  child.on('message', (message: RunnerReady | RunnerResult) => {
    if (message.type === 'ready') {
      clearTimeout(readyTimer);
      settleReady.resolve(message);
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    clearTimeout(waiting.timer);
    waiting.resolve(message);
  });
  child.on('exit', (code, signal) => {
    exitError = new Error(`the handler process exited (${signal ?? `code ${code}`}):\n${output.slice(-4000)}`);
    clearTimeout(readyTimer);
    settleReady.reject(exitError);
    for (const waiting of pending.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(exitError);
    }
    pending.clear();
  });

  return {
    sinceSpawnMs: () => performance.now() - spawnedAt,
    ready,
    async invoke(event, timeoutMs = 30_000) {
      await ready;
      if (exitError) throw exitError;
      const id = nextId++;
      return new Promise<RunnerResult>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`invocation ${id} got no answer within ${timeoutMs} ms:\n${output.slice(-4000)}`));
        }, timeoutMs);
        pending.set(id, { resolve, reject, timer });
        const message: RunnerInvoke = { type: 'invoke', id, event, timeoutMs };
        child.send(message);
      });
    },
    output: () => output,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
