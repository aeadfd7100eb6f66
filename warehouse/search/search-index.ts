/**
 * The WORDS search's inverted index and its BM25 ranking. One index per data
 * version, built from the version's documents and never changed afterwards.
 *
 * Index: every character and every pair of adjacent characters (bigram) of the
 * folded text points to the documents that contain it. A query term's candidates
 * are the documents holding all of its bigrams; its occurrences are then found
 * with indexOf in those documents only. Bigrams rather than ICU words as index
 * keys, because ICU cuts the same word differently by context (互联网 is one word
 * in a query and 互|联|网 in 互联网+就业创业), so word keys would miss it; bigrams
 * are the usual CJK index keys (Lucene's CJKAnalyzer) and match inside compounds:
 * 创业 is found in 创业园 and 返乡入乡创业.
 *
 * Word alignment: a query word counts where it starts or ends on a word boundary
 * of the text as ICU segments it (创业 in 创业|园, 毕业 in 毕业|生), not where it
 * straddles two words on both sides (工资 in 员工|资料). Literals (codes,
 * numbers, Latin) match anywhere, as substrings.
 *
 * Ranking (see the `search` description in schema/search.graphql): places with
 * every query word, those that contain the query as written (the phrase) first,
 * then by BM25 over the query terms (k1 = 1.2 and b = 0.75, the usual defaults;
 * title words weighted 2, BM25F's field weight), then document order; after them,
 * near hits (places that lack one word of a query of three or more words).
 * bench/search.bench.ts measures these choices against the alternatives
 * (RankingOptions).
 */
import { foldAsciiCase } from '../text-match.ts';
import type { SearchDocument, SearchField } from './search-documents.ts';
import type { QueryTerm, SearchQuery } from './search-query.ts';
import { segmentText } from './words.ts';

/** Added to the score of a hit with every word, and of a phrase hit, so that `score` orders hits as they are returned. */
export const EVERY_WORD_BONUS = 1000;
export const PHRASE_BONUS = 1000;

/** The ranking's settings; the served ones are RANKING, the others exist for bench/search.bench.ts to compare. */
export interface RankingOptions {
  k1: number;
  b: number;
  /** How much a title's words weigh against the text's (BM25F field weight). */
  titleWeight: number;
  /** Phrase hits first (true), or ranked by BM25 alone. */
  phraseFirst: boolean;
  /** A query word counts only where it is word-aligned (true), or wherever its characters occur. */
  wordAligned: boolean;
  /** Near hits (missing one word of three or more) after the hits with every word (true), or none. */
  nearHits: boolean;
}

export const RANKING: RankingOptions = { k1: 1.2, b: 0.75, titleWeight: 2, phraseFirst: true, wordAligned: true, nearHits: true };

interface IndexedField {
  /** Folded text: ASCII lower case, same length and offsets as the text. */
  folded: string;
  boundaries: Uint8Array;
}

export interface SearchIndex {
  documents: readonly SearchDocument[];
  /** Per document, per field (same order as `document.fields`). */
  fields: readonly (readonly IndexedField[])[];
  /** Per document: its number of words (BM25's document length). */
  lengths: Float64Array;
  averageLength: number;
  /** Character and bigram → ascending document numbers. */
  postings: ReadonlyMap<string, Int32Array>;
}

/** Characters and bigrams of `text`, in UTF-16 code units (as indexOf counts; the plan's characters are all in the BMP, and a split surrogate pair only makes a key no query shares). */
function grams(text: string): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < text.length; i += 1) {
    keys.add(text[i]!);
    if (i + 1 < text.length) keys.add(text.slice(i, i + 2));
  }
  return keys;
}

export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const lists = new Map<string, number[]>();
  const lengths = new Float64Array(documents.length);
  const fields = documents.map((document, number) => {
    const keys = new Set<string>();
    const indexed = document.fields.map(({ text }) => {
      const folded = foldAsciiCase(text);
      const { boundaries, words } = segmentText(folded);
      lengths[number]! += words;
      for (const key of grams(folded)) keys.add(key);
      return { folded, boundaries };
    });
    for (const key of keys) {
      const list = lists.get(key);
      if (list) list.push(number);
      else lists.set(key, [number]);
    }
    return indexed;
  });
  const postings = new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));
  const total = lengths.reduce((sum, length) => sum + length, 0);
  return { documents, fields, lengths, averageLength: documents.length === 0 ? 1 : total / documents.length, postings };
}

/** Documents that hold every character pair of `term` (every character, for a one-character term): a superset of those containing it. */
function candidates(index: SearchIndex, term: string): Int32Array {
  const keys = term.length === 1 ? [term] : [...grams(term)].filter((key) => key.length === 2);
  const lists = keys.map((key) => index.postings.get(key) ?? new Int32Array());
  lists.sort((a, b) => a.length - b.length);
  let result = lists[0]!;
  for (const list of lists.slice(1)) {
    const members = new Set(list);
    result = result.filter((number) => members.has(number));
  }
  return result;
}

