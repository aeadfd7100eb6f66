/**
 * The `fact_all` view: plan facts as stored, then observations in the shape of a
 * fact, internal ones included (`is_internal`); both halves list the fact table's
 * columns from its spec (fact.table.ts), in its order. Requests read it only through
 * `scopeToAudience` (visible-data.ts). Lookups that can only concern plan facts (by
 * id, by place in the plan) read `planFactRows` straight from the fact table instead.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { FACT_COLUMNS, type FactTable } from '../dataset/tables/fact.table.ts';
import type { FactAllView, PlanTablesSchema, WarehouseSchema } from './tables.ts';

/** Shown on every SAMPLE observation, so no API result can pass synthetic data off as real. */
export const SAMPLE_NOTE = 'SAMPLE: synthetic value from npm run seeds:sample, for demos and tests; not a reported statistic.';

const text = (column: string) => sql<string>`cast(${sql.ref(column)} as varchar)`;

type FactColumn = keyof FactTable;
const FACT_COLUMN_NAMES = Object.keys(FACT_COLUMNS) as FactColumn[];

/** A typed NULL of a fact column's type: what an observation shows in a column it has no value for. */
const nullOf = (column: FactColumn) => sql<null>`cast(null as ${sql.raw(FACT_COLUMNS[column].type)})`.as(column);

/** Plan facts with the view's columns: every column of the fact table, then where the fact came from. */
export function planFactRows(db: Kysely<PlanTablesSchema>) {
  return db.selectFrom('fact').select([
    ...FACT_COLUMN_NAMES.map((column) => (column === 'quote' ? sql.ref<string | null>('quote').as('quote') : sql.ref<FactTable[typeof column]>(column).as(column))),
    sql<string | null>`cast(null as varchar)`.as('source_file'), sql<number | null>`cast(null as integer)`.as('source_row'), sql<boolean>`false`.as('is_internal'),
  ]).$castTo<FactAllView>();
}

/**
 * What an observation holds in each fact column; every other column is NULL, so a new
 * fact column needs nothing here unless observations have a value for it.
 */
function observationValues(): { [C in FactColumn]?: RawBuilder<unknown> } {
  return {
    // o:SAMPLE:I04:411725:2023, or …:2021-2023 for a range: stable across rebuilds of the same files.
    id: sql`'o:' || f.provenance || ':' || o.indicator || ':' || o.region || ':' || case when o.period_start = o.period_end
      then ${text('o.period_end')} else ${text('o.period_start')} || '-' || ${text('o.period_end')} end`,
    ordinal: sql.ref('o.ordinal'), kind: sql`'OBSERVATION'`, subject: sql.ref('i.name'),
    indicator: sql.ref('o.indicator'), value: sql.ref('o.value'), value_text: sql.ref('o.value_text'), comparator: sql`'EQ'`,
    // Validated on load: an observation's unit is its indicator's.
    unit: sql.ref('i.unit'), period_start: sql.ref('o.period_start'), period_end: sql.ref('o.period_end'),
    // One year of a cumulative indicator is that year's flow; a range is the total over it.
    period_type: sql`case when i.period_type = 'CUMULATIVE' and o.period_start = o.period_end then 'ANNUAL' else i.period_type end`,
    // A flow's single year is that year's flow, a range its total; other indicators' values are of their table's kind.
    measure_kind: sql`case when i.period_type = 'CUMULATIVE' then case when o.period_start = o.period_end then 'ANNUAL_FLOW' else 'CUMULATIVE_TOTAL' end
      else i.measure_kind end`,
    region: sql.ref('o.region'), provenance: sql.ref('f.provenance'), inferred_column: sql`false`,
    note: sql`case when f.provenance = 'SAMPLE' then ${sql.lit(SAMPLE_NOTE)} end`,
    // Monitoring rows restate nothing: duplicates are refused when they are loaded.
    restates_earlier: sql`false`, yields_in_conflict: sql`false`,
  };
}

function observationRows(db: Kysely<WarehouseSchema>) {
  const values = observationValues();
  return db.selectFrom('observation as o')
    .innerJoin('observation_file as f', 'f.id', 'o.file_id')
    .innerJoin('indicator as i', 'i.code', 'o.indicator')
    .select([
      ...FACT_COLUMN_NAMES.map((column) => values[column]?.as(column) ?? nullOf(column)),
      sql.ref<string | null>('f.key').as('source_file'), sql.ref<number | null>('o.source_row').as('source_row'), sql.ref<boolean>('f.is_internal').as('is_internal'),
    ]).$castTo<FactAllView>();
}

export function factAllQuery(db: Kysely<WarehouseSchema>) {
  return planFactRows(db).unionAll(observationRows(db));
}
