/**
 * node --expose-gc bench/load/soak-child.ts <invocations> <sampleEvery>: invokes the
 * real Lambda handler that many times in this one process, as one warm Lambda
 * container would be invoked (one invocation at a time), and samples memory after
 * a full garbage collection every <sampleEvery> invocations. Reports to the parent
 * over IPC: a "sample" message per sample, then one "done" message. Started by
 * soak.ts, which sets the environment (LOG_LEVEL=warn, SEEDS_SAMPLE=1).
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { CliUsageError, runCli } from '../../cli/run-cli.ts';
import { handler, servingWarehouse } from '../../functions/graphql/handler.ts';
import { lambdaContext } from '../../tests/helpers/lambda.ts';
import { soakAnswerProblem, soakCycle, soakInvocations } from './soak-invocations.ts';

export interface MemorySample {
  invocations: number;
  elapsedMs: number;
  heapUsedMiB: number;
  heapTotalMiB: number;
  externalMiB: number;
  arrayBuffersMiB: number;
  rssMiB: number;
}

export interface SoakFailure {
  invocation: number;
  name: string;
  problem: string;
}

export interface SoakChildResult {
  invocations: number;
  failures: number;
  /** The first few failures, for the report. */
  firstFailures: SoakFailure[];
  unhandledRejections: number;
  samples: MemorySample[];
  durationMs: number;
  /** Invocations and mean time per invocation name. */
  byName: Record<string, { invocations: number; meanMs: number }>;
}

export type SoakMessage = { type: 'sample'; sample: MemorySample } | { type: 'done'; result: SoakChildResult };

const MAX_LISTED_FAILURES = 10;
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 100) / 100;

const gc = (globalThis as { gc?: () => void }).gc;

function positiveInteger(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new CliUsageError(`<${name}> must be a positive integer, got '${text}'`);
  return value;
}

await runCli({
  name: 'soak-child',
  usage: 'node --expose-gc bench/load/soak-child.ts <invocations> <sampleEvery>',
  description: 'Invokes the real Lambda handler <invocations> times in this process and samples memory every <sampleEvery> invocations, reporting to its parent over IPC (started by bench/load/soak.ts).',
  arguments: [
    { name: 'invocations', description: 'how many handler invocations' },
    { name: 'sampleEvery', description: 'sample memory after every this many invocations' },
  ],
  async run({ positionals: [invocationsArg, sampleEveryArg] }) {
    const invocations = positiveInteger('invocations', invocationsArg);
    const sampleEvery = positiveInteger('sampleEvery', sampleEveryArg);
    if (!gc || !process.send) throw new Error('run by bench/load/soak.ts: it needs --expose-gc and an IPC channel');
    await soak(invocations, sampleEvery);
  },
});

async function soak(invocations: number, sampleEvery: number): Promise<void> {
  let unhandledRejections = 0;
  process.on('unhandledRejection', () => { unhandledRejections += 1; });

  const started = performance.now();

  function sampleMemory(done: number): MemorySample {
    // Twice: the first pass can leave objects that only die once their finalizers have run.
    gc!();
    gc!();
    const usage = process.memoryUsage();
    return {
      invocations: done,
      elapsedMs: Math.round(performance.now() - started),
      heapUsedMiB: mib(usage.heapUsed),
      heapTotalMiB: mib(usage.heapTotal),
      externalMiB: mib(usage.external),
      arrayBuffersMiB: mib(usage.arrayBuffers),
      rssMiB: mib(usage.rss),
    };
  }

  const cycle = soakCycle(soakInvocations());
  const samples: MemorySample[] = [];
  const firstFailures: SoakFailure[] = [];
  const timeByName: Record<string, { invocations: number; totalMs: number }> = {};
  let failures = 0;

  for (let done = 0; done < invocations;) {
    const invocation = cycle[done % cycle.length]!;
    const t0 = performance.now();
    let problem: string | null;
    try {
      const result = await handler(invocation.event, lambdaContext(`soak-${done}`)) as APIGatewayProxyStructuredResultV2;
      problem = soakAnswerProblem(invocation.expect, result);
    } catch (error) {
      problem = `handler threw: ${(error as Error).message}`;
    }
    const timing = (timeByName[invocation.name] ??= { invocations: 0, totalMs: 0 });
    timing.invocations += 1;
    timing.totalMs += performance.now() - t0;
    if (problem) {
      failures += 1;
      if (firstFailures.length < MAX_LISTED_FAILURES) firstFailures.push({ invocation: done, name: invocation.name, problem });
    }
    done += 1;
    if (done % sampleEvery === 0 || done === invocations) {
      const sample = sampleMemory(done);
      samples.push(sample);
      process.send!({ type: 'sample', sample } satisfies SoakMessage);
    }
  }

  const durationMs = Math.round(performance.now() - started);
  await servingWarehouse.close();
  const byName = Object.fromEntries(Object.entries(timeByName).map(([name, { invocations: count, totalMs }]) => [name, { invocations: count, meanMs: Math.round((totalMs / count) * 1000) / 1000 }]));
  const result: SoakChildResult = { invocations, failures, firstFailures, unhandledRejections, samples, durationMs, byName };
  process.send!({ type: 'done', result } satisfies SoakMessage, () => process.disconnect());
}
