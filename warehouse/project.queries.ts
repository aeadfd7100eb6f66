/** Queries for box items (projects), answered from the version's plan catalog (a few hundred rows, in memory). */
import type { Kysely } from 'kysely';
import type { Page, PageResult } from './page.ts';
import { planCatalogOf } from './plan-catalog.ts';
import type { PlanTablesSchema, ProjectRow } from './tables.ts';

type Db = Kysely<PlanTablesSchema>;

export interface ProjectFilter {
  chapter?: number | null;
  box?: string | null;
  region?: string | null;
  /** Substring of the title or the text, as printed. */
  text?: string | null;
}

/** A page of projects matching a filter, in document order, with the total count. */
export async function findProjects(db: Db, filter: ProjectFilter, page: Page): Promise<PageResult<ProjectRow>> {
  const catalog = await planCatalogOf(db);
  const { chapter, box, region, text } = filter;
  // A region's projects are those whose text names it.
  const candidates = region == null ? catalog.projects : catalog.projectsByRegion.get(region) ?? [];
  const matching = candidates.filter((project) => (chapter == null || project.chapter === chapter)
    && (box == null || project.box === box)
    && (text == null || project.title.includes(text) || project.text.includes(text)));
  return { rows: matching.slice(page.offset, page.offset + page.limit), totalCount: matching.length };
}
