/**
 * The WORDS search of a loaded version: its index, built on the version's first
 * search and kept as long as the version is (then garbage with it), and the
 * ranked hits with their snippets.
 *
 * Built lazily rather than at load: a cold start never pays for it (the index
 * takes tens of milliseconds, see bench/results/search.md), only the first search
 * of a version does. Keyed by the Warehouse object, which is one per loaded
 * version (serving-warehouse.ts swaps whole objects on refresh), in a WeakMap:
 * a new version gets a new index, and a retired version's index goes with it.
 */
import type { Kysely } from 'kysely';
import type { PlanTablesSchema } from '../tables.ts';
import { readSearchDocuments, type SearchField, type SearchPlace } from './search-documents.ts';
import { buildSearchIndex, rankDocuments, type SearchIndex } from './search-index.ts';
import type { SearchQuery } from './search-query.ts';
import { perVersion } from '../per-version.ts';
import { buildWordsSnippet, type SnippetMatch } from './search-snippet.ts';

/** What the index needs of a version: its plan tables, read once. */
export interface SearchableVersion {
  db: Kysely<PlanTablesSchema>;
}

const indexes = perVersion<SearchableVersion, SearchIndex>((version) => readSearchDocuments(version.db).then(buildSearchIndex));

/** The version's index: built on first use, shared by concurrent first searches; a failed build is retried by the next search. */
export async function searchIndexOf(version: SearchableVersion): Promise<SearchIndex> {
  return indexes.nowOrLater(version);
}

export interface WordsSearchHit extends SearchPlace {
  field: SearchField;
  snippet: string;
  matches: SnippetMatch[];
  matchStart: number;
  matchLength: number;
  occurrences: number;
  phrase: boolean;
  /** The query words the place lacks: empty but for a near hit. */
  missingWords: string[];
  score: number;
}

/** The best `limit` places for the query, ranked (search-index.ts), with their snippets. */
export async function searchWords(version: SearchableVersion, query: SearchQuery, limit: number): Promise<WordsSearchHit[]> {
  const index = await searchIndexOf(version);
  return rankDocuments(index, query).slice(0, limit).map(({ document, phrase, missing, score, occurrences, phrases }) => {
    const { field, snippet, matches, occurrences: inField } = buildWordsSnippet(document, occurrences, phrases);
    const { id, kind, chapter, section, box, project, indicator, fact } = document;
    const first = matches[0]!;
    return { id, kind, field, chapter, section, box, project, indicator, fact, snippet, matches, matchStart: first.start, matchLength: first.length, occurrences: inField, phrase, missingWords: missing, score };
  });
}
