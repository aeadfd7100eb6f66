/**
 * The soak: many invocations of the real Lambda handler in one child process
 * (soak-child.ts, started with --expose-gc so memory can be read after a full
 * collection), and how memory moved after warm-up. Growth is measured from the
 * first sample at or after the warm-up to the last, and from the lowest sample
 * since then to the last; the slope is a least-squares fit over the same samples,
 * so one noisy sample moves it little.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { MemorySample, SoakChildResult, SoakMessage } from './soak-child.ts';
import { stopChild } from './load-server.ts';

export type { MemorySample } from './soak-child.ts';

const SOAK_CHILD = path.join(import.meta.dirname, 'soak-child.ts');
/** Keep the end of the child's output for an error message, not all of it. */
const OUTPUT_TAIL_CHARS = 8_000;

export interface SoakOptions {
  invocations: number;
  /** Memory is sampled after every this many invocations (and after the last). */
  sampleEvery: number;
  /** Growth and slope are measured from the first sample at or after this many invocations. */
  warmupInvocations: number;
  /** The child is killed, and the soak fails, after this long. */
  deadlineMs: number;
  onSample?: (sample: MemorySample) => void;
  /** Added to the child's environment. */
  env?: Record<string, string>;
}

export interface SoakResult extends SoakChildResult {
  warmupInvocations: number;
  /** The first sample at or after the warm-up. */
  afterWarmup: MemorySample;
  last: MemorySample;
  growthAfterWarmupMiB: { heapUsed: number; external: number; rss: number };
  /**
   * The last heapUsed above the lowest one from afterWarmup on. Unlike the growth,
   * a one-off drop after warm-up (V8 dropping start-up code, say) cannot hide a leak
   * that follows it.
   */
  heapUsedAboveLowestMiB: number;
  /** Least-squares slope of heapUsed over the samples from afterWarmup on, MiB per 10,000 invocations. */
  heapUsedSlopeMiBPer10k: number;
  invocationsPerSecond: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Slope of y over x by least squares; 0 for fewer than two points. */
export function leastSquaresSlope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return 0;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  const covariance = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0);
  const variance = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}

export function summariseSoak(child: SoakChildResult, warmupInvocations: number): SoakResult {
  const afterWarmup = child.samples.find((sample) => sample.invocations >= warmupInvocations);
  const last = child.samples.at(-1);
  if (!afterWarmup || !last) throw new Error(`no memory sample at or after ${warmupInvocations} invocations`);
  const steady = child.samples.filter((sample) => sample.invocations >= afterWarmup.invocations);
  return {
    ...child,
    warmupInvocations,
    afterWarmup,
    last,
    growthAfterWarmupMiB: {
      heapUsed: round2(last.heapUsedMiB - afterWarmup.heapUsedMiB),
      external: round2(last.externalMiB - afterWarmup.externalMiB),
      rss: round2(last.rssMiB - afterWarmup.rssMiB),
    },
    heapUsedAboveLowestMiB: round2(last.heapUsedMiB - Math.min(...steady.map((sample) => sample.heapUsedMiB))),
    heapUsedSlopeMiBPer10k: round2(leastSquaresSlope(steady.map((sample) => ({ x: sample.invocations, y: sample.heapUsedMiB }))) * 10_000),
    invocationsPerSecond: Math.round(child.invocations / (child.durationMs / 1000)),
  };
}

export function runSoak(options: SoakOptions): Promise<SoakResult> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', SOAK_CHILD, String(options.invocations), String(options.sampleEvery)],
    // warn: 100,000 access lines would measure the pipe, not the handler.
    { env: { ...process.env, LOG_LEVEL: 'warn', SEEDS_SAMPLE: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => { output = (output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS); };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);

  return new Promise<SoakResult>((resolve, reject) => {
    let result: SoakChildResult | undefined;
    const deadline = setTimeout(() => {
      void stopChild(child);
      reject(new Error(`the soak did not finish within ${options.deadlineMs} ms; child output: ${output.trim()}`));
    }, options.deadlineMs);
    child.on('message', (message: SoakMessage) => {
      if (message.type === 'sample') options.onSample?.(message.sample);
      else result = message.result;
    });
    child.once('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(deadline);
      if (!result || code !== 0) {
        reject(new Error(`the soak child exited with ${signal ?? code} before reporting; output: ${output.trim()}`));
        return;
      }
      try {
        resolve(summariseSoak(result, options.warmupInvocations));
      } catch (error) {
        reject(error);
      }
    });
  });
}
