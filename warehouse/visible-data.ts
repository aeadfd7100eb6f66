/**
 * What one audience may see of a loaded version: the one place where the rows and
 * files of internal monitoring files are left out for the public, and where a
 * failed load's message loses their details. Plan data is public; an internal file
 * is served only to a caller whose credentials grant the internal role
 * (functions/http/caller-audience.ts decides who that is).
 *
 * Request-time queries receive a FactScope rather than the whole warehouse. Its
 * `db` is typed with the plan's tables only (PlanTablesSchema), so observations,
 * and `fact_all` which holds them, are reachable through `facts()` alone: a query
 * that forgets the audience does not compile. Counts, sums and pages are all
 * computed over `facts()`, so an internal row is neither shown nor counted.
 */
import type { AliasedSelectQueryBuilder, Kysely } from 'kysely';
import type { Audience } from '../core/request.ts';
import { SeedValidationError } from '../dataset/check/seed-issues.ts';
import { INTERNAL_OBSERVATIONS_FOLDER } from '../dataset/seed.schemas.ts';
import { factsInMemory, type VisibleFacts } from './memory/facts-in-memory.ts';
import type { FactRow, PlanTablesSchema, WarehouseSchema } from './tables.ts';
import type { DatasetFile } from './warehouse.ts';

/** Who is asking: internal monitoring files are served only to an 'internal' caller. */
/** Anything but an explicit 'internal' (no audience at all included) is public: access fails closed. */
function seesInternal(audience: Audience | undefined): boolean {
  return audience === 'internal';
}

/** A request's reach into the warehouse: the plan's tables as they are, and the facts its audience may see. */
export interface FactScope {
  /** The plan's own tables, the same for every audience. */
  readonly db: Kysely<PlanTablesSchema>;
  /** Plan facts and the observations this audience may see, in the shape of `fact_all`: a subquery to select from or join as `alias`. */
  facts<A extends string>(alias: A): AliasedSelectQueryBuilder<FactRow, A>;
  /** The same facts held in memory (memory/facts-in-memory.ts), or a promise of them; null when the version is queried in the warehouse. */
  inMemory(): VisibleFacts | null | Promise<VisibleFacts | null>;
}

/** What a request by this audience may read of a warehouse; without an audience, what the public may. */
export function scopeToAudience(db: Kysely<WarehouseSchema>, audience: Audience | undefined): FactScope {
  const internal = seesInternal(audience);
  return {
    db,
    facts(alias) {
      const every = db.selectFrom('fact_all').selectAll();
      return (internal ? every : every.where('is_internal', '=', false)).as(alias);
    },
    inMemory: () => factsInMemory(db, internal),
  };
}

/** The files of the served version this audience may be told of: an internal file's key, checksum and row count are not for the public. */
export function visibleFiles(files: readonly DatasetFile[], audience: Audience | undefined): DatasetFile[] {
  return seesInternal(audience) ? [...files] : files.filter((file) => file.access === 'public');
}

/** An internal file's key, with the row a message may name after it. */
const INTERNAL_FILE_MENTION = `${INTERNAL_OBSERVATIONS_FOLDER}/[\\w.-]+( row \\d+)?`;

const mentionsInternalFile = (text: string | undefined) => text !== undefined && new RegExp(INTERNAL_FILE_MENTION).test(text);

/**
 * A failed load as every caller may read it (`dataset { refresh { error } }`, the
 * 503 of a cold start): issues found in internal files would quote their rows,
 * values and row counts, so they are summed up as one line; the log keeps them whole.
 */
export function withoutInternalDetails(error: unknown): string {
  const message = (error as Error).message;
  if (!(error instanceof SeedValidationError)) return message.replace(new RegExp(INTERNAL_FILE_MENTION, 'g'), 'an internal monitoring file');
  const withheld = error.issues.filter((i) => mentionsInternalFile(i.file) || mentionsInternalFile(i.id) || mentionsInternalFile(i.message));
  if (withheld.length === 0) return message;
  const shown = error.issues.filter((i) => !withheld.includes(i));
  return new SeedValidationError([...shown, { file: 'internal monitoring files', message: `${withheld.length} issue(s), listed in the server log only` }]).message;
}
