/** Resolvers for literal substring search over the plan's titles and text. */
import { foldAsciiCase, searchPlanText, type SearchHitRow } from '../warehouse/search.queries.ts';
import type { GraphQLContext } from './context.ts';
import { badUserInput } from './errors.ts';
import { required } from './resolve-helpers.ts';

type Ctx = GraphQLContext;

export const DEFAULT_SEARCH_HITS = 20;
export const MAX_SEARCH_HITS = 100;
export const MIN_SEARCH_TEXT = 2;
export const MAX_SEARCH_TEXT = 100;
/** Characters of context kept on either side of the match. */
export const SNIPPET_RADIUS = 40;

export interface SearchHit extends SearchHitRow {
  snippet: string;
  matchStart: number;
  matchLength: number;
}

/** The search text, trimmed, once it is long enough to be useful and short enough to be a phrase. */
export function validateSearchText(text: string): string {
  const trimmed = text.trim();
  const length = [...trimmed].length;
  if (length === 0) throw badUserInput('text', `is empty; give at least ${MIN_SEARCH_TEXT} characters`);
  if (length < MIN_SEARCH_TEXT) {
    throw badUserInput('text', `"${trimmed}" is a single character, which is too common to be useful (one Chinese character such as 人 occurs hundreds of times); give at least ${MIN_SEARCH_TEXT} characters`);
  }
  if (length > MAX_SEARCH_TEXT) throw badUserInput('text', `is ${length} characters long; give at most ${MAX_SEARCH_TEXT}`);
  return trimmed;
}

/** The number of hits to return. */
export function validateSearchFirst(first: number | null | undefined): number {
  const value = first ?? DEFAULT_SEARCH_HITS;
  if (!Number.isInteger(value) || value < 1 || value > MAX_SEARCH_HITS) throw badUserInput('first', `must be a whole number from 1 to ${MAX_SEARCH_HITS}, got ${value}`);
  return value;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * About `radius` characters either side of the first occurrence of `text` in
 * `field`, whitespace collapsed, "…" where cut; offsets in code points of the result.
 */
export function buildSnippet(field: string, text: string, radius: number = SNIPPET_RADIUS): { snippet: string; matchStart: number; matchLength: number } {
  const at = foldAsciiCase(field).indexOf(foldAsciiCase(text));
  if (at < 0) throw new Error(`search: "${text}" reported but not found in the matched field`);
  const chars = [...field];
  const start = [...field.slice(0, at)].length;
  const end = start + [...text].length;
  const from = Math.max(0, start - radius);
  const to = Math.min(chars.length, end + radius);
  const before = (from > 0 ? '…' : '') + collapse(chars.slice(from, start).join('')).trimStart();
  const after = collapse(chars.slice(end, to).join('')).trimEnd() + (to < chars.length ? '…' : '');
  const match = collapse(chars.slice(start, end).join(''));
  return { snippet: before + match + after, matchStart: [...before].length, matchLength: [...match].length };
}

export const searchResolvers = {
  Query: {
    search: async (_: unknown, args: { text: string; first?: number | null }, ctx: Ctx): Promise<SearchHit[]> => {
      const text = validateSearchText(args.text);
      const first = validateSearchFirst(args.first);
      const rows = await searchPlanText(ctx.warehouse.db, text, first);
      return rows.map((row) => ({ ...row, ...buildSnippet(row.text, text) }));
    },
  },
  SearchHit: {
    matchedField: (hit: SearchHit) => hit.field,
    chapter: (hit: SearchHit, _: unknown, ctx: Ctx) => required(ctx.loaders.chapter.load(hit.chapter), `chapter ${hit.chapter}`),
    section: (hit: SearchHit, _: unknown, ctx: Ctx) => (hit.section === null ? null : required(ctx.loaders.section.load(hit.section), `section ${hit.section}`)),
    box: (hit: SearchHit, _: unknown, ctx: Ctx) => (hit.box === null ? null : required(ctx.loaders.box.load(hit.box), `box ${hit.box}`)),
    project: (hit: SearchHit, _: unknown, ctx: Ctx) => (hit.project === null ? null : required(ctx.loaders.project.load(hit.project), `project ${hit.project}`)),
  },
};
