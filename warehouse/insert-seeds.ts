/**
 * Maps validated seed rows onto warehouse rows and appends them with DuckDB's
 * appender: row by row in memory, no SQL per row, several times faster than
 * multi-row INSERTs, which matters on a Lambda cold start.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SeedDataset } from '../dataset/seed-files.ts';
import { targetFactId } from '../dataset/fact-ids.ts';
import { factsYieldingInConflicts, measureKindOf } from '../dataset/measure-kind.ts';
import { factRowOfSeed } from './fact.table.ts';
import type { FactSeed } from '../dataset/seed.schemas.ts';
import { columnsOf, type ColumnDefinition } from './create-tables.ts';
import type { FactLinkTable, FactRegionTable, WarehouseSchema, WarehouseTableName } from './tables.ts';

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
  const p = data.plan;
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
    plan: [{
      title: p.title, notice_title: p.noticeTitle, document_number: p.documentNumber, issuer: p.issuer,
      signed_on: p.signedOn, published_on: p.publishedOn, index_number: p.indexNumber,
      period_start: p.periodStart, period_end: p.periodEnd, vision_year: p.visionYear, preamble: p.preamble,
    }],
    chapter: data.chapters.map((c) => ({ number: c.number, title: c.title, title_en: c.titleEn, intro: c.intro, text: c.text })),
    section: data.sections.map((s, i) => ({ id: s.id, ordinal: i, chapter: s.chapter, number: s.number, title: s.title, text: s.text })),
    box: data.boxes.map((b, i) => ({ id: b.id, ordinal: i, chapter: b.chapter, section: b.section, title: b.title, kind: b.kind })),
    project: data.projects.map((pr, i) => ({
      code: pr.code, ordinal: i, box: pr.box, chapter: pr.chapter, item: pr.item, title: pr.title, title_from_text: pr.titleFromText,
      text: pr.text, printed_heading: pr.printedHeading, normalisations: JSON.stringify(pr.normalisations),
    })),
    indicator: data.indicators.map((i) => ({
      code: i.code, row_number: i.row, name: i.name, name_en: i.nameEn, unit: i.unit, category: i.category, category_label: i.categoryLabel,
      attribute: i.attribute, attribute_label: i.attributeLabel, direction: i.direction, period_type: i.periodType,
      measure_kind: indicatorMeasureKind(i.code), additive: i.additive,
      printed_row: i.printedRow, note: i.note,
    })),
    region: data.regions.map((r, i) => ({
      code: r.code, ordinal: i, name: r.name, name_en: r.nameEn, level: r.level, parent: r.parent, code_scheme: r.codeScheme, note: r.note,
    })),
    region_mention: data.regionMentions.map((m, i) => ({
      ordinal: i, region: m.region, chapter: m.chapter, section: m.section, box: m.box, project: m.project, quote: m.quote, note: m.note,
    })),
    fact: data.facts.map((fact, ordinal) => factRowOfSeed(fact, { ordinal, restatesEarlier: restatements.has(fact.id), yieldsInConflict: yielding.has(fact.id) })),
    fact_link: data.facts.flatMap((f): FactLinkTable[] => [
      ...f.conflictsWith.map((other) => ({ fact_id: f.id, other_id: other, relation: 'CONFLICTS' as const })),
      ...f.agreesWith.map((other) => ({ fact_id: f.id, other_id: other, relation: 'AGREES' as const })),
    ]),
    fact_region: data.facts.flatMap((f): FactRegionTable[] => [
      ...(f.region ? [{ fact_id: f.id, region: f.region }] : []),
      ...f.appliesTo.filter((code) => code !== f.region).map((code) => ({ fact_id: f.id, region: code })),
    ]),
  };
}

/** Appends every plan row of a version into the (empty) tables of a DuckDB connection. */
export async function appendSeedRows(connection: DuckDBConnection, rows: SeedRows): Promise<void> {
  for (const [table, tableRows] of Object.entries(rows) as [WarehouseTableName, object[]][]) await appendRows(connection, table, tableRows);
}
