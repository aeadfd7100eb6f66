/**
 * The `fact_all` view: plan facts as stored, then observations in the shape of a
 * fact, internal ones included (`is_internal`). Requests read it only through
 * `scopeToAudience` (visible-data.ts). Lookups that can only concern plan facts (by
 * id, by place in the plan) read `planFactRows` straight from the fact table instead.
 */
import { sql, type Kysely } from 'kysely';
import type { MeasureKind } from '../dataset/measure-kind.ts';
import type { PlanTablesSchema, WarehouseSchema } from './tables.ts';

/** Shown on every SAMPLE observation, so no API result can pass synthetic data off as real. */
export const SAMPLE_NOTE = 'SAMPLE: synthetic value from npm run seeds:sample, for demos and tests; not a reported statistic.';

const nullText = () => sql<string | null>`cast(null as varchar)`;
const nullInteger = () => sql<number | null>`cast(null as integer)`;
const text = (column: string) => sql<string>`cast(${sql.ref(column)} as varchar)`;

/** Plan facts with the view's columns. */
export function planFactRows(db: Kysely<PlanTablesSchema>) {
  return db.selectFrom('fact').select([
    'id', 'ordinal', 'kind', 'subject', 'indicator', 'value', 'value_text', 'value_parts', 'comparator', 'comparator_text', 'unit',
    'period_start', 'period_end', 'period_type', 'measure_kind', 'region', 'region_text', 'provenance', 'chapter', 'section', 'box', 'project',
    sql.ref<string | null>('quote').as('quote'), 'inferred_column', 'note',
    nullText().as('source_file'), nullInteger().as('source_row'), sql<boolean>`false`.as('is_internal'), 'restates_earlier', 'yields_in_conflict',
  ]);
}

function observationRows(db: Kysely<WarehouseSchema>) {
  return db.selectFrom('observation as o')
    .innerJoin('observation_file as f', 'f.id', 'o.file_id')
    .innerJoin('indicator as i', 'i.code', 'o.indicator')
    .select([
      // o:SAMPLE:I04:411725:2023, or …:2021-2023 for a range: stable across rebuilds of the same files.
      sql<string>`'o:' || f.provenance || ':' || o.indicator || ':' || o.region || ':' || case when o.period_start = o.period_end
        then ${text('o.period_end')} else ${text('o.period_start')} || '-' || ${text('o.period_end')} end`.as('id'),
      'o.ordinal', sql<string>`'OBSERVATION'`.as('kind'), 'i.name as subject',
      sql.ref<string | null>('o.indicator').as('indicator'), sql.ref<number | null>('o.value').as('value'), 'o.value_text',
      nullText().as('value_parts'), sql<string | null>`'EQ'`.as('comparator'), nullText().as('comparator_text'),
      // Validated on load: an observation's unit is its indicator's.
      'i.unit', 'o.period_start', 'o.period_end',
      // One year of a cumulative indicator is that year's flow; a range is the total over it.
      sql<string>`case when i.period_type = 'CUMULATIVE' and o.period_start = o.period_end then 'ANNUAL' else i.period_type end`.as('period_type'),
      // A flow's single year is that year's flow, a range its total; other indicators' values are of their table's kind.
      sql<MeasureKind>`case when i.period_type = 'CUMULATIVE' then case when o.period_start = o.period_end then 'ANNUAL_FLOW' else 'CUMULATIVE_TOTAL' end
        else i.measure_kind end`.as('measure_kind'),
      sql.ref<string | null>('o.region').as('region'), nullText().as('region_text'), 'f.provenance',
      nullInteger().as('chapter'), nullText().as('section'), nullText().as('box'), nullText().as('project'),
      nullText().as('quote'), sql<boolean>`false`.as('inferred_column'),
      sql<string | null>`case when f.provenance = 'SAMPLE' then ${sql.lit(SAMPLE_NOTE)} end`.as('note'),
      sql.ref<string | null>('f.key').as('source_file'), sql.ref<number | null>('o.source_row').as('source_row'), 'f.is_internal',
      // Monitoring rows restate nothing: duplicates are refused when they are loaded.
      sql<boolean>`false`.as('restates_earlier'), sql<boolean>`false`.as('yields_in_conflict'),
    ]);
}

export function factAllQuery(db: Kysely<WarehouseSchema>) {
  return planFactRows(db).unionAll(observationRows(db));
}
