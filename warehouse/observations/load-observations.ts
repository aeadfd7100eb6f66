/**
 * Loads monitoring files (CSV or Parquet) into the observation table. DuckDB reads
 * each file through views (a typed view over the file), so no staged copy is held
 * in memory: one scan runs every row check (unknown indicator or region, bad
 * period, non-numeric value, wrong unit), one finds duplicate keys, and one
 * inserts. Every bad row is named by file, row and field, exactly like the JSON
 * seed checks, and nothing is inserted unless every file is clean. A million
 * Parquet rows validate and load in about a second (bench/results/warehouse.md).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { SeedValidationError, type SeedIssue } from '../../dataset/check/seed-issues.ts';
import type { ObservationInput } from '../../dataset/seed-files.ts';
import { accessOf, YEAR_RANGE } from '../../dataset/seed.schemas.ts';
import type { WarehouseSchema } from '../tables.ts';
import { observationReader, readErrorMessage } from '../../dataset/observations/observation-readers.ts';

/** Columns a monitoring file must have, in any order; other columns are rejected so typos do not pass silently. */
export const OBSERVATION_COLUMNS = ['indicator', 'region', 'period', 'value', 'unit'] as const;

/** Bad rows listed per check; the count says how many more there are. */
const ROWS_SHOWN_PER_CHECK = 20;

/** "2023" or "2021-2023". */
const PERIOD_PATTERN = sql.lit('^(\\d{4})(-(\\d{4}))?$');

type Db = Kysely<WarehouseSchema>;

interface StagedFile {
  input: ObservationInput;
  /** 1-based, also the observation_file id. */
  id: number;
  /** A view over the file as read: its own columns plus the data row number. */
  view: string;
  /** A view of the file's rows typed (createTypedView). */
  typed: string;
}

function failedRead(staged: StagedFile, filePath: string, error: unknown): SeedIssue {
  const { key, format } = staged.input.file;
  return { file: key, message: `cannot be read as ${format.toUpperCase()}: ${readErrorMessage(error, filePath, key)}` };
}

