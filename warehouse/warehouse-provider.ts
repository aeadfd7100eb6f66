/**
 * Holds the warehouse of a process (a Lambda container or the local server).
 * The first request starts the load; concurrent requests share it. A failed load
 * is reported and forgotten, so the next request tries again, and nothing
 * partial is ever handed out.
 */
import type { Warehouse } from './warehouse.ts';

export class WarehouseUnavailableError extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(`no data version could be loaded: ${reason}`);
    this.name = 'WarehouseUnavailableError';
    this.reason = reason;
  }
}

export interface WarehouseProvider {
  /** The serving warehouse; throws WarehouseUnavailableError when none could be loaded. */
  get(): Promise<Warehouse>;
  close(): Promise<void>;
}

export function createWarehouseProvider(load: () => Promise<Warehouse>, onLoadFailed: (error: Error) => void): WarehouseProvider {
  let current: Promise<Warehouse> | undefined;
  return {
    async get() {
      current ??= load();
      try {
        return await current;
      } catch (error) {
        current = undefined;
        onLoadFailed(error as Error);
        throw new WarehouseUnavailableError((error as Error).message);
      }
    },
    async close() {
      const loading = current;
      current = undefined;
      if (loading) await (await loading.catch(() => undefined))?.close();
    },
  };
}
