/**
 * The warehouse's tables as one declarative list, used to create them on either
 * engine (through Kysely's schema builder, so the DDL is portable) and to copy a
 * loaded version from DuckDB to PostgreSQL column by column.
 */
import { sql, type Kysely } from 'kysely';
import { factAllQuery } from './fact-all.view.ts';
import type { WarehouseSchema, WarehouseTableName } from './tables.ts';

export type ColumnType = 'varchar' | 'integer' | 'double precision' | 'boolean';

export interface ColumnDefinition {
  name: string;
  type: ColumnType;
  nullable: boolean;
  primaryKey: boolean;
}

/** [name, type, 'null' for a nullable column | 'pk' for the primary key] */
type ColumnSpec = readonly [string, ColumnType, ('null' | 'pk')?];

const SPECS: { readonly [T in WarehouseTableName]: readonly ColumnSpec[] } = {
  plan: [
    ['title', 'varchar'], ['notice_title', 'varchar'], ['document_number', 'varchar'], ['issuer', 'varchar'],
    ['signed_on', 'varchar'], ['published_on', 'varchar'], ['index_number', 'varchar'],
    ['period_start', 'integer'], ['period_end', 'integer'], ['vision_year', 'integer'], ['preamble', 'varchar'],
  ],
  chapter: [['number', 'integer', 'pk'], ['title', 'varchar'], ['title_en', 'varchar'], ['intro', 'varchar'], ['text', 'varchar']],
  section: [['id', 'varchar', 'pk'], ['ordinal', 'integer'], ['chapter', 'integer'], ['number', 'integer'], ['title', 'varchar'], ['text', 'varchar']],
  box: [['id', 'varchar', 'pk'], ['ordinal', 'integer'], ['chapter', 'integer'], ['section', 'varchar', 'null'], ['title', 'varchar'], ['kind', 'varchar']],
  project: [
    ['code', 'varchar', 'pk'], ['ordinal', 'integer'], ['box', 'varchar'], ['chapter', 'integer'], ['item', 'integer'], ['title', 'varchar'],
    ['title_from_text', 'boolean'], ['text', 'varchar'], ['printed_heading', 'varchar'], ['normalisations', 'varchar'],
  ],
  indicator: [
    ['code', 'varchar', 'pk'], ['row_number', 'integer'], ['name', 'varchar'], ['name_en', 'varchar'], ['unit', 'varchar', 'null'],
    ['category', 'varchar'], ['category_label', 'varchar'], ['attribute', 'varchar'], ['attribute_label', 'varchar'],
    ['direction', 'varchar'], ['period_type', 'varchar'], ['measure_kind', 'varchar'], ['additive', 'boolean'], ['printed_row', 'varchar'], ['note', 'varchar', 'null'],
  ],
  region: [
    ['code', 'varchar', 'pk'], ['ordinal', 'integer'], ['name', 'varchar'], ['name_en', 'varchar'], ['level', 'varchar'],
    ['parent', 'varchar', 'null'], ['code_scheme', 'varchar'], ['note', 'varchar', 'null'],
  ],
  region_mention: [
    ['ordinal', 'integer', 'pk'], ['region', 'varchar'], ['chapter', 'integer', 'null'], ['section', 'varchar', 'null'],
    ['box', 'varchar', 'null'], ['project', 'varchar', 'null'], ['quote', 'varchar'], ['note', 'varchar', 'null'],
  ],
  fact: [
    ['id', 'varchar', 'pk'], ['ordinal', 'integer'], ['kind', 'varchar'], ['subject', 'varchar'], ['indicator', 'varchar', 'null'],
    ['value', 'double precision', 'null'], ['value_text', 'varchar'], ['value_parts', 'varchar', 'null'],
    ['comparator', 'varchar', 'null'], ['comparator_text', 'varchar', 'null'], ['unit', 'varchar', 'null'],
    ['period_start', 'integer'], ['period_end', 'integer'], ['period_type', 'varchar'], ['measure_kind', 'varchar'], ['region', 'varchar', 'null'],
    ['region_text', 'varchar', 'null'], ['provenance', 'varchar'], ['chapter', 'integer', 'null'], ['section', 'varchar', 'null'],
    ['box', 'varchar', 'null'], ['project', 'varchar', 'null'], ['quote', 'varchar'], ['inferred_column', 'boolean'], ['note', 'varchar', 'null'],
    ['restates_earlier', 'boolean'], ['yields_in_conflict', 'boolean'],
  ],
  fact_link: [['fact_id', 'varchar'], ['other_id', 'varchar'], ['relation', 'varchar']],
  fact_region: [['fact_id', 'varchar'], ['region', 'varchar']],
  observation_file: [['id', 'integer', 'pk'], ['key', 'varchar'], ['provenance', 'varchar'], ['is_internal', 'boolean']],
  observation: [
    ['ordinal', 'integer'], ['file_id', 'integer'], ['source_row', 'integer'], ['indicator', 'varchar'], ['region', 'varchar'],
    ['period_start', 'integer'], ['period_end', 'integer'], ['value', 'double precision'], ['value_text', 'varchar'],
  ],
};

