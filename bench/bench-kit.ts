/**
 * What every benchmark here shares: order statistics, the machine it ran on, and
 * writing bench/results/<name>.json with its markdown summary. The machines are
 * shared and noisy, so results are medians and ratios within one run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const RESULTS_DIR = path.join(import.meta.dirname, 'results');

export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface Summary {
  runs: number;
  medianMs: number;
  minMs: number;
  p90Ms: number;
  maxMs: number;
}

export function summarise(samples: readonly number[]): Summary {
  return {
    runs: samples.length, medianMs: round(median(samples)), minMs: round(Math.min(...samples)),
    p90Ms: round(quantile(samples, 0.9)), maxMs: round(Math.max(...samples)),
  };
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  totalMemGiB: number;
  platform: string;
  node: string;
}

export function describeMachine(): Machine {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    totalMemGiB: round(os.totalmem() / 2 ** 30, 1),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

export function machineLine(machine: Machine): string {
  return `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.totalMemGiB} GiB RAM, ${machine.platform}; Node ${machine.node}.`;
}

/** Writes bench/results/<name>.json and <name>.md. */
export async function writeResults(name: string, result: unknown, markdown: string): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(path.join(RESULTS_DIR, `${name}.md`), markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

/** A progress line on stderr, prefixed with the bench's name and the seconds since it started. */
export function createBenchLog(name: string): (line: string) => void {
  const started = performance.now();
  return (line) => process.stderr.write(`[${name} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);
}
