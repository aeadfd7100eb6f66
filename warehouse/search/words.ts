/**
 * Chinese word segmentation for search, with ICU's dictionary through
 * `Intl.Segmenter` (Node 24 ships full ICU, so no dependency and nothing to keep
 * up to date).
 *
 * ICU cuts fine: 高校毕业生就业 is 高校|毕业|生|就业, and a word it does not know
 * falls apart into characters (双师型 is 双|师|型, 互联网 may be 互|联|网). So
 * search never compares whole ICU tokens of the text with those of the query:
 * a query word matches where its characters occur in the text, and the text's
 * segmentation only decides whether that occurrence is word-aligned (see
 * `wordBoundaries`).
 */

/** Created on first use: ICU loads its dictionary then, which must not happen on a cold start. */
let segmenter: Intl.Segmenter | undefined;
const zhWords = () => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));

export interface WordToken {
  /** The word as written. */
  text: string;
  /** Offset in the segmented string, in UTF-16 code units (as String.indexOf counts). */
  index: number;
}

/** The words (letters, digits, Chinese characters) of `text`, without punctuation or spaces. */
export function segmentWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  for (const { segment, index, isWordLike } of zhWords().segment(text)) if (isWordLike) words.push({ text: segment, index });
  return words;
}

export interface SegmentedText {
  /** `boundaries[i]` is 1 where a word, a punctuation mark or a space starts or ends at code unit i (always at 0 and at the end). */
  boundaries: Uint8Array;
  /** Number of words (letters, digits, Chinese words): a document's length for BM25. */
  words: number;
}

/** Word boundaries and word count of `text`, in one pass of the segmenter. */
export function segmentText(text: string): SegmentedText {
  const boundaries = new Uint8Array(text.length + 1);
  let words = 0;
  for (const { index, isWordLike } of zhWords().segment(text)) {
    boundaries[index] = 1;
    if (isWordLike) words += 1;
  }
  boundaries[text.length] = 1;
  return { boundaries, words };
}