export const TABLE_NAMES = Object.keys(SPECS) as WarehouseTableName[];

/**
 * Bumped whenever a table or the `fact_all` view changes shape. PostgreSQL keeps
 * pushed versions across deploys; one pushed with another layout is copied again
 * by the next push and never served as it is (postgres-versions.ts).
 * 2: observation_file.is_internal and fact_all.is_internal (internal monitoring files).
 * 3: fact.restates_earlier and fact_all.restates_earlier (restatements decided at load).
 * 4: measure_kind on fact, indicator and fact_all; fact.yields_in_conflict and fact_all.yields_in_conflict.
 */
export const WAREHOUSE_LAYOUT = 4;

export function columnsOf(table: WarehouseTableName): ColumnDefinition[] {
  return SPECS[table].map(([name, type, flag]) => ({ name, type, nullable: flag === 'null', primaryKey: flag === 'pk' }));
}

export interface CreateTablesOptions {
  /** PostgreSQL keeps each data version in a schema of its own. */
  schema?: string;
  /**
   * Whether key columns get PRIMARY KEY constraints. PostgreSQL: yes, its versions
   * live on and are looked up by key. DuckDB: no; its index made every table's append
   * cost ~1 ms more at a cold start (bench:lambda), analytic scans of these small tables
   * never use it, and validation has already refused duplicate keys, naming the rows.
   */
  primaryKeys: boolean;
}

/**
 * Creates every table and the `fact_all` view. The statements go to the engine as
 * one script: DuckDB runs each on a thread of its own, and a cold start waited for
 * one round trip per table (bench:lambda).
 */
export async function createTables(db: Kysely<WarehouseSchema>, { schema, primaryKeys }: CreateTablesOptions): Promise<void> {
  const builder = schema ? db.schema.withSchema(schema) : db.schema;
  const statements = TABLE_NAMES.map((table) => {
    let create = builder.createTable(table);
    for (const column of columnsOf(table)) {
      create = create.addColumn(column.name, column.type, (c) => (column.primaryKey && primaryKeys ? c.primaryKey() : column.nullable ? c : c.notNull()));
    }
    return create.compile();
  });
  statements.push(builder.createView('fact_all').as(factAllQuery(schema ? db.withSchema(schema) : db)).compile());
  const parameterised = statements.find((statement) => statement.parameters.length > 0);
  // A script cannot carry parameters; DDL has none, and this keeps it so.
  if (parameterised) throw new Error(`DDL with parameters cannot run as one script: ${parameterised.sql}`);
  await sql.raw(statements.map((statement) => statement.sql).join(';\n')).execute(db);
}
