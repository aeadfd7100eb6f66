/**
 * The warehouse's tables from their specs (dataset/tables/, one file per table),
 * created on either engine through Kysely's schema builder (so the DDL is portable),
 * and their column order for appends and for copying a loaded version from DuckDB to
 * PostgreSQL column by column.
 */
import { createHash } from 'node:crypto';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import { factAllQuery } from './fact-all.view.ts';
import { BOX_COLUMNS } from '../dataset/tables/box.table.ts';
import { CHAPTER_COLUMNS } from '../dataset/tables/chapter.table.ts';
import { FACT_COLUMNS, FACT_LINK_COLUMNS, FACT_REGION_COLUMNS } from '../dataset/tables/fact.table.ts';
import { INDICATOR_COLUMNS } from '../dataset/tables/indicator.table.ts';
import { OBSERVATION_COLUMNS, OBSERVATION_FILE_COLUMNS } from '../dataset/tables/observation.tables.ts';
import { PLAN_COLUMNS } from '../dataset/tables/plan.table.ts';
import { PROJECT_COLUMNS } from '../dataset/tables/project.table.ts';
import { REGION_MENTION_COLUMNS } from '../dataset/tables/region-mention.table.ts';
import { REGION_COLUMNS } from '../dataset/tables/region.table.ts';
import { SECTION_COLUMNS } from '../dataset/tables/section.table.ts';
import type { Columns, SqlType } from '../dataset/tables/table-spec.ts';
import type { WarehouseSchema, WarehouseTableName } from './tables.ts';

export type ColumnType = SqlType;

export interface ColumnDefinition {
  name: string;
  type: ColumnType;
  nullable: boolean;
  primaryKey: boolean;
}

/** Every table's columns, in the order they are created, appended and copied; the tables in load order. */
export type WarehouseTables = { readonly [T in WarehouseTableName]: Columns };

export const WAREHOUSE_TABLES: WarehouseTables = {
  plan: PLAN_COLUMNS,
  chapter: CHAPTER_COLUMNS,
  section: SECTION_COLUMNS,
  box: BOX_COLUMNS,
  project: PROJECT_COLUMNS,
  indicator: INDICATOR_COLUMNS,
  region: REGION_COLUMNS,
  region_mention: REGION_MENTION_COLUMNS,
  fact: FACT_COLUMNS,
  fact_link: FACT_LINK_COLUMNS,
  fact_region: FACT_REGION_COLUMNS,
  observation_file: OBSERVATION_FILE_COLUMNS,
  observation: OBSERVATION_COLUMNS,
};

export const TABLE_NAMES = Object.keys(WAREHOUSE_TABLES) as WarehouseTableName[];

/**
 * The layout of every table and of the `fact_all` view, as a number that changes
 * whenever a column or the view does: PostgreSQL keeps pushed versions across
 * deploys, and one pushed with another layout is copied again by the next push and
 * never served as it is (postgres-versions.ts). Derived, not bumped by hand, so a
 * column added to a spec cannot be forgotten here. Worked out on first use (PostgreSQL
 * pushes and reads only), not while a DuckDB cold start loads this module.
 */
let layout: number | undefined;
export function warehouseLayout(): number {
  return layout ??= layoutOf(WAREHOUSE_TABLES);
}

/** The layout number of these tables' columns and the `fact_all` view. */
export function layoutOf(tables: WarehouseTables): number {
  // Compiled only, never run: the view's SQL as PostgreSQL gets it.
  const compiler = new Kysely<WarehouseSchema>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const columns = Object.entries(tables).map(([table, spec]) => [table, Object.entries(spec).map(([name, column]) => [name, column.type, column.nullable, column.primaryKey])]);
  const shape = JSON.stringify([columns, factAllQuery(compiler).compile().sql]);
  // 28 bits: the layout is stored in an integer column.
  return Number.parseInt(createHash('sha256').update(shape).digest('hex').slice(0, 7), 16);
}

export function columnsOf(table: WarehouseTableName): ColumnDefinition[] {
  return Object.entries(WAREHOUSE_TABLES[table]).map(([name, column]) => ({ name, type: column.type, nullable: column.nullable, primaryKey: column.primaryKey }));
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
