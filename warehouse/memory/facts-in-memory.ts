/**
 * A small version's facts held in memory, once per data version: `fact_all` read
 * whole (plan facts and every observation, internal ones included), with the
 * indexes the request-time fact queries need. A version never changes once loaded,
 * so the rows are read once, on the first fact query.
 *
 * Why: on DuckDB the smallest statement costs 0.2–0.8 ms of engine time however few
 * its rows, and a PostgreSQL statement a round trip; that alone is more than
 * PostGraphile takes to answer a whole request over the same tables
 * (bench/results/peer.md). A version of the plan and a city's monitoring figures is
 * a few hundred to a few thousand rows, which a scan in memory filters, sorts and
 * groups in microseconds. Larger versions (millions of synthetic rows in the
 * benchmarks) stay in the warehouse, where DuckDB's scans and aggregates are the
 * right tool; the queries in fact.queries.ts and aggregate.queries.ts choose.
 */
import type { Kysely } from 'kysely';
import { perVersion } from '../per-version.ts';
import { planCatalogOf, type PlanCatalog } from '../plan-catalog.ts';
import type { FactRow, PlanTablesSchema, WarehouseSchema } from '../tables.ts';

type Db = Kysely<PlanTablesSchema>;

/**
 * Versions with up to this many facts (plan facts and observations) are served from
 * memory: the plan and a city's monitoring figures by county and year, a few thousand
 * rows. Reading them costs about 15 µs and 1.8 KiB of heap a fact, once per version
 * (45,000 facts: 0.6–0.7 s and 78 MiB, bench/results/api.md), a wait the first request
 * after a load should not have; larger versions stay in the warehouse, whose scans suit them.
 */
export const FACTS_IN_MEMORY_UP_TO = 10_000;

/** Whether a version of this many facts (plan facts and observations, internal ones included) is served from memory. */
export const servedFromMemory = (facts: number): boolean => facts <= FACTS_IN_MEMORY_UP_TO;

/** The facts one audience may see, in document order, with their indexes. */
export class VisibleFacts {
  /** Every fact the audience may see, in document order (`ordinal`). */
  readonly rows: readonly FactRow[];
  readonly byId: ReadonlyMap<string, FactRow>;
  /** The facts naming an indicator, in document order. */
  readonly byIndicator: ReadonlyMap<string, readonly FactRow[]>;
  /** The facts about a region, in document order: those naming it and the plan's group statements that apply to it (`fact_region`). */
  readonly byRegion: ReadonlyMap<string, readonly FactRow[]>;
  /** The plan tables of the same version, for the conditions that look beyond a fact's own row. */
  readonly catalog: PlanCatalog;

  constructor(rows: readonly FactRow[], catalog: PlanCatalog) {
    this.rows = rows;
    this.catalog = catalog;
    this.byId = new Map(rows.map((row) => [row.id, row]));
    const byIndicator = new Map<string, FactRow[]>();
    const byRegion = new Map<string, FactRow[]>();
    const add = (index: Map<string, FactRow[]>, key: string, row: FactRow) => {
      const list = index.get(key);
      if (list === undefined) index.set(key, [row]);
      else if (list[list.length - 1] !== row) list.push(row);
    };
    for (const row of rows) {
      if (row.indicator !== null) add(byIndicator, row.indicator, row);
      if (row.region !== null) add(byRegion, row.region, row);
      for (const applies of catalog.regionsOfFact.get(row.id) ?? []) add(byRegion, applies.region, row);
    }
    this.byIndicator = byIndicator;
    this.byRegion = byRegion;
  }
}

/** A version's facts in memory: what the public sees, and what an internal caller sees. */
interface FactsOfVersion {
  public: VisibleFacts;
  internal: VisibleFacts;
}

async function readFactsOfVersion(db: Db): Promise<FactsOfVersion | null> {
  // Observations are reachable through the audience scope only (visible-data.ts); the whole
  // version, internal rows included, is read here once and split by audience below.
  const warehouse = db as unknown as Kysely<WarehouseSchema>;
  const catalog = await planCatalogOf(db);
  const counted = await warehouse.selectFrom('observation').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  if (!servedFromMemory(catalog.factById.size + Number(counted.n))) return null;
  const rows = await warehouse.selectFrom('fact_all').selectAll().orderBy('ordinal').execute();
  shareRepeatedText(rows);
  const internal = new VisibleFacts(rows, catalog);
  // Most versions have no internal file: then both audiences see the same facts, indexed once.
  return {
    public: rows.some((row) => row.is_internal) ? new VisibleFacts(rows.filter((row) => !row.is_internal), catalog) : internal,
    internal,
  };
}

/** Columns whose few distinct values repeat on every observation row (an indicator's name is each of its rows' subject). */
const REPEATED_TEXT_COLUMNS = ['kind', 'subject', 'indicator', 'unit', 'period_type', 'measure_kind', 'region', 'provenance', 'comparator', 'note', 'source_file'] as const;

/**
 * One string object per distinct value of the repetitive columns: the engines return a
 * new string for every cell, and thousands of copies of the same indicator name or
 * SAMPLE note made up most of a version's memory (about half, at 40,000 rows).
 */
function shareRepeatedText(rows: FactRow[]): void {
  const shared = new Map<string, string>();
  const share = (text: string) => {
    const known = shared.get(text);
    if (known !== undefined) return known;
    shared.set(text, text);
    return text;
  };
  for (const row of rows) {
    const cells = row as unknown as Record<string, unknown>;
    for (const column of REPEATED_TEXT_COLUMNS) {
      const value = cells[column];
      if (typeof value === 'string') cells[column] = share(value);
    }
  }
}

/** Null: the version is too large for memory (or was told to stay in the warehouse), and its facts are queried there. */
const versions = perVersion<Db, FactsOfVersion | null>(readFactsOfVersion);

/**
 * The facts an audience may see of a version, once they are in memory, else a promise
 * of them (read on the first call); null when the version's facts stay in the warehouse.
 */
export function factsInMemory(db: Db, internal: boolean): VisibleFacts | null | Promise<VisibleFacts | null> {
  const facts = versions.nowOrLater(db);
  if (facts instanceof Promise) return facts.then((found) => found && (internal ? found.internal : found.public));
  return facts && (internal ? facts.internal : facts.public);
}

/**
 * Makes every fact query of this version run in the warehouse, however small it is:
 * for tests that prove the two ways give the same answers, and for counting statements.
 */
export function keepFactsInWarehouse(db: Db): void {
  versions.prime(db, null);
}
