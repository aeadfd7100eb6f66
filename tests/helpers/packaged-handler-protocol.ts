/**
 * The messages between a test (packaged-handler.ts) and the process that plays
 * Lambda's runtime (packaged-handler-runner.mjs), over Node's IPC channel.
 */
export interface RunnerReady {
  type: 'ready';
  /** Loading the handler module: Lambda's Init phase, without the process start. */
  initMs: number;
  /** Process start to module loaded. */
  uptimeMs: number;
  /** CPU time (user + system) the process has used so far. */
  cpuMs: number;
  rssBytes: number;
}

export interface RunnerInvoke {
  type: 'invoke';
  id: number;
  event: unknown;
  timeoutMs: number;
}

export interface RunnerResult {
  type: 'result';
  id: number;
  result?: unknown;
  error?: { name: string; message: string; stack?: string };
  durationMs: number;
  /** The process's peak resident set size so far. */
  maxRssBytes: number;
  rssBytes: number;
  /** CPU time (user + system) the process has used so far. */
  cpuMs: number;
}