/** A view of the file with its 1-based data row number; returns false (with an issue) when its columns are wrong. */
async function defineFileView(db: Db, staged: StagedFile, filePath: string, issues: SeedIssue[]): Promise<boolean> {
  const reader = sql.raw(observationReader(staged.input.file.format, `'${filePath.replaceAll("'", "''")}'`));
  // CSV rows are numbered by a single-threaded scan, which keeps file order; Parquet knows its row numbers.
  const query = staged.input.file.format === 'csv'
    ? sql`select row_number() over () as source_row, * from ${reader}`
    : sql`select file_row_number + 1 as source_row, * exclude (file_row_number) from ${reader}`;
  try {
    await sql`create view ${sql.table(staged.view)} as ${query}`.execute(db);
  } catch (error) {
    issues.push(failedRead(staged, filePath, error));
    return false;
  }
  const key = staged.input.file.key;
  const columns = (await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = ${staged.view} order by ordinal_position`.execute(db)).rows
    .map((r) => r.column_name).filter((name) => name !== 'source_row');
  const missing = OBSERVATION_COLUMNS.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !(OBSERVATION_COLUMNS as readonly string[]).includes(c));
  if (missing.length > 0) issues.push({ file: key, field: missing.join(', '), message: `column(s) missing; a monitoring file has the columns ${OBSERVATION_COLUMNS.join(', ')}` });
  if (unknown.length > 0) issues.push({ file: key, field: unknown.join(', '), message: `unknown column(s); a monitoring file has the columns ${OBSERVATION_COLUMNS.join(', ')}` });
  return missing.length === 0 && unknown.length === 0;
}

/**
 * The file's rows typed, as a view: text trimmed, the period split into start and
 * end, the value parsed. Parsing failures become NULLs that the checks report. A
 * view rather than a table: the three scans re-read the file, which costs less
 * than holding a typed copy of a million rows beside the observation table.
 */
async function createTypedView(db: Db, staged: StagedFile, filePath: string, issues: SeedIssue[]): Promise<boolean> {
  const period = sql`trim(cast(s.period as varchar))`;
  const value = sql`trim(cast(s.value as varchar))`;
  try {
    await sql`create view ${sql.table(staged.typed)} as
      select cast(s.source_row as integer) as source_row,
             trim(cast(s.indicator as varchar)) as indicator,
             trim(cast(s.region as varchar)) as region,
             ${period} as period,
             try_cast(regexp_extract(${period}, ${PERIOD_PATTERN}, 1) as integer) as period_start,
             try_cast(coalesce(nullif(regexp_extract(${period}, ${PERIOD_PATTERN}, 3), ''), regexp_extract(${period}, ${PERIOD_PATTERN}, 1)) as integer) as period_end,
             ${value} as value_text,
             try_cast(${value} as double) as value,
             trim(cast(s.unit as varchar)) as unit
        from ${sql.table(staged.view)} s`.execute(db);
  } catch (error) {
    issues.push(failedRead(staged, filePath, error));
    return false;
  }
  const { rows } = (await sql<{ rows: number }>`select count(*) as rows from ${sql.table(staged.typed)}`.execute(db)).rows[0]!;
  if (Number(rows) !== staged.input.rows) {
    issues.push({ file: 'manifest.json', id: staged.input.file.key, field: 'rows', message: `says ${staged.input.rows} rows; ${staged.input.file.key} has ${rows}` });
  }
  return true;
}

interface BadRow {
  source_row: number;
  indicator: string | null;
  region: string | null;
  period: string | null;
  detail: string | null;
  total: number;
}

/** One rule over a typed file: the rows it selects are bad, and `field`/`message` say why. */
interface RowCheck {
  field: string;
  /** A condition over t (the typed row), i (its indicator) and r (its region); i and r are null when unknown. */
  where: RawBuilder<unknown>;
  /** What is shown for a bad row, as SQL text. */
  detail: RawBuilder<unknown>;
  message: (row: BadRow) => string;
}

const ROW_CHECKS: RowCheck[] = [
  {
    field: 'indicator', where: sql`i.code is null`, detail: sql`t.indicator`,
    message: (r) => `"${r.detail ?? ''}" is not a table indicator code (I01–I17)`,
  },
  {
    field: 'indicator', where: sql`i.code is not null and i.unit is null`, detail: sql`t.indicator`,
    message: (r) => `${r.detail} is a ratio without a single number; it cannot be observed as one value`,
  },
  {
    field: 'region', where: sql`r.code is null`, detail: sql`t.region`,
    message: (r) => `"${r.detail ?? ''}" is not a known region code`,
  },
  {
    field: 'period', where: sql`t.period_start is null or t.period_end < t.period_start or t.period_start < ${sql.lit(YEAR_RANGE.min)} or t.period_end > ${sql.lit(YEAR_RANGE.max)}`, detail: sql`t.period`,
    message: (r) => `"${r.detail ?? ''}" is not a year (2023) or a range of years (2021-2023)`,
  },
  {
    field: 'period', where: sql`i.period_type = 'POINT' and t.period_end > t.period_start`, detail: sql`t.period || ' for ' || i.code`,
    message: (r) => `${r.detail} spans several years, but the indicator is a stock or rate observed at one year end`,
  },
  {
    field: 'value', where: sql`t.value is null or not isfinite(t.value)`, detail: sql`t.value_text`,
    message: (r) => `"${r.detail ?? ''}" is not a number`,
  },
  {
    field: 'unit', where: sql`i.unit is not null and t.unit is distinct from i.unit`, detail: sql`coalesce(t.unit, '') || ' vs ' || i.unit`,
    message: (r) => { const [given, expected] = (r.detail ?? '').split(' vs '); return `is "${given}", but ${r.indicator} is measured in ${expected}`; },
  },
  {
    field: 'value', where: sql`i.unit = '%' and t.value is not null and (t.value < 0 or t.value > 100)`, detail: sql`t.value_text`,
    message: (r) => `${r.detail} is outside 0–100 for a percentage: the wrong unit (a fraction, or a count)?`,
  },
  {
    field: 'value', where: sql`i.unit <> '%' and t.value < 0`, detail: sql`t.value_text`,
    message: (r) => `${r.detail} is negative; counts and averages cannot be`,
  },
];

/**
 * Runs every row check in one scan of the file: the rows that fail any check are
 * kept (with a flag and a detail per check) in a small table, from which each
 * check's issues are then listed. A clean file leaves that table empty.
 */
async function runRowChecks(db: Db, staged: StagedFile): Promise<SeedIssue[]> {
  const bad = `bad_observations_${staged.id}`;
  const flag = (check: RowCheck) => sql`coalesce((${check.where}), false)`;
  await sql`create table ${sql.table(bad)} as
    select t.source_row, t.indicator, t.region, t.period,
           ${sql.join(ROW_CHECKS.map((check, k) => sql`${flag(check)} as ${sql.id(`bad_${k}`)}, cast(${check.detail} as varchar) as ${sql.id(`detail_${k}`)}`))}
      from ${sql.table(staged.typed)} t
      left join indicator i on i.code = t.indicator
      left join region r on r.code = t.region
     where ${sql.join(ROW_CHECKS.map(flag), sql` or `)}`.execute(db);
  const file = staged.input.file.key;
  const issues: SeedIssue[] = [];
  try {
    for (const [k, check] of ROW_CHECKS.entries()) {
      const { rows } = await sql<BadRow>`
        select source_row, indicator, region, period, ${sql.id(`detail_${k}`)} as detail, count(*) over () as total
          from ${sql.table(bad)} where ${sql.id(`bad_${k}`)} order by source_row limit ${sql.lit(ROWS_SHOWN_PER_CHECK)}`.execute(db);
      for (const row of rows) {
        issues.push({ file, row: Number(row.source_row), id: `${row.indicator}/${row.region}/${row.period}`, field: check.field, message: check.message(row) });
      }
      const more = rows.length > 0 ? Number(rows[0]!.total) - rows.length : 0;
      if (more > 0) issues.push({ file, field: check.field, message: `… and ${more} more row(s) with the same problem` });
    }
  } finally {
    await sql`drop table ${sql.table(bad)}`.execute(db);
  }
  return issues;
}

/**
 * The same indicator, region and period twice within one provenance, across all
 * files. Duplicate keys are found by a hash aggregate; only their rows are then
 * numbered to say which came first.
 */
async function findDuplicates(db: Db, staged: readonly StagedFile[]): Promise<SeedIssue[]> {
  if (staged.length === 0) return [];
  const all = staged.map((s) => sql`select ${sql.lit(s.input.file.key)} as file, ${sql.lit(s.input.file.provenance)} as provenance,
    t.source_row, t.indicator, t.region, t.period, t.period_start, t.period_end from ${sql.table(s.typed)} t where t.period_start is not null`);
  const key = sql`provenance, indicator, region, period_start, period_end`;
  const { rows } = await sql<{ file: string; source_row: number; indicator: string; region: string; period: string; first_file: string; first_row: number }>`
    with all_rows as (${sql.join(all, sql` union all `)}),
    repeated as (select ${key} from all_rows group by ${key} having count(*) > 1),
    numbered as (
      select a.*, row_number() over w as n, first_value(a.file) over w as first_file, first_value(a.source_row) over w as first_row
        from all_rows a join repeated using (provenance, indicator, region, period_start, period_end)
      window w as (partition by ${key} order by a.file, a.source_row)
    )
    select file, source_row, indicator, region, period, first_file, first_row from numbered where n > 1 order by file, source_row
    limit ${sql.lit(ROWS_SHOWN_PER_CHECK)}`.execute(db);
  return rows.map((r) => ({
    file: r.file, row: Number(r.source_row), id: `${r.indicator}/${r.region}/${r.period}`, field: 'period',
    message: `repeats the observation of ${r.first_file} row ${r.first_row} (same indicator, region, period and provenance)`,
  }));
}

/** Inserts each clean file into the observation table, after naming it in observation_file. */
async function insertObservations(db: Db, staged: readonly StagedFile[], firstOrdinal: number): Promise<void> {
  let ordinal = firstOrdinal;
  for (const s of staged) {
    const { key, provenance } = s.input.file;
    await db.insertInto('observation_file').values({ id: s.id, key, provenance, is_internal: accessOf(s.input.file) === 'internal' }).execute();
    await sql`
      insert into observation
      select ${sql.lit(ordinal)} + source_row, ${sql.lit(s.id)}, source_row, indicator, region, period_start, period_end, value, value_text
        from ${sql.table(s.typed)}`.execute(db);
    ordinal += s.input.rows;
  }
}

/**
 * Validates and loads every monitoring file into `observation` (DuckDB only: the
 * PostgreSQL engine receives observations already validated by warehouse:push).
 * Throws SeedValidationError naming file, row and field when any row is bad.
 */
export async function loadObservations(db: Db, inputs: readonly ObservationInput[], firstOrdinal: number): Promise<void> {
  if (inputs.length === 0) return;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zmd-observations-'));
  const staged: StagedFile[] = [];
  const issues: SeedIssue[] = [];
  try {
    for (const [index, input] of inputs.entries()) {
      // DuckDB reads files, not buffers; the bytes were already checked against the manifest.
      const filePath = path.join(dir, `${index}.${input.file.format}`);
      await writeFile(filePath, input.bytes);
      const file: StagedFile = { input, id: index + 1, view: `observation_file_${index}`, typed: `typed_observations_${index}` };
      if (await defineFileView(db, file, filePath, issues) && await createTypedView(db, file, filePath, issues)) staged.push(file);
    }
    for (const s of staged) issues.push(...(await runRowChecks(db, s)));
    issues.push(...(await findDuplicates(db, staged)));
    if (issues.length > 0) throw new SeedValidationError(issues);
    await insertObservations(db, staged, firstOrdinal);
  } finally {
    for (const [index] of inputs.entries()) {
      await sql`drop view if exists ${sql.table(`typed_observations_${index}`)}`.execute(db);
      await sql`drop view if exists ${sql.table(`observation_file_${index}`)}`.execute(db);
    }
    await rm(dir, { recursive: true, force: true });
  }
}
