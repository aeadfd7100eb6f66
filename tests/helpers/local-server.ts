/** npm start's server as a real child process on loopback, with bounded waits. */
import { spawn, type ChildProcess } from 'node:child_process';

export const START_TIMEOUT_MS = 20_000;

/**
 * npm start loads the SAMPLE monitoring data unless SEEDS_SAMPLE=0; a test gets that
 * default by passing these (a variable set to undefined is left out of the child's
 * environment).
 */
export const NPM_START_DEFAULTS: Readonly<Record<string, undefined>> = Object.freeze({ SEEDS_SAMPLE: undefined });

/**
 * The server logs at "info" (its listening line and one access line per request) and
 * serves without SAMPLE data (SEEDS_SAMPLE=0), so a test sees the plan's own data,
 * unless env says otherwise: `SEEDS_SAMPLE: '1'`, or NPM_START_DEFAULTS for npm start's default.
 */
export function startServer(env: Record<string, string | undefined>, baseEnv: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(process.execPath, ['functions/local-server.ts'], { env: { ...baseEnv, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', SEEDS_SAMPLE: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves with the URL from the "listening" log line, or rejects on exit or timeout. */
export function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in time')), START_TIMEOUT_MS);
    let buffer = '';
    const readUntilListening = (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+\/graphql)"/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        // Stop keeping what follows: a load run's access lines would pile up in this
        // process (the one timing the requests) and be searched again with every chunk.
        child.stdout!.off('data', readUntilListening);
        child.stdout!.resume();
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', readUntilListening);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}`));
    });
  });
}
