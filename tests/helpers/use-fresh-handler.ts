/** A fresh Lambda handler module for a vitest suite (apart from lambda.ts, which benchmarks import without vitest). */
import { afterAll, beforeAll, vi } from 'vitest';
import { copySeeds } from './seeds.ts';

export type HandlerModule = typeof import('../../functions/graphql/handler.ts');

export interface FreshHandler {
  /** The handler module of this suite: its own config, warehouse and caches. */
  readonly module: HandlerModule;
  /** The copy of the real seeds it serves. */
  readonly seedsDir: string;
}

/**
 * The real handler for the surrounding suite, on a copy of the real seeds that `prepare`
 * may change first, with `env` on top of the process environment; the environment is
 * restored, the warehouse closed and the copy removed after.
 */
export function useFreshHandler(env: Record<string, string>, prepare: (seedsDir: string) => Promise<void> = async () => undefined): FreshHandler {
  const savedEnv = { ...process.env };
  let seeds: Awaited<ReturnType<typeof copySeeds>> | undefined;
  let module: HandlerModule | undefined;
  beforeAll(async () => {
    seeds = await copySeeds();
    await prepare(seeds.dir);
    Object.assign(process.env, { SEEDS_URL: seeds.dir, ...env });
    vi.resetModules();
    module = await import('../../functions/graphql/handler.ts');
  });
  afterAll(async () => {
    process.env = savedEnv;
    await module?.servingWarehouse.close();
    await seeds?.remove();
  });
  return {
    get module() { return module!; },
    get seedsDir() { return seeds!.dir; },
  };
}
