/** Resolvers for `search`: word search (warehouse/search/) by default, or the literal substring search. */
import { badUserInput } from '../core/errors.ts';
import { searchPlanText, type SearchHitRow } from '../warehouse/search.queries.ts';
import { foldAsciiCase } from '../warehouse/text-match.ts';
import { parseSearchQuery, type SearchQuery } from '../warehouse/search/search-query.ts';
import { searchWords, type WordsSearchHit } from '../warehouse/search/words-search.ts';
import type { Resolvers } from './generated/resolver-types.ts';
import { required } from './resolve-helpers.ts';

export const DEFAULT_SEARCH_HITS = 20;
export const MAX_SEARCH_HITS = 100;
export const MIN_SEARCH_TEXT = 2;
export const MAX_SEARCH_TEXT = 100;
/** Characters of context kept on either side of the match. */
export const SNIPPET_RADIUS = 40;

/** A SUBSTRING hit in the shape of a WORDS hit. */
export interface SubstringSearchHit extends SearchHitRow {
  snippet: string;
  matches: { start: number; length: number }[];
  matchStart: number;
  matchLength: number;
  phrase: true;
  missingWords: [];
  indicator: null;
  fact: null;
}

export type SearchHit = WordsSearchHit | SubstringSearchHit;

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

/** The words of a WORDS search: refused when the text holds nothing to look for (only single characters). */
export function wordsQuery(text: string): SearchQuery {
  const query = parseSearchQuery(text);
  if (query.terms.length === 0) {
    throw badUserInput('text', `"${text}" has no word of two or more characters to look for (a single character such as 人 or 的 is too common to be useful); give a word, a code or a number`);
  }
  return query;
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
    search: async (_, args, ctx): Promise<SearchHit[]> => {
      const text = validateSearchText(args.text);
      const first = validateSearchFirst(args.first);
      if (args.mode === 'SUBSTRING') {
        const rows = await searchPlanText(ctx.warehouse.db, text, first);
        return rows.map((row) => {
          const snippet = buildSnippet(row.text, text);
          return { ...row, ...snippet, matches: [{ start: snippet.matchStart, length: snippet.matchLength }], phrase: true, missingWords: [], indicator: null, fact: null };
        });
      }
      // Parsed (and refused) before the index is touched: a bad text runs no statement.
      const query = wordsQuery(text);
      return searchWords(ctx.warehouse, query, first);
    },
  },
  SearchHit: {
    matchedField: (hit) => hit.field,
    chapter: (hit, _, ctx) => required(ctx.loaders.chapter.load(hit.chapter), `chapter ${hit.chapter}`),
    section: (hit, _, ctx) => (hit.section === null ? null : required(ctx.loaders.section.load(hit.section), `section ${hit.section}`)),
    box: (hit, _, ctx) => (hit.box === null ? null : required(ctx.loaders.box.load(hit.box), `box ${hit.box}`)),
    project: (hit, _, ctx) => (hit.project === null ? null : required(ctx.loaders.project.load(hit.project), `project ${hit.project}`)),
    indicator: (hit, _, ctx) => (hit.indicator === null ? null : required(ctx.loaders.indicator.load(hit.indicator), `indicator ${hit.indicator}`)),
    fact: (hit, _, ctx) => (hit.fact === null ? null : required(ctx.loaders.fact.load(hit.fact), `fact ${hit.fact}`)),
  },
} satisfies Resolvers;
