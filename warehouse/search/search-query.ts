/**
 * What a WORDS search looks for: the query split into the words that must all
 * occur (in any order), and the phrase that ranks a place first when it occurs
 * as written.
 *
 * - Whitespace separates parts. A part written only in Chinese characters (and
 *   Chinese punctuation) is segmented into words with ICU (words.ts); any other
 *   part (`1+X`, `50万`, `3-3`, `I04`, `60%`, `returnees`) is a literal: it
 *   matches as a substring, like the SUBSTRING search, because codes and numbers
 *   are not words a dictionary knows.
 * - ICU's single characters are joined to the words they belong to (博士|后 →
 *   博士后, 双|师|型 → 双师型) or, when they are grammar (的, 等), left out: see
 *   `chineseWords`.
 */
import { foldAsciiCase } from '../text-match.ts';
import { segmentWords } from './words.ts';

export interface QueryTerm {
  /** Folded (ASCII lower case) text to find. */
  text: string;
  /** A word matches only where it is word-aligned in the text (see search-index.ts); a literal anywhere. */
  kind: 'word' | 'literal';
}

export interface SearchQuery {
  /** Every one must occur in a place for it to be a hit; distinct, in query order. */
  terms: QueryTerm[];
  /** The query as written, folded, without whitespace: a place that contains it is a phrase match. */
  phrase: string;
}

/** Chinese characters, with Chinese and full-width punctuation, quotation marks, · and …: a part made of these alone is segmented into words. */
const CHINESE_PART = /^[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2018\u2019\u201c\u201d\u00b7\u2026]+$/u;

/**
 * Single characters that are grammar, not meaning (的, 和, 等…): left out of the
 * words a place must contain (they still count for the phrase).
 */
const FUNCTION_CHARACTERS = new Set([...'的地得了着过和与及或等在对为是把被将从向以之其而并且也都又就才所由给让使跟同该此这那有无不没很更再还已于至则若如即因故及']);
/** Single characters that usually start a word (高技能, 新业态, 副教授): joined to the next word, not the previous one. */
const PREFIX_CHARACTERS = new Set([...'高新副非超多全各每老小大总准']);

/**
 * Chinese words of one part, from ICU's tokens. ICU leaves off the suffix of
 * many words it does not know (博士|后, 失业|率, 毕业|生, 产业|园, 一站|式) and
 * splits some into characters (双|师|型, 持|证, 产|教|融合). So: a run of single
 * characters is one word (双师型, 持证, 产教); a single character between words
 * joins the word before it (博士后, 失业率), or the word after it when it
 * usually starts a word (高 in 高|技能 → 高技能); a function character (等, 的)
 * is left out.
 */
function chineseWords(part: string): string[] {
  type Piece = { text: string; index: number; end: number; single: boolean };
  const pieces: Piece[] = [];
  for (const token of segmentWords(part)) {
    const end = token.index + token.text.length;
    const single = [...token.text].length === 1;
    const previous = pieces.at(-1);
    if (single && FUNCTION_CHARACTERS.has(token.text)) {
      pieces.push({ text: '', index: token.index, end, single: false }); // a gap: nothing joins across it
    } else if (single && previous?.single && previous.end === token.index) {
      previous.text += token.text;
      previous.end = end;
    } else {
      pieces.push({ text: token.text, index: token.index, end, single });
    }
  }
  const words: string[] = [];
  pieces.forEach((piece, i) => {
    const lone = piece.single && [...piece.text].length === 1;
    if (!lone) {
      if (piece.text !== '') words.push(piece.text);
      return;
    }
    const before = pieces[i - 1];
    const after = pieces[i + 1];
    const joinsBefore = before && before.text !== '' && before.end === piece.index && !PREFIX_CHARACTERS.has(piece.text);
    if (joinsBefore) words[words.length - 1] += piece.text;
    else if (after && after.text !== '' && after.index === piece.end) after.text = piece.text + after.text;
    else if (before && before.text !== '' && before.end === piece.index) words[words.length - 1] += piece.text;
  });
  return words;
}

/** The query's terms and phrase; `text` is already trimmed and validated. */
export function parseSearchQuery(text: string): SearchQuery {
  const folded = foldAsciiCase(text);
  const parts = folded.split(/\s+/).filter((part) => part !== '');
  const terms: QueryTerm[] = [];
  const add = (term: QueryTerm) => {
    if (!terms.some((t) => t.text === term.text)) terms.push(term);
  };
  for (const part of parts) {
    if (CHINESE_PART.test(part)) for (const word of chineseWords(part)) add({ text: word, kind: 'word' });
    else add({ text: part, kind: 'literal' });
  }
  return { terms, phrase: parts.join('') };
}
