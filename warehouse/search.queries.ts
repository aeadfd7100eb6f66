/** Queries for literal substring search over the plan's titles and text. */
import { sql, type AliasableExpression, type Kysely } from 'kysely';
import type { PlanPlace } from './search/search-documents.ts';
import type { PlanTablesSchema } from './tables.ts';
import { foldAsciiCase, foldedColumn } from './text-match.ts';

type Db = Kysely<PlanTablesSchema>;

export type SearchHitKind = 'CHAPTER' | 'SECTION' | 'BOX' | 'PROJECT';
export type SearchField = 'TITLE' | 'TEXT';

/** One place whose title or text contains the search text; keys locate it, `text` is the field that matched. */
export interface SearchHitRow extends PlanPlace {
  kind: SearchHitKind;
  field: SearchField;
  /** Document order within the hit's kind. */
  ordinal: number;
  text: string;
  occurrences: number;
  score: number;
}

/** Score parts; see the `search` description in schema/search.graphql. */
const TITLE_WEIGHT = 1_000_000;
const OCCURRENCE_WEIGHT = 10;
const SPECIFICITY: Record<SearchHitKind, number> = { PROJECT: 4, BOX: 3, SECTION: 2, CHAPTER: 1 };

interface SearchedField {
  kind: SearchHitKind;
  field: SearchField;
  from: 'chapter' | 'section' | 'box' | 'project';
  column: string;
  /** For a TEXT field: the place's title, which wins when it matches too. */
  title?: string;
  keys: { chapter: Key<number>; section: Key<string | null>; box: Key<string | null>; project: Key<string | null>; ordinal: Key<number> };
}

type Key<T> = AliasableExpression<T>;
const ref = <T>(name: string): Key<T> => sql<T>`${sql.ref(name)}`;
const none: Key<null> = sql<null>`cast(null as varchar)`;

/**
 * The fields searched. They never overlap: a chapter's `text` repeats its sections
 * and boxes, so only its intro is searched; a section's `text` excludes its boxes,
 * whose items are searched as projects. A project's section is its box's.
 */
function searchedFields(db: Db): SearchedField[] {
  const chapter = { from: 'chapter', keys: { chapter: ref<number>('chapter.number'), section: none, box: none, project: none, ordinal: ref<number>('chapter.number') } } as const;
  const section = { from: 'section', keys: { chapter: ref<number>('section.chapter'), section: ref<string>('section.id'), box: none, project: none, ordinal: ref<number>('section.ordinal') } } as const;
  const box = { from: 'box', keys: { chapter: ref<number>('box.chapter'), section: ref<string | null>('box.section'), box: ref<string>('box.id'), project: none, ordinal: ref<number>('box.ordinal') } } as const;
  const boxSection = db.selectFrom('box').select('box.section').where('box.id', '=', ref<string>('project.box')).$asScalar();
  const project = { from: 'project', keys: { chapter: ref<number>('project.chapter'), section: boxSection, box: ref<string>('project.box'), project: ref<string>('project.code'), ordinal: ref<number>('project.ordinal') } } as const;
  return [
    { kind: 'CHAPTER', field: 'TITLE', column: 'chapter.title', ...chapter },
    { kind: 'CHAPTER', field: 'TEXT', column: 'chapter.intro', title: 'chapter.title', ...chapter },
    { kind: 'SECTION', field: 'TITLE', column: 'section.title', ...section },
    { kind: 'SECTION', field: 'TEXT', column: 'section.text', title: 'section.title', ...section },
    { kind: 'BOX', field: 'TITLE', column: 'box.title', ...box },
    { kind: 'PROJECT', field: 'TITLE', column: 'project.title', ...project },
    { kind: 'PROJECT', field: 'TEXT', column: 'project.text', title: 'project.title', ...project },
  ];
}

function searchBranch(db: Db, spec: SearchedField, needle: string) {
  // The needle is always a bound parameter; cast so PostgreSQL can type it inside length().
  const n = () => sql<string>`cast(${needle} as varchar)`;
  const contains = (name: string) => sql<boolean>`strpos(${foldedColumn(name)}, ${n()}) > 0`;
  // Non-overlapping occurrences: replace() removes them left to right, as indexOf finds them.
  const occurrences = sql<number>`cast((length(${foldedColumn(spec.column)}) - length(replace(${foldedColumn(spec.column)}, ${n()}, ''))) / length(${n()}) as integer)`;
  // The score minus its occurrence part: a constant per searched field.
  const base = (spec.field === 'TITLE' ? TITLE_WEIGHT : 0) + SPECIFICITY[spec.kind];
  const query = db
    .selectFrom(spec.from)
    .select([
      sql.lit(spec.kind).$castTo<SearchHitKind>().as('kind'),
      sql.lit(spec.field).$castTo<SearchField>().as('field'),
      spec.keys.chapter.as('chapter'),
      spec.keys.section.as('section'),
      spec.keys.box.as('box'),
      spec.keys.project.as('project'),
      spec.keys.ordinal.as('ordinal'),
      ref<string>(spec.column).as('text'),
      occurrences.as('occurrences'),
      sql.lit(base).$castTo<number>().as('base'),
    ])
    .where(contains(spec.column));
  return spec.title === undefined ? query : query.where(sql<boolean>`not (${contains(spec.title)})`);
}

/** The best `limit` places whose title or text contains `text` (ASCII letters in any case), ranked as the schema documents. */
export async function searchPlanText(db: Db, text: string, limit: number): Promise<SearchHitRow[]> {
  const needle = foldAsciiCase(text);
  const [first, ...rest] = searchedFields(db).map((spec) => searchBranch(db, spec, needle));
  const union = rest.reduce((query, branch) => query.unionAll(branch), first!);
  return db
    .selectFrom(union.as('hit'))
    .select(['kind', 'field', 'chapter', 'section', 'box', 'project', 'ordinal', 'text', 'occurrences'])
    .select(sql<number>`cast(base + ${sql.lit(OCCURRENCE_WEIGHT)} * occurrences as integer)`.as('score'))
    .orderBy('score', 'desc')
    .orderBy('ordinal')
    .limit(limit)
    .execute();
}
