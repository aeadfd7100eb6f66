/**
 * Loads monitoring files (CSV or Parquet) into the observation table. DuckDB reads
 * each file into a staging table; SQL checks then find every bad row (unknown
 * indicator or region, bad period, non-numeric value, wrong unit, duplicate key)
 * and name its file, row and field, exactly like the JSON seed checks. Nothing is
 * inserted unless every file is clean, and the checks run set-wise so a million
 * rows validate in milliseconds rather than row by row in JavaScript.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { SeedValidationError, type SeedIssue } from '../../dataset/check/seed-issues.ts';
import type { ObservationInput } from '../../dataset/seed-files.ts';
import type { WarehouseSchema } from '../tables.ts';
import { observationReader, readErrorMessage } from './observation-readers.ts';

/** Columns a monitoring file must have, in any order; other columns are rejected so typos do not pass silently. */
export const OBSERVATION_COLUMNS = ['indicator', 'region', 'period', 'value', 'unit'] as const;

/** Bad rows listed per check; the count says how many more there are. */
const ROWS_SHOWN_PER_CHECK = 20;

type Db = Kysely<WarehouseSchema>;

interface StagedFile {
  input: ObservationInput;
  /** The file as read: text columns and row numbers. */
  table: string;
  /** The file's rows typed and joined to their indicator and region (createTypedTable). */
  typed: string;
}

/** Reads one file into a table of text columns plus its 1-based data row number. */
function stagingQuery(input: ObservationInput, filePath: string): RawBuilder<unknown> {
  const reader = sql.raw(observationReader(input.file.format, `'${filePath.replaceAll("'", "''")}'`));
  // CSV rows are numbered by a single-threaded scan, which keeps file order; Parquet knows its row numbers.
  return input.file.format === 'csv'
    ? sql`select row_number() over () as source_row, * from ${reader}`
    : sql`select file_row_number + 1 as source_row, * from ${reader}`;
}

