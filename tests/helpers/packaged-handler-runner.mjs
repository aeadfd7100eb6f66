// @ts-check
/**
 * node packaged-handler-runner.mjs <taskRoot> <handler>: plays the part of Lambda's
 * Node.js runtime for an unzipped artifact, in a process of its own, so a test or
 * bench exercises the packaged bundle and nothing from the source tree. Like the
 * runtime it works in the task root, loads the handler module named by the
 * function's `Handler` (`functions/graphql/index.handler`: module path, then the
 * export), and then runs one invocation at a time.
 *
 * Plain JavaScript, as Lambda's own runtime is: a TypeScript runner would add Node's
 * type stripper (~30 ms) to every cold start the bench measures. Types are checked
 * from the JSDoc (// @ts-check) against packaged-handler-protocol.ts.
 *
 * It talks over the IPC channel (stdout and stderr are the function's logs):
 *   ← { type: 'ready', initMs, uptimeMs }         after the module has loaded
 *   → { type: 'invoke', id, event, timeoutMs }
 *   ← { type: 'result', id, result | error, durationMs, maxRssBytes }
 *
 * Only node: built-ins are imported here, so nothing of the project is loaded
 * besides the bundle.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {import('./packaged-handler-protocol.ts').RunnerReady} RunnerReady
 * @typedef {import('./packaged-handler-protocol.ts').RunnerInvoke} RunnerInvoke
 * @typedef {import('./packaged-handler-protocol.ts').RunnerResult} RunnerResult
 * @typedef {(event: unknown, context: unknown) => Promise<unknown>} Handler
 */

/**
 * The runtime's rule: the last path segment is `<module>.<export>`; the module is <module>.js, .mjs or .cjs.
 * @param {string} taskRoot
 * @param {string} handler
 * @returns {{ file: string, exportName: string }}
 */
function locateHandler(taskRoot, handler) {
  const slash = handler.lastIndexOf('/');
  const [moduleName, ...exportPath] = handler.slice(slash + 1).split('.');
  const exportName = exportPath.join('.');
  if (!moduleName || !exportName) throw new Error(`bad handler "${handler}": expected <path>/<module>.<export>`);
  const base = path.join(taskRoot, handler.slice(0, slash + 1), moduleName);
  const file = ['.js', '.mjs', '.cjs'].map((extension) => base + extension).find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`handler module ${base}.{js,mjs,cjs} is not in the artifact`);
  return { file, exportName };
}

/**
 * @param {string} requestId
 * @param {number} timeoutMs
 */
function lambdaContext(requestId, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  const functionName = process.env.AWS_LAMBDA_FUNCTION_NAME ?? 'packaged-handler';
  return {
    awsRequestId: requestId,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION}:123456789012:function:${functionName}`,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? '1024',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/11/26/[$LATEST]packaged',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** @param {RunnerReady | RunnerResult} message */
const send = (message) => process.send?.(message);

const [taskRoot, handlerName] = process.argv.slice(2);
if (!taskRoot || !handlerName || !process.send) {
  console.error('usage: node packaged-handler-runner.mjs <taskRoot> <handler>, as a child process with an IPC channel');
  process.exit(2);
}
process.chdir(taskRoot);

const { file, exportName } = locateHandler(taskRoot, handlerName);
const initStarted = performance.now();
const handlerModule = /** @type {Record<string, unknown>} */ (await import(pathToFileURL(file).href));
const handler = handlerModule[exportName];
if (typeof handler !== 'function') throw new Error(`${file} does not export a function "${exportName}"`);
send({ type: 'ready', initMs: performance.now() - initStarted, uptimeMs: performance.now(), cpuMs: cpuMs(), rssBytes: process.memoryUsage.rss() });

// One invocation at a time, as in a Lambda container.
let queue = Promise.resolve();
process.on('message', (/** @type {RunnerInvoke} */ message) => {
  if (message.type !== 'invoke') return;
  queue = queue.then(async () => {
    const started = performance.now();
    /** @type {Pick<RunnerResult, 'result' | 'error'>} */
    const outcome = {};
    try {
      outcome.result = await /** @type {Handler} */ (handler)(message.event, lambdaContext(`packaged-${message.id}`, message.timeoutMs));
    } catch (error) {
      const { name, message: text, stack } = /** @type {Error} */ (error);
      outcome.error = { name, message: text, ...(stack ? { stack } : {}) };
    }
    const durationMs = performance.now() - started;
    send({ type: 'result', id: message.id, ...outcome, durationMs, maxRssBytes: process.resourceUsage().maxRSS * 1024, rssBytes: process.memoryUsage.rss(), cpuMs: cpuMs() });
  });
});
// The parent closing the channel is the end of this container.
process.on('disconnect', () => process.exit(0));
