/** Queries for box items (projects). */
import type { Kysely } from 'kysely';
import { fetchPage, type Page, type PageResult } from './page.ts';
import type { PlanTablesSchema, ProjectRow } from './tables.ts';

type Db = Kysely<PlanTablesSchema>;

export interface ProjectFilter {
  chapter?: number | null;
  box?: string | null;
  region?: string | null;
  text?: string | null;
}

function filteredProjects(db: Db, filter: ProjectFilter) {
  let query = db.selectFrom('project');
  if (filter.chapter != null) query = query.where('chapter', '=', filter.chapter);
  if (filter.box != null) query = query.where('box', '=', filter.box);
  if (filter.region != null) {
    const region = filter.region;
    query = query.where('code', 'in', db.selectFrom('region_mention').select('project').where('region', '=', region).where('project', 'is not', null).$narrowType<{ project: string }>());
  }
  if (filter.text != null) {
    const text = filter.text;
    // strpos, not LIKE: % and _ in the text are literal, and it is the same on both engines.
    query = query.where((eb) => eb.or([eb(eb.fn('strpos', ['title', eb.val(text)]), '>', 0), eb(eb.fn('strpos', ['text', eb.val(text)]), '>', 0)]));
  }
  return query;
}

/** A page of projects matching a filter, in document order, with the total count. */
export async function findProjects(db: Db, filter: ProjectFilter, page: Page): Promise<PageResult<ProjectRow>> {
  return fetchPage(
    filteredProjects(db, filter).selectAll().orderBy('ordinal').limit(page.limit).offset(page.offset).execute(),
    filteredProjects(db, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  );
}