/** A term's occurrence in one field: [start, end) in code units. */
export interface Occurrence {
  field: number;
  start: number;
  end: number;
  term: number;
}

/** Non-overlapping occurrences of `term` in a field, left to right; a word only where it is word-aligned. */
function occurrencesIn(field: IndexedField, term: QueryTerm, wordAligned = true): [number, number][] {
  const found: [number, number][] = [];
  const { folded, boundaries } = field;
  for (let at = folded.indexOf(term.text); at >= 0; ) {
    const end = at + term.text.length;
    if (term.kind === 'literal' || !wordAligned || boundaries[at] === 1 || boundaries[end] === 1) {
      found.push([at, end]);
      at = folded.indexOf(term.text, end);
    } else {
      at = folded.indexOf(term.text, at + 1);
    }
  }
  return found;
}

export interface RankedDocument {
  document: SearchDocument;
  /** The document's number in the index. */
  number: number;
  /** Whether the query occurs as written (see SearchQuery.phrase). */
  phrase: boolean;
  /** The query's terms the document lacks (a near hit, see MIN_TERMS_FOR_NEAR_HITS); empty for a hit with every word. */
  missing: string[];
  bm25: number;
  /** BM25, plus EVERY_WORD_BONUS for a hit with every word and PHRASE_BONUS more for a phrase hit: descending score is the order of hits. */
  score: number;
  /** Every occurrence of every term, by field then position. */
  occurrences: Occurrence[];
  /** Where the phrase occurs, by field then position (for snippets). */
  phrases: Occurrence[];
}

/**
 * Near hits: a place that lacks one word of a query of this many words or more
 * is ranked after every place that has them all (and says which word it lacks).
 * A query of three or more words often describes a subject the plan also words
 * otherwise in places (高校毕业生到乡村任教 has no 就业); missing one of two words
 * would be half the query, so two-word queries have no near hits.
 */
export const MIN_TERMS_FOR_NEAR_HITS = 3;

/** Places with every word, ranked: phrase hits first, then BM25, then document order; then near hits, by BM25. */
export function rankDocuments(index: SearchIndex, query: SearchQuery, options: RankingOptions = RANKING): RankedDocument[] {
  const { k1, b, titleWeight, phraseFirst, wordAligned, nearHits } = options;
  const weight: Record<SearchField, number> = { TITLE: titleWeight, TEXT: 1, CODE: 1 };
  const terms = query.terms.length;
  if (terms === 0) return [];
  const n = index.documents.length;
  // Per term: document number → occurrences.
  const perTerm = query.terms.map((term, t) => {
    const found = new Map<number, Occurrence[]>();
    for (const number of candidates(index, term.text)) {
      const occurrences = index.fields[number]!.flatMap((field, f) => occurrencesIn(field, term, wordAligned).map(([start, end]) => ({ field: f, start, end, term: t })));
      if (occurrences.length > 0) found.set(number, occurrences);
    }
    return found;
  });
  const allowedMissing = nearHits && terms >= MIN_TERMS_FOR_NEAR_HITS ? 1 : 0;
  const ranked: RankedDocument[] = [];
  for (const number of new Set(perTerm.flatMap((found) => [...found.keys()]))) {
    const missing = query.terms.filter((_, t) => !perTerm[t]!.has(number)).map((term) => term.text);
    if (missing.length > allowedMissing) continue;
    const document = index.documents[number]!;
    const occurrences = perTerm.flatMap((found) => found.get(number) ?? []).sort((a, b) => a.field - b.field || a.start - b.start);
    if (document.quoteIsContext && occurrences.every((o) => document.fields[o.field]!.field === 'TEXT')) continue;
    const normalisedLength = 1 - b + (b * index.lengths[number]!) / index.averageLength;
    let bm25 = 0;
    perTerm.forEach((found, t) => {
      const idf = Math.log(1 + (n - found.size + 0.5) / (found.size + 0.5));
      const tf = occurrences.filter((o) => o.term === t).reduce((sum, o) => sum + weight[document.fields[o.field]!.field], 0);
      bm25 += (idf * tf * (k1 + 1)) / (tf + k1 * normalisedLength);
    });
    const phrases = index.fields[number]!.flatMap((field, f) => occurrencesIn(field, { text: query.phrase, kind: 'literal' }).map(([start, end]) => ({ field: f, start, end, term: -1 })));
    const phrase = phrases.length > 0;
    // Rounded to 4 decimals: readable, and nearly equal sums tie exactly and fall back to document order.
    const rounded = Math.round(bm25 * 1e4) / 1e4;
    const score = rounded + (missing.length === 0 ? EVERY_WORD_BONUS : 0) + (phraseFirst && phrase ? PHRASE_BONUS : 0);
    ranked.push({ document, number, phrase, missing, bm25: rounded, score, occurrences, phrases });
  }
  return ranked.sort((a, b) => b.score - a.score || a.number - b.number);
}
