/** Maps validated seed rows onto warehouse rows and inserts them. */
import type { Insertable, Kysely } from 'kysely';
import type { SeedDataset } from '../dataset/seed-files.ts';
import type { FactSeed } from '../dataset/seed.schemas.ts';
import type { FactLinkTable, FactRegionTable, FactTable, WarehouseSchema } from './tables.ts';

/** Rows per INSERT: well under both engines' parameter limits (PostgreSQL: 65,535). */
const INSERT_CHUNK = 500;

async function insertChunked<T extends keyof WarehouseSchema>(db: Kysely<WarehouseSchema>, table: T, rows: Insertable<WarehouseSchema[T]>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    // Kysely's generic insert typing cannot follow a table chosen by a type parameter.
    await db.insertInto(table).values(rows.slice(start, start + INSERT_CHUNK) as never).execute();
  }
}

export function toFactRow(fact: FactSeed, ordinal: number): FactTable {
  return {
    id: fact.id,
    ordinal,
    kind: fact.kind,
    subject: fact.subject,
    indicator: fact.indicator,
    value: fact.value,
    value_text: fact.valueText,
    value_parts: fact.valueParts?.join(':') ?? null,
    comparator: fact.comparator,
    comparator_text: fact.comparatorText,
    unit: fact.unit,
    period_start: fact.periodStart,
    period_end: fact.periodEnd,
    period_type: fact.periodType,
    region: fact.region,
    region_text: fact.regionText,
    provenance: fact.provenance,
    chapter: fact.source.chapter,
    section: fact.source.section,
    box: fact.source.box,
    project: fact.source.project,
    quote: fact.source.quote,
    inferred_column: fact.inferredColumn,
    note: fact.note,
  };
}

export async function insertSeedDataset(db: Kysely<WarehouseSchema>, data: SeedDataset): Promise<void> {
  const p = data.plan;
  await db.insertInto('plan').values({
    title: p.title, notice_title: p.noticeTitle, document_number: p.documentNumber, issuer: p.issuer,
    signed_on: p.signedOn, published_on: p.publishedOn, index_number: p.indexNumber,
    period_start: p.periodStart, period_end: p.periodEnd, vision_year: p.visionYear, preamble: p.preamble,
  }).execute();
  await insertChunked(db, 'chapter', data.chapters.map((c) => ({ number: c.number, title: c.title, title_en: c.titleEn, intro: c.intro, text: c.text })));
  await insertChunked(db, 'section', data.sections.map((s, i) => ({ id: s.id, ordinal: i, chapter: s.chapter, number: s.number, title: s.title, text: s.text })));
  await insertChunked(db, 'box', data.boxes.map((b, i) => ({ id: b.id, ordinal: i, chapter: b.chapter, section: b.section, title: b.title, kind: b.kind })));
  await insertChunked(db, 'project', data.projects.map((p, i) => ({
    code: p.code, ordinal: i, box: p.box, chapter: p.chapter, item: p.item, title: p.title, title_from_text: p.titleFromText,
    text: p.text, printed_heading: p.printedHeading, normalisations: JSON.stringify(p.normalisations),
  })));
  await insertChunked(db, 'indicator', data.indicators.map((i) => ({
    code: i.code, row_number: i.row, name: i.name, name_en: i.nameEn, unit: i.unit, category: i.category, category_label: i.categoryLabel,
    attribute: i.attribute, attribute_label: i.attributeLabel, direction: i.direction, period_type: i.periodType, additive: i.additive,
    printed_row: i.printedRow, note: i.note,
  })));
  await insertChunked(db, 'region', data.regions.map((r, i) => ({
    code: r.code, ordinal: i, name: r.name, name_en: r.nameEn, level: r.level, parent: r.parent, code_scheme: r.codeScheme, note: r.note,
  })));
  await insertChunked(db, 'region_mention', data.regionMentions.map((m, i) => ({
    ordinal: i, region: m.region, chapter: m.chapter, section: m.section, box: m.box, project: m.project, quote: m.quote, note: m.note,
  })));
  await insertChunked(db, 'fact', data.facts.map(toFactRow));
  const links: FactLinkTable[] = data.facts.flatMap((f) => [
    ...f.conflictsWith.map((other) => ({ fact_id: f.id, other_id: other, relation: 'CONFLICTS' as const })),
    ...f.agreesWith.map((other) => ({ fact_id: f.id, other_id: other, relation: 'AGREES' as const })),
  ]);
  await insertChunked(db, 'fact_link', links);
  const regions: FactRegionTable[] = data.facts.flatMap((f) => [
    ...(f.region ? [{ fact_id: f.id, region: f.region }] : []),
    ...f.appliesTo.filter((code) => code !== f.region).map((code) => ({ fact_id: f.id, region: code })),
  ]);
  await insertChunked(db, 'fact_region', regions);
}