async function stageFile(db: Db, input: ObservationInput, filePath: string, table: string, issues: SeedIssue[]): Promise<boolean> {
  try {
    await sql`create table ${sql.table(table)} as ${stagingQuery(input, filePath)}`.execute(db);
  } catch (error) {
    issues.push({ file: input.file.key, message: `cannot be read as ${input.file.format.toUpperCase()}: ${readErrorMessage(error, filePath, input.file.key)}` });
    return false;
  }
  const columns = (await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = ${table} order by ordinal_position`.execute(db)).rows
    .map((r) => r.column_name).filter((name) => name !== 'source_row' && name !== 'file_row_number');
  const missing = OBSERVATION_COLUMNS.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !(OBSERVATION_COLUMNS as readonly string[]).includes(c));
  if (missing.length > 0) issues.push({ file: input.file.key, field: missing.join(', '), message: `column(s) missing; a monitoring file has the columns ${OBSERVATION_COLUMNS.join(', ')}` });
  if (unknown.length > 0) issues.push({ file: input.file.key, field: unknown.join(', '), message: `unknown column(s); a monitoring file has the columns ${OBSERVATION_COLUMNS.join(', ')}` });
  if (missing.length > 0 || unknown.length > 0) return false;

  const { rows } = (await sql<{ rows: number }>`select count(*) as rows from ${sql.table(table)}`.execute(db)).rows[0]!;
  if (Number(rows) !== input.rows) {
    issues.push({ file: 'manifest.json', id: input.file.key, field: 'rows', message: `says ${input.rows} rows; ${input.file.key} has ${rows}` });
  }
  return true;
}

/** "2023" or "2021-2023". */
const PERIOD_PATTERN = sql.lit('^(\\d{4})(-(\\d{4}))?$');

/**
 * Each staged file as typed rows, materialised once so every check below is a cheap
 * filter: text trimmed, the period split into start and end, the value parsed, and
 * the indicator's unit and period type joined in. Parsing failures become NULLs
 * that the checks report.
 */
async function createTypedTable(db: Db, staged: StagedFile): Promise<void> {
  const period = sql`trim(cast(s.period as varchar))`;
  const value = sql`trim(cast(s.value as varchar))`;
  await sql`create table ${sql.table(staged.typed)} as
    select s.source_row,
           trim(cast(s.indicator as varchar)) as indicator,
           trim(cast(s.region as varchar)) as region,
           ${period} as period,
           try_cast(regexp_extract(${period}, ${PERIOD_PATTERN}, 1) as integer) as period_start,
           try_cast(coalesce(nullif(regexp_extract(${period}, ${PERIOD_PATTERN}, 3), ''), regexp_extract(${period}, ${PERIOD_PATTERN}, 1)) as integer) as period_end,
           ${value} as value_text,
           try_cast(${value} as double) as value,
           trim(cast(s.unit as varchar)) as unit,
           i.code as known_indicator, i.unit as indicator_unit, i.period_type as indicator_period_type,
           r.code as known_region
      from ${sql.table(staged.table)} s
      left join indicator i on i.code = trim(cast(s.indicator as varchar))
      left join region r on r.code = trim(cast(s.region as varchar))`.execute(db);
}

interface BadRow {
  source_row: number;
  indicator: string | null;
  region: string | null;
  period: string | null;
  detail: string | null;
  total: number;
}

/** One rule over a staged file: the rows it selects are bad, and `field`/`message` say why. */
interface RowCheck {
  field: string;
  /** A condition over the typed table's columns. */
  where: RawBuilder<unknown>;
  /** What is shown for a bad row, as SQL text. */
  detail: RawBuilder<unknown>;
  message: (row: BadRow) => string;
}

const ROW_CHECKS: RowCheck[] = [
  {
    field: 'indicator', where: sql`known_indicator is null`, detail: sql`indicator`,
    message: (r) => `"${r.detail ?? ''}" is not a table indicator code (I01–I17)`,
  },
  {
    field: 'indicator', where: sql`known_indicator is not null and indicator_unit is null`, detail: sql`indicator`,
    message: (r) => `${r.detail} is a ratio without a single number; it cannot be observed as one value`,
  },
  {
    field: 'region', where: sql`known_region is null`, detail: sql`region`,
    message: (r) => `"${r.detail ?? ''}" is not a known region code`,
  },
  {
    field: 'period', where: sql`period_start is null or period_end < period_start or period_start < 1949 or period_end > 2100`, detail: sql`period`,
    message: (r) => `"${r.detail ?? ''}" is not a year (2023) or a range of years (2021-2023)`,
  },
  {
    field: 'period', where: sql`indicator_period_type = 'POINT' and period_end > period_start`, detail: sql`period || ' for ' || indicator`,
    message: (r) => `${r.detail} spans several years, but the indicator is a stock or rate observed at one year end`,
  },
  {
    field: 'value', where: sql`value is null or not isfinite(value)`, detail: sql`value_text`,
    message: (r) => `"${r.detail ?? ''}" is not a number`,
  },
  {
    field: 'unit', where: sql`indicator_unit is not null and unit is distinct from indicator_unit`, detail: sql`coalesce(unit, '') || ' vs ' || indicator_unit`,
    message: (r) => { const [given, expected] = (r.detail ?? '').split(' vs '); return `is "${given}", but ${r.indicator} is measured in ${expected}`; },
  },
  {
    field: 'value', where: sql`indicator_unit = '%' and value is not null and (value < 0 or value > 100)`, detail: sql`value_text`,
    message: (r) => `${r.detail} is outside 0–100 for a percentage: the wrong unit (a fraction, or a count)?`,
  },
  {
    field: 'value', where: sql`indicator_unit <> '%' and value < 0`, detail: sql`value_text`,
    message: (r) => `${r.detail} is negative; counts and averages cannot be`,
  },
];

async function runRowCheck(db: Db, staged: StagedFile, check: RowCheck): Promise<SeedIssue[]> {
  const { rows } = await sql<BadRow>`
    select source_row, indicator, region, period, cast(${check.detail} as varchar) as detail, count(*) over () as total
      from ${sql.table(staged.typed)}
     where ${check.where}
     order by source_row
     limit ${sql.lit(ROWS_SHOWN_PER_CHECK)}`.execute(db);
  const file = staged.input.file.key;
  const issues: SeedIssue[] = rows.map((row) => ({
    file, row: Number(row.source_row), id: `${row.indicator}/${row.region}/${row.period}`, field: check.field, message: check.message(row),
  }));
  const more = rows.length > 0 ? Number(rows[0]!.total) - rows.length : 0;
  if (more > 0) issues.push({ file, field: check.field, message: `… and ${more} more row(s) with the same problem` });
  return issues;
}

/** The same indicator, region and period twice within one provenance, across all files. */
async function findDuplicates(db: Db, staged: readonly StagedFile[]): Promise<SeedIssue[]> {
  if (staged.length === 0) return [];
  const all = staged.map((s) => sql`select ${sql.lit(s.input.file.key)} as file, ${sql.lit(s.input.file.provenance)} as provenance, t.* from ${sql.table(s.typed)} t`);
  const { rows } = await sql<{ file: string; source_row: number; indicator: string; region: string; period: string; first_file: string; first_row: number }>`
    with rows as (${sql.join(all, sql` union all `)}),
    numbered as (
      select *, row_number() over (partition by provenance, indicator, region, period_start, period_end order by file, source_row) as n,
             first_value(file) over (partition by provenance, indicator, region, period_start, period_end order by file, source_row) as first_file,
             first_value(source_row) over (partition by provenance, indicator, region, period_start, period_end order by file, source_row) as first_row
        from rows where period_start is not null
    )
    select file, source_row, indicator, region, period, first_file, first_row from numbered where n > 1 order by file, source_row
    limit ${sql.lit(ROWS_SHOWN_PER_CHECK)}`.execute(db);
  return rows.map((r) => ({
    file: r.file, row: Number(r.source_row), id: `${r.indicator}/${r.region}/${r.period}`, field: 'period',
    message: `repeats the observation of ${r.first_file} row ${r.first_row} (same indicator, region, period and provenance)`,
  }));
}

async function insertObservations(db: Db, staged: readonly StagedFile[], firstOrdinal: number): Promise<void> {
  let ordinal = firstOrdinal;
  for (const s of staged) {
    // A single year of a cumulative indicator is that year's flow; a range is the total over it.
    await sql`
      insert into observation
      select ${sql.lit(ordinal)} + t.source_row, t.indicator, t.region, t.period_start, t.period_end,
             case when t.indicator_period_type = 'CUMULATIVE' and t.period_start = t.period_end then 'ANNUAL' else t.indicator_period_type end,
             t.value, t.value_text, t.unit, ${sql.lit(s.input.file.provenance)}, ${sql.lit(s.input.file.key)}, t.source_row
        from ${sql.table(s.typed)} t
       order by t.source_row`.execute(db);
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
      const table = `staged_observations_${index}`;
      if (await stageFile(db, input, filePath, table, issues)) staged.push({ input, table, typed: `typed_observations_${index}` });
    }
    for (const s of staged) {
      await createTypedTable(db, s);
      for (const check of ROW_CHECKS) issues.push(...(await runRowCheck(db, s, check)));
    }
    issues.push(...(await findDuplicates(db, staged)));
    if (issues.length > 0) throw new SeedValidationError(issues);
    await insertObservations(db, staged, firstOrdinal);
  } finally {
    for (const s of staged) {
      await sql`drop table if exists ${sql.table(s.table)}`.execute(db);
      await sql`drop table if exists ${sql.table(s.typed)}`.execute(db);
    }
    await rm(dir, { recursive: true, force: true });
  }
}
