/**
 * Columns are declared once (warehouse/table-spec.ts, table-columns.ts, fact.table.ts):
 * the DDL, the append order and the warehouse layout number derive from the specs.
 */
import { describe, expect, it } from 'vitest';
import { loadSeedsFromDirectory } from '../dataset/seeds-directory.ts';
import { seedRows } from '../warehouse/insert-seeds.ts';
import type { WarehouseTableName } from '../warehouse/tables.ts';
import { REAL_SEEDS_DIR } from './helpers/seeds.ts';
import { columnsOf, layoutOf, warehouseLayout, WAREHOUSE_TABLES } from '../warehouse/create-tables.ts';
import { FACT_COLUMNS } from '../dataset/tables/fact.table.ts';
import { nullable, text } from '../dataset/tables/table-spec.ts';
import { REGION_COLUMNS } from '../dataset/tables/region.table.ts';

const TABLES = WAREHOUSE_TABLES;

describe('table specs', () => {
  it('give each table its columns in declaration order, with type, nullability and key', () => {
    expect(columnsOf('fact').map((c) => c.name)).toEqual(Object.keys(FACT_COLUMNS));
    expect(columnsOf('fact').find((c) => c.name === 'id')).toEqual({ name: 'id', type: 'varchar', nullable: false, primaryKey: true });
    expect(columnsOf('fact').find((c) => c.name === 'value')).toEqual({ name: 'value', type: 'double precision', nullable: true, primaryKey: false });
    expect(FACT_COLUMNS.kind.values).toEqual(['BASELINE', 'TARGET', 'ACHIEVEMENT', 'OBSERVATION']);
  });

  it('derive the warehouse layout, which changes with any column', () => {
    expect(layoutOf(TABLES)).toBe(warehouseLayout());
    expect(layoutOf({ ...TABLES, fact: { ...FACT_COLUMNS, source_page: nullable(text()) } })).not.toBe(warehouseLayout());
    expect(layoutOf({ ...TABLES, region: { ...REGION_COLUMNS, note: text() } })).not.toBe(warehouseLayout());
    expect(Number.isInteger(warehouseLayout()) && warehouseLayout() > 0 && warehouseLayout() < 2 ** 31).toBe(true);
  });

  it('fill every column of every plan table from the real seeds, with values of the column\'s type, nullability and enumeration', async () => {
    const rows = seedRows(await loadSeedsFromDirectory(REAL_SEEDS_DIR));
    for (const [table, tableRows] of Object.entries(rows) as [WarehouseTableName, Record<string, unknown>[]][]) {
      expect(tableRows.length, table).toBeGreaterThan(0);
      const columns = columnsOf(table);
      const specs = WAREHOUSE_TABLES[table];
      for (const row of tableRows) {
        expect(Object.keys(row).sort(), table).toEqual(columns.map((c) => c.name).sort());
        for (const column of columns) {
          const value = row[column.name];
          const where = `${table}.${column.name} = ${JSON.stringify(value)}`;
          if (value === null) {
            expect(column.nullable, where).toBe(true);
            continue;
          }
          const expected = { varchar: 'string', integer: 'number', 'double precision': 'number', boolean: 'boolean' }[column.type];
          expect(typeof value, where).toBe(expected);
          if (column.type === 'integer') expect(Number.isInteger(value), where).toBe(true);
          const values = specs[column.name]!.values;
          if (values) expect(values, where).toContain(value);
        }
      }
    }
  });
});
