/**
 * Persisted operations: the example operations, known by their file name
 * (`county-ranking-2023`) or their SHA-256. They back two things:
 * - automatic persisted queries (APQ): a client may send only the hash, and for these
 *   operations the hash works in a fresh container too, so CDN-cacheable GET URLs stay
 *   short and never need a registration round trip;
 * - the CSV export, which runs one by `id=`.
 * Hashes that clients register at run time live in a bounded in-memory LRU beside them.
 */
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { InMemoryLRUCache, PrefixingKeyValueCache } from '@apollo/utils.keyvaluecache';
import type { ExampleOperation } from '../../examples/example-operations.ts';

/** Room for client-registered APQ documents per container; the least recently used go first. */
const REGISTERED_APQ_BYTES = 8 * 1024 * 1024;

export interface PersistedOperations {
  /** By file name or SHA-256 hex; undefined when unknown. */
  find(id: string): ExampleOperation | undefined;
  list(): readonly ExampleOperation[];
  /** The `persistedQueries.cache` for Apollo Server. */
  apqCache: KeyValueCache<string>;
}

export function createPersistedOperations(operations: readonly ExampleOperation[]): PersistedOperations {
  const byId = new Map<string, ExampleOperation>();
  for (const operation of operations) {
    byId.set(operation.name, operation);
    byId.set(operation.sha256, operation);
  }
  const registered = new InMemoryLRUCache<string>({ maxSize: REGISTERED_APQ_BYTES, sizeCalculation: (document: string) => document.length });
  const cache: KeyValueCache<string> = {
    async get(hash) {
      return byId.get(hash)?.document ?? registered.get(hash);
    },
    set: (hash, document, options) => registered.set(hash, document, options),
    delete: (hash) => registered.delete(hash),
  };
  return {
    find: (id) => byId.get(id),
    list: () => operations,
    // This cache holds APQ documents only, so Apollo's "apq:" key prefix is not needed; without it
    // the keys are the bare hashes the examples are listed under.
    apqCache: PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation(cache),
  };
}
