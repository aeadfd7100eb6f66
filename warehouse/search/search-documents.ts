/**
 * The places a WORDS search finds, read from a loaded version through Kysely (so
 * DuckDB and PostgreSQL give the same documents, hence the same answers).
 *
 * The places do not overlap, as in the SUBSTRING search: a chapter is its title
 * and intro (its full text repeats its sections and boxes); a section is its
 * title and prose without its boxes, whose items are projects; a box is its title.
 * Two kinds are added: an INDICATOR is a row of the indicator table (专栏1) and a
 * FACT is a quantitative statement with its verbatim quote. A fact repeats a
 * sentence of its section or project on purpose: it is the number with its
 * subject, which is what an analyst is after. The indicator table's own facts
 * (I04-target…) are not documents: their quote is their indicator's printed row,
 * found as the INDICATOR.
 */
import type { Kysely } from 'kysely';
import type { PlanTablesSchema } from '../tables.ts';

export type SearchHitKind = 'CHAPTER' | 'SECTION' | 'BOX' | 'PROJECT' | 'INDICATOR' | 'FACT';
export type SearchField = 'TITLE' | 'TEXT' | 'CODE';

export interface DocumentField {
  field: SearchField;
  text: string;
  /** Whether a line break ends a sentence (prose), or is layout (the indicator table's printed row, whose cells are on separate lines). */
  linesAreSentences: boolean;
}

/** Where a hit is in the plan, in either search mode: the keys `SearchHit` resolves its chapter, section, box and project by. */
export interface PlanPlace {
  chapter: number;
  section: string | null;
  box: string | null;
  project: string | null;
}

/** A searchable place: what it is and where. */
export interface SearchPlace extends PlanPlace {
  /** Stable id, as the relevance set names places: `chapter:1`, `section:3.2`, `box:3-3`, `project:8-02`, `indicator:I04`, `fact:s1.1-05`. */
  id: string;
  kind: SearchHitKind;
  indicator: string | null;
  fact: string | null;
}

/** One searchable place, where it is in the plan, and its fields in the order snippets prefer them. */
export interface SearchDocument extends SearchPlace {
  fields: DocumentField[];
  /**
   * A FACT must match outside its quote (its subject, value or indicator code) with
   * at least one query word: several facts share one quoted sentence (p6-03-01…05
   * all quote 技师学院扩大高技能人才培养能力…), and each is a hit only for what it
   * states, not for everything its sentence says.
   */
  quoteIsContext: boolean;
}

const prose = (field: SearchField, text: string): DocumentField => ({ field, text, linesAreSentences: true });
const place = { section: null, box: null, project: null, indicator: null, fact: null, quoteIsContext: false };

/** Every searchable place of the version, in document order within each kind. */
export async function readSearchDocuments(db: Kysely<PlanTablesSchema>): Promise<SearchDocument[]> {
  const [chapters, sections, boxes, projects, indicators, facts] = await Promise.all([
    db.selectFrom('chapter').select(['number', 'title', 'intro']).orderBy('number').execute(),
    db.selectFrom('section').select(['id', 'chapter', 'title', 'text']).orderBy('ordinal').execute(),
    db.selectFrom('box').select(['id', 'chapter', 'section', 'title', 'kind']).orderBy('ordinal').execute(),
    db.selectFrom('project').select(['code', 'box', 'chapter', 'title', 'title_from_text', 'text']).orderBy('ordinal').execute(),
    db.selectFrom('indicator').select(['code', 'name', 'name_en', 'printed_row']).orderBy('row_number').execute(),
    db.selectFrom('fact').select(['id', 'chapter', 'section', 'box', 'project', 'subject', 'value_text', 'indicator', 'quote']).orderBy('ordinal').execute(),
  ]);
  const boxById = new Map(boxes.map((box) => [box.id, box]));
  const table = boxes.find((box) => box.kind === 'INDICATOR_TABLE');
  if (!table) throw new Error('search: the version has no indicator table (a box of kind INDICATOR_TABLE)');
  return [
    ...chapters.map((c): SearchDocument => ({
      id: `chapter:${c.number}`, kind: 'CHAPTER', chapter: c.number, ...place, fields: [prose('TITLE', c.title), prose('TEXT', c.intro)],
    })),
    ...sections.map((s): SearchDocument => ({
      id: `section:${s.id}`, kind: 'SECTION', chapter: s.chapter, ...place, section: s.id, fields: [prose('TITLE', s.title), prose('TEXT', s.text)],
    })),
    ...boxes.map((b): SearchDocument => ({
      id: `box:${b.id}`, kind: 'BOX', chapter: b.chapter, ...place, section: b.section, box: b.id, fields: [prose('TITLE', b.title), prose('CODE', `专栏${b.id}`)],
    })),
    ...projects.map((p): SearchDocument => ({
      id: `project:${p.code}`, kind: 'PROJECT', chapter: p.chapter, ...place, section: boxById.get(p.box)?.section ?? null, box: p.box, project: p.code,
      // A title taken from the start of the text (专栏4) is not indexed twice.
      fields: [...(p.title_from_text ? [] : [prose('TITLE', p.title)]), prose('TEXT', p.text), prose('CODE', p.code)],
    })),
    ...indicators.map((i): SearchDocument => ({
      id: `indicator:${i.code}`, kind: 'INDICATOR', chapter: table.chapter, ...place, section: table.section, box: table.id, indicator: i.code,
      // The printed row first: its snippet shows the 2020 and 2025 values.
      fields: [{ field: 'TEXT', text: i.printed_row, linesAreSentences: false }, prose('TITLE', i.name), prose('TITLE', i.name_en), prose('CODE', i.code)],
    })),
    ...facts.flatMap((f): SearchDocument[] => (f.box === table.id || f.chapter === null ? [] : [{
      id: `fact:${f.id}`, kind: 'FACT', chapter: f.chapter, section: f.section, box: f.box, project: f.project, indicator: null, fact: f.id, quoteIsContext: true,
      // The verbatim quote first: the subject is a curated label, the quote shows the number in context.
      // Its indicator's code, so that I04 finds the statements about I04 too.
      fields: [prose('TEXT', f.quote), prose('TITLE', `${f.subject} ${f.value_text}`), ...(f.indicator === null ? [] : [prose('CODE', f.indicator)])],
    }])),
  ];
}
