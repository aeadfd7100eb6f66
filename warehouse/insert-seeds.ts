/**
 * Maps validated seed rows onto warehouse rows and appends them with DuckDB's
 * appender: row by row in memory, no SQL per row, several times faster than
 * multi-row INSERTs, which matters on a Lambda cold start.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SeedDataset } from '../dataset/seed-files.ts';
import { targetFactId } from '../dataset/fact-ids.ts';
import { factsYieldingInConflicts, measureKindOf } from '../dataset/measure-kind.ts';
import type { FactSeed } from '../dataset/seed.schemas.ts';
import { boxRowOfSeed } from '../dataset/tables/box.table.ts';
import { chapterRowOfSeed } from '../dataset/tables/chapter.table.ts';
import { factLinkRowsOfSeed, factRegionRowsOfSeed, factRowOfSeed } from '../dataset/tables/fact.table.ts';
import { indicatorRowOfSeed } from '../dataset/tables/indicator.table.ts';
import { planRowOfSeed } from '../dataset/tables/plan.table.ts';
import { projectRowOfSeed } from '../dataset/tables/project.table.ts';
import { regionMentionRowOfSeed } from '../dataset/tables/region-mention.table.ts';
import { regionRowOfSeed } from '../dataset/tables/region.table.ts';
import { sectionRowOfSeed } from '../dataset/tables/section.table.ts';
import { columnsOf, type ColumnDefinition } from './create-tables.ts';
import type { WarehouseSchema, WarehouseTableName } from './tables.ts';

export type SeedRows = { [T in Exclude<WarehouseTableName, 'observation' | 'observation_file'>]: WarehouseSchema[T][] };

function appendValue(appender: Awaited<ReturnType<DuckDBConnection['createAppender']>>, column: ColumnDefinition, value: unknown): void {
  if (value === null || value === undefined) return appender.appendNull();
  switch (column.type) {
    case 'varchar': return appender.appendVarchar(String(value));
    case 'integer': return appender.appendInteger(value as number);
    case 'double precision': return appender.appendDouble(value as number);
    case 'boolean': return appender.appendBoolean(value as boolean);
  }
}

async function appendRows(connection: DuckDBConnection, table: WarehouseTableName, rows: readonly object[]): Promise<void> {
  const columns = columnsOf(table);
  const appender = await connection.createAppender(table);
  try {
    for (const row of rows) {
      for (const column of columns) appendValue(appender, column, (row as Record<string, unknown>)[column.name]);
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
}

/** Facts that state again what an earlier fact in document order states. */
function restatementsOfEarlierFacts(facts: readonly FactSeed[]): Set<string> {
  const ordinalOf = new Map(facts.map((fact, ordinal) => [fact.id, ordinal]));
  return new Set(facts.filter((fact, ordinal) => fact.agreesWith.some((other) => (ordinalOf.get(other) ?? Infinity) < ordinal)).map((fact) => fact.id));
}

/** Every plan row of a version, table by table (monitoring rows are loaded by load-observations.ts). */
export function seedRows(data: SeedDataset): SeedRows {
  const restatements = restatementsOfEarlierFacts(data.facts);
  const yielding = factsYieldingInConflicts(data.facts);
  const factById = new Map(data.facts.map((fact) => [fact.id, fact]));
  // An indicator's values are of the kind its table target is (the ratio row I02 included, whose unit is none).
  const indicatorMeasureKind = (code: string) => {
    const target = factById.get(targetFactId(code));
    if (!target) throw new Error(`seeds: indicator ${code} has no table target ${targetFactId(code)}`);
    return measureKindOf(target);
  };
  return {
    plan: [planRowOfSeed(data.plan)],
    chapter: data.chapters.map(chapterRowOfSeed),
    section: data.sections.map(sectionRowOfSeed),
    box: data.boxes.map(boxRowOfSeed),
    project: data.projects.map(projectRowOfSeed),
    indicator: data.indicators.map((i) => indicatorRowOfSeed(i, indicatorMeasureKind(i.code))),
    region: data.regions.map(regionRowOfSeed),
    region_mention: data.regionMentions.map(regionMentionRowOfSeed),
    fact: data.facts.map((fact, ordinal) => factRowOfSeed(fact, { ordinal, restatesEarlier: restatements.has(fact.id), yieldsInConflict: yielding.has(fact.id) })),
    fact_link: data.facts.flatMap(factLinkRowsOfSeed),
    fact_region: data.facts.flatMap(factRegionRowsOfSeed),
  };
}

/** Appends every plan row of a version into the (empty) tables of a DuckDB connection. */
export async function appendSeedRows(connection: DuckDBConnection, rows: SeedRows): Promise<void> {
  for (const [table, tableRows] of Object.entries(rows) as [WarehouseTableName, object[]][]) await appendRows(connection, table, tableRows);
}
