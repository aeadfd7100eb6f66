/**
 * The warehouse a process serves (a Lambda container or the local server), and how
 * it moves to a new data version without ever mixing two.
 *
 * - Cold start: the first request loads a version; concurrent requests share that
 *   load. If it fails, every request gets DATA_UNAVAILABLE and the next one tries
 *   again: nothing partial is ever served.
 * - Refresh: on a request after the refresh interval, one quick conditional read
 *   of the manifest (the only thing a request ever waits for). A new version is
 *   then loaded in the background, validated completely and swapped in as one
 *   reference. Lambda freezes between invocations, so nothing here depends on a
 *   timer firing: time is read when requests arrive, and a background load simply
 *   continues on the next thaw.
 * - Leases: each request holds the version it started on until it ends; a replaced
 *   version is closed when its last request releases it.
 * - Failure: a version that fails to load leaves the serving one in place and is
 *   reported (log line and the `dataset` field). A version whose content failed
 *   validation is not downloaded again until the manifest changes.
 */
import { SeedValidationError } from '../dataset/check/seed-issues.ts';
import { withoutInternalDetails } from './visible-data.ts';
import type { Warehouse } from './warehouse.ts';

/** A version a source offers, not loaded yet. */
export interface VersionCandidate {
  /** Changes when the source's current version does (an ETag, a version id). */
  token: string;
  /** The data version it would serve, to skip a reload when only the token changed. */
  version: string;
  load(): Promise<Warehouse>;
}

export interface WarehouseSource {
  /** A path, s3:// URL or database, for messages. */
  readonly location: string;
  /**
   * The source's current version, or 'unchanged' when its token is `knownToken`.
   * `refreshCheck`: a request is waiting, so one quick attempt only.
   */
  poll(knownToken: string | undefined, refreshCheck: boolean): Promise<VersionCandidate | 'unchanged'>;
  close?(): Promise<void>;
}

export interface RefreshStatus {
  state: 'CURRENT' | 'LOADING' | 'FAILED';
  /** When the source was last asked for a new version (ISO 8601). */
  checkedAt: string | null;
  /** The last failed load or check: what failed, when, and for which version. */
  error: string | null;
  failedAt: string | null;
  failedVersion: string | null;
}

export interface WarehouseLease {
  warehouse: Warehouse;
  refresh: RefreshStatus;
  /** Ends the request's hold on its version; safe to call more than once. */
  release(): void;
}

export interface ServingWarehouse {
  /** The serving version, held until release(); throws WarehouseUnavailableError when none could be loaded. */
  acquire(): Promise<WarehouseLease>;
  refreshStatus(): RefreshStatus;
  /** Resolves when no background load is running (tests and graceful shutdown wait on it). */
  whenIdle(): Promise<void>;
  close(): Promise<void>;
}

export class WarehouseUnavailableError extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(`no data version could be loaded: ${reason}`);
    this.name = 'WarehouseUnavailableError';
    this.reason = reason;
  }
}

export interface ServingEvents {
  loaded(info: { dataVersion: string; source: string; ms: number; phase: 'cold start' | 'refresh' }): void;
  failed(info: { source: string; error: string; phase: 'cold start' | 'refresh' | 'check'; version: string | null }): void;
}

export interface ServingOptions {
  /** How long a version is served before the source is checked again; 0 checks on every request, Infinity never. */
  refreshIntervalMs: number;
  events: ServingEvents;
  now?: () => number;
}

/** A loaded version and the requests holding it. */
interface Held {
  warehouse: Warehouse;
  token: string;
  leases: number;
  retired: boolean;
}

function closeWhenUnused(held: Held): void {
  if (held.retired && held.leases === 0) void held.warehouse.close().catch(() => undefined);
}

