/**
 * A WORDS hit's snippet: the whole sentence that best shows the match, with the
 * position of every matched word in it.
 *
 * Sentences end at 。！？；(and ; ! ? as the plan sometimes prints them) and at
 * line breaks of prose. The best sentence holds the most distinct query words,
 * then the phrase, then the most occurrences; ties go to the field snippets
 * prefer (a document's field order) and the earlier sentence. A sentence longer
 * than SNIPPET_MAX_LENGTH is cut at clause marks (，、：) around the match, with
 * "…" where it was cut: the plan has sentences of 400 characters.
 */
import type { SearchDocument, SearchField } from './search-documents.ts';
import type { Occurrence } from './search-index.ts';

/** Longest snippet before a sentence is cut to the clauses around the match, in code points. */
export const SNIPPET_MAX_LENGTH = 160;

export interface SnippetMatch {
  /** Offset in the snippet, in code points. */
  start: number;
  /** Length, in code points. */
  length: number;
}

export interface WordsSnippet {
  field: SearchField;
  snippet: string;
  /** Every occurrence of a query word (a phrase occurrence as one match) in the snippet, in order, never overlapping. */
  matches: SnippetMatch[];
  /** How many times the query's words occur in the snippet's field. */
  occurrences: number;
}

const SENTENCE_END = /[。！？；;!?]/;
const CLAUSE_END = /[，,、：:]/;

/** [start, end) spans of the sentences of `text`, each with its terminator, blank ones left out. */
function sentences(text: string, linesAreSentences: boolean): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const char = text[i];
    const lineBreak = char === '\n' && linesAreSentences;
    if (i === text.length || lineBreak || SENTENCE_END.test(char!)) {
      const end = lineBreak || i === text.length ? i : i + 1;
      if (text.slice(start, end).trim() !== '') spans.push(trimSpan(text, start, end));
      start = end;
    }
  }
  return spans;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return [start, end];
}

const inside = (o: Occurrence, [start, end]: [number, number]) => o.start >= start && o.end <= end;

/** Clauses of a sentence: [start, end) spans, each with its clause mark. */
function clauses(text: string, [start, end]: [number, number]): [number, number][] {
  const spans: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i += 1) {
    if (CLAUSE_END.test(text[i]!)) {
      spans.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < end) spans.push([from, end]);
  return spans;
}

const codePoints = (text: string, [start, end]: [number, number]) => [...text.slice(start, end)].length;

/** The part of a long sentence shown: the clause of `anchor`, then neighbouring clauses while it stays short enough. */
function window(text: string, sentence: [number, number], anchor: Occurrence): [number, number] {
  if (codePoints(text, sentence) <= SNIPPET_MAX_LENGTH) return sentence;
  const parts = clauses(text, sentence);
  let first = parts.findIndex(([, end]) => anchor.start < end);
  let last = first;
  if (codePoints(text, [parts[first]![0], parts[last]![1]]) > SNIPPET_MAX_LENGTH) {
    // One clause longer than a snippet: the characters around the match.
    const from = Math.max(parts[first]![0], anchor.start - SNIPPET_MAX_LENGTH / 4);
    return [from, Math.min(parts[first]![1], from + SNIPPET_MAX_LENGTH)];
  }
  for (let grew = true; grew; ) {
    grew = false;
    if (last + 1 < parts.length && codePoints(text, [parts[first]![0], parts[last + 1]![1]]) <= SNIPPET_MAX_LENGTH) {
      last += 1;
      grew = true;
    }
    if (first > 0 && codePoints(text, [parts[first - 1]![0], parts[last]![1]]) <= SNIPPET_MAX_LENGTH) {
      first -= 1;
      grew = true;
    }
  }
  return [parts[first]![0], parts[last]![1]];
}

/**
 * `text[start, end)` with whitespace runs collapsed to one space, "…" where it was
 * cut from its sentence, and the offsets (code points) of `marks` in the result.
 */
function render(text: string, [start, end]: [number, number], sentence: [number, number], marks: Occurrence[]): { snippet: string; matches: SnippetMatch[] } {
  const prefix = start > sentence[0] ? '…' : '';
  let snippet = prefix;
  let length = prefix.length;
  // Code point offset in the snippet of each code unit of the window (and of its end).
  const at = new Int32Array(end - start + 1);
  for (let i = start; i < end; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    at[i - start] = length;
    if (/\s/.test(char)) {
      let j = i;
      while (j < end && /\s/.test(text[j]!)) at[j++ - start] = length;
      snippet += ' ';
      length += 1;
      i = j;
    } else {
      if (char.length === 2) at[i + 1 - start] = length;
      snippet += char;
      length += 1;
      i += char.length;
    }
  }
  at[end - start] = length;
  const ranges = marks
    .filter((mark) => mark.start >= start && mark.end <= end)
    .map((mark) => [at[mark.start - start]!, at[mark.end - start]!] as [number, number])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range[0] < previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([...range]);
  }
  return { snippet: snippet + (end < sentence[1] ? '…' : ''), matches: merged.map(([from, to]) => ({ start: from, length: to - from })) };
}

/** Compares [distinct words, phrase, occurrences] keys: positive when `a` is the better sentence. */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The snippet of a hit, from its occurrences (and phrase occurrences) in the document's fields. */
export function buildWordsSnippet(document: SearchDocument, occurrences: readonly Occurrence[], phrases: readonly Occurrence[]): WordsSnippet {
  let best: { field: number; sentence: [number, number]; key: number[] } | undefined;
  document.fields.forEach(({ text, linesAreSentences }, field) => {
    const own = occurrences.filter((o) => o.field === field);
    if (own.length === 0) return;
    for (const sentence of sentences(text, linesAreSentences)) {
      const found = own.filter((o) => inside(o, sentence));
      if (found.length === 0) continue;
      const key = [new Set(found.map((o) => o.term)).size, phrases.some((p) => p.field === field && inside(p, sentence)) ? 1 : 0, found.length];
      if (!best || compareKeys(key, best.key) > 0) best = { field, sentence, key };
    }
  });
  if (!best) throw new Error(`search: ${document.id} reported without an occurrence`);
  const { text, field } = document.fields[best.field]!;
  const inField = (o: Occurrence) => o.field === best!.field;
  const marks = [...phrases.filter(inField), ...occurrences.filter(inField)];
  const anchor = marks.find((m) => inside(m, best!.sentence))!;
  const shown = window(text, best.sentence, anchor);
  const rendered = render(text, shown, best.sentence, marks);
  const count = occurrences.filter(inField).length;
  // A code alone (I04, 3-3-01) says little: the place's first sentence follows it.
  const context = field === 'CODE' ? document.fields.find((f) => f.field !== 'CODE') : undefined;
  if (!context) return { field, ...rendered, occurrences: count };
  const [first] = sentences(context.text, context.linesAreSentences);
  if (!first) return { field, ...rendered, occurrences: count };
  const sentence = render(context.text, window(context.text, first, { field: 0, start: first[0], end: first[0], term: -1 }), first, []);
  return { field, snippet: `${rendered.snippet}${CODE_SEPARATOR}${sentence.snippet}`, matches: rendered.matches, occurrences: count };
}

/** Between a code and the sentence that follows it in a snippet. */
export const CODE_SEPARATOR = ' · ';
