/** Queries for the document's structure: plan, chapters, sections, boxes. */
import type { Kysely } from 'kysely';
import type { BoxRow, ChapterRow, PlanRow, PlanTablesSchema, SectionRow } from './tables.ts';

type Db = Kysely<PlanTablesSchema>;

/** The plan header (one row). */
export async function findPlan(db: Db): Promise<PlanRow> {
  return db.selectFrom('plan').selectAll().executeTakeFirstOrThrow();
}

/** All chapters in order. */
export async function listChapters(db: Db): Promise<ChapterRow[]> {
  return db.selectFrom('chapter').selectAll().orderBy('number').execute();
}

/** Chapters by number, in any order. */
export async function findChaptersByNumbers(db: Db, numbers: readonly number[]): Promise<ChapterRow[]> {
  return db.selectFrom('chapter').selectAll().where('number', 'in', [...numbers]).execute();
}

/** Sections by id. */
export async function findSectionsByIds(db: Db, ids: readonly string[]): Promise<SectionRow[]> {
  return db.selectFrom('section').selectAll().where('id', 'in', [...ids]).execute();
}

/** Sections of several chapters, in document order. */
export async function findSectionsByChapters(db: Db, chapters: readonly number[]): Promise<SectionRow[]> {
  return db.selectFrom('section').selectAll().where('chapter', 'in', [...chapters]).orderBy('ordinal').execute();
}

/** All boxes in document order. */
export async function listBoxes(db: Db): Promise<BoxRow[]> {
  return db.selectFrom('box').selectAll().orderBy('ordinal').execute();
}

/** Boxes by id. */
export async function findBoxesByIds(db: Db, ids: readonly string[]): Promise<BoxRow[]> {
  return db.selectFrom('box').selectAll().where('id', 'in', [...ids]).execute();
}

/** Boxes of several chapters, in document order. */
export async function findBoxesByChapters(db: Db, chapters: readonly number[]): Promise<BoxRow[]> {
  return db.selectFrom('box').selectAll().where('chapter', 'in', [...chapters]).orderBy('ordinal').execute();
}

/** Boxes of several sections, in document order. */
export async function findBoxesBySections(db: Db, sections: readonly string[]): Promise<BoxRow[]> {
  return db.selectFrom('box').selectAll().where('section', 'in', [...sections]).orderBy('ordinal').execute();
}