export function createServingWarehouse(source: WarehouseSource, options: ServingOptions): ServingWarehouse {
  const now = options.now ?? Date.now;
  let serving: Held | undefined;
  let coldLoad: Promise<Held> | undefined;
  let backgroundLoad: Promise<void> | undefined;
  let checkedAt: number | undefined;
  /** The token conditional checks send: the serving version's, or a rejected version's so it is not fetched again. */
  let knownToken: string | undefined;
  let failure: Pick<RefreshStatus, 'error' | 'failedAt' | 'failedVersion'> = { error: null, failedAt: null, failedVersion: null };

  const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
  const refreshStatus = (): RefreshStatus => ({
    state: backgroundLoad ? 'LOADING' : failure.error ? 'FAILED' : 'CURRENT',
    checkedAt: iso(checkedAt),
    ...failure,
  });

  function recordFailure(error: unknown, phase: 'cold start' | 'refresh' | 'check', version: string | null): void {
    // The log keeps every detail; the refresh status is read by every caller, the public included.
    failure = { error: withoutInternalDetails(error), failedAt: iso(now())!, failedVersion: version };
    options.events.failed({ source: source.location, error: (error as Error).message, phase, version });
  }

  async function load(candidate: VersionCandidate, phase: 'cold start' | 'refresh'): Promise<Held> {
    const started = performance.now();
    const warehouse = await candidate.load();
    options.events.loaded({ dataVersion: warehouse.dataset.version, source: source.location, ms: Math.round(performance.now() - started), phase });
    failure = { error: null, failedAt: null, failedVersion: null };
    knownToken = candidate.token;
    return { warehouse, token: candidate.token, leases: 0, retired: false };
  }

  async function loadFirstVersion(): Promise<Held> {
    checkedAt = now();
    const candidate = await source.poll(undefined, false);
    if (candidate === 'unchanged') throw new Error(`${source.location} reported no version`);
    return load(candidate, 'cold start');
  }

  function swapIn(next: Held): void {
    const previous = serving;
    serving = next;
    if (previous) {
      previous.retired = true;
      closeWhenUnused(previous);
    }
  }

  async function checkForNewVersion(current: Held): Promise<void> {
    checkedAt = now();
    let candidate: VersionCandidate | 'unchanged';
    try {
      candidate = await source.poll(knownToken, true);
    } catch (error) {
      recordFailure(error, 'check', null);
      return;
    }
    if (candidate === 'unchanged') return;
    if (candidate.version === current.warehouse.dataset.version) {
      knownToken = current.token = candidate.token;
      return;
    }
    backgroundLoad = load(candidate, 'refresh')
      .then(swapIn, (error: unknown) => {
        // Bad content stays bad: remember its token so the same version is not fetched on every check.
        if (error instanceof SeedValidationError) knownToken = candidate.token;
        recordFailure(error, 'refresh', candidate.version);
      })
      .finally(() => {
        backgroundLoad = undefined;
      });
  }

  return {
    async acquire() {
      if (!serving) {
        coldLoad ??= loadFirstVersion();
        try {
          const first = await coldLoad;
          serving ??= first;
        } catch (error) {
          coldLoad = undefined;
          recordFailure(error, 'cold start', null);
          throw new WarehouseUnavailableError(withoutInternalDetails(error));
        }
      } else if (!backgroundLoad && now() - (checkedAt ?? 0) >= options.refreshIntervalMs) {
        await checkForNewVersion(serving);
      }
      const held = serving!;
      held.leases += 1;
      let released = false;
      return {
        warehouse: held.warehouse,
        refresh: refreshStatus(),
        release() {
          if (released) return;
          released = true;
          held.leases -= 1;
          closeWhenUnused(held);
        },
      };
    },
    refreshStatus,
    async whenIdle() {
      await backgroundLoad;
    },
    async close() {
      await backgroundLoad;
      const held = serving ?? (await coldLoad?.catch(() => undefined));
      serving = undefined;
      coldLoad = undefined;
      if (held) {
        held.retired = true;
        await held.warehouse.close();
      }
      await source.close?.();
    },
  };
}
