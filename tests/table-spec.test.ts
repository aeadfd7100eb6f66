/**
 * Columns are declared once (warehouse/table-spec.ts, table-columns.ts, fact.table.ts):
 * the DDL, the append order and the warehouse layout number derive from the specs.
 */
import { describe, expect, it } from 'vitest';
import { columnsOf, layoutOf, WAREHOUSE_LAYOUT, WAREHOUSE_TABLES } from '../warehouse/create-tables.ts';
import { FACT_COLUMNS } from '../warehouse/fact.table.ts';
import { nullable, text } from '../warehouse/table-spec.ts';
import { REGION_COLUMNS } from '../warehouse/table-columns.ts';

const TABLES = WAREHOUSE_TABLES;

describe('table specs', () => {
  it('give each table its columns in declaration order, with type, nullability and key', () => {
    expect(columnsOf('fact').map((c) => c.name)).toEqual(Object.keys(FACT_COLUMNS));
    expect(columnsOf('fact').find((c) => c.name === 'id')).toEqual({ name: 'id', type: 'varchar', nullable: false, primaryKey: true });
    expect(columnsOf('fact').find((c) => c.name === 'value')).toEqual({ name: 'value', type: 'double precision', nullable: true, primaryKey: false });
    expect(FACT_COLUMNS.kind.values).toEqual(['BASELINE', 'TARGET', 'ACHIEVEMENT', 'OBSERVATION']);
  });

  it('derive the warehouse layout, which changes with any column', () => {
    expect(layoutOf(TABLES)).toBe(WAREHOUSE_LAYOUT);
    expect(layoutOf({ ...TABLES, fact: { ...FACT_COLUMNS, source_page: nullable(text()) } })).not.toBe(WAREHOUSE_LAYOUT);
    expect(layoutOf({ ...TABLES, region: { ...REGION_COLUMNS, note: text() } })).not.toBe(WAREHOUSE_LAYOUT);
    expect(Number.isInteger(WAREHOUSE_LAYOUT) && WAREHOUSE_LAYOUT > 0 && WAREHOUSE_LAYOUT < 2 ** 31).toBe(true);
  });
});
