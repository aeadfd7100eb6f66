import type { MonacoWorkerScripts } from './explorer-build-constants.ts';

/**
 * Monaco asks the page for a worker per language. Ours come from the explorer's own
 * bundle next to the app script, so the page needs no CDN and works offline and under
 * an API Gateway stage prefix alike.
 */
export function installMonacoWorkers(workerScripts: MonacoWorkerScripts, appScriptUrl: string): void {
  const environment = {
    getWorker(_workerId: string, label: string): Worker {
      const script = label === 'json' || label === 'graphql' ? workerScripts[label] : workerScripts.editor;
      return new Worker(new URL(script, appScriptUrl), { name: `monaco-${label}` });
    },
  };
  Object.assign(globalThis, { MonacoEnvironment: environment });
}
