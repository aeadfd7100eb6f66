/**
 * `search` on both engines, checked against the plan's source text: the places
 * expected for a query are found by reading seeds/source/plan.txt, not hard-coded.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restorePlusSigns } from '../dataset/extract/lost-plus-signs.ts';
import { describeEachEngine, ENGINES, engineUnavailable, startTestApi, type Engine, type TestApi } from './helpers/graphql.ts';
import { SOURCE_TEXT_PATH } from './helpers/seeds.ts';
import { loadRelevanceSet, placeId, scoreRelevanceSet } from '../bench/search/relevance.ts';
import { searchIndexOf } from '../warehouse/search/words-search.ts';

type Kind = 'CHAPTER' | 'SECTION' | 'BOX' | 'PROJECT' | 'INDICATOR' | 'FACT';

/** A searchable place as printed in the source, in document order. */
interface Passage {
  kind: Kind;
  key: string;
  chapter: number;
  section: string | null;
  box: string | null;
  /** Null for an item that prints no title line (专栏4): its title is the start of its text. */
  title: string | null;
  /** The searched text: a chapter's intro, a section's prose, a project's text; null for a box (title only). */
  body: string | null;
  order: number;
}

/** Splits the source into chapters, sections, boxes and box items by their printed headings. */
function parsePlanSource(source: string): Passage[] {
  const places: (Omit<Passage, 'body'> & { lines: string[] | null })[] = [];
  let chapter = 0;
  let section: string | null = null;
  let box: string | null = null;
  let inTable = false;
  const open = (kind: Kind, key: string, title: string, searchesText: boolean) => {
    places.push({ kind, key, chapter, section, box, title, lines: searchesText ? [] : null, order: places.length });
  };
  for (const raw of source.split('\n')) {
    // The source lost its "+" signs ("1 X证书"); the warehouse has them back, by the seeds' own list.
    const line = restorePlusSigns(raw.trim()).text;
    let m: RegExpExecArray | null;
    if (line === '') continue;
    if ((m = /^第[一二三四五六七八九十]+章(.+)$/.exec(line))) {
      chapter += 1;
      section = box = null;
      inTable = false;
      open('CHAPTER', String(chapter), m[1]!, true);
    } else if (chapter === 0) {
      continue; // the notice and preamble are not searched
    } else if ((m = /^第[一二三四五六七八九十]+节(.+)$/.exec(line))) {
      section = `${chapter}.${places.filter((p) => p.kind === 'SECTION' && p.chapter === chapter).length + 1}`;
      box = null;
      inTable = false;
      open('SECTION', section, m[1]!, true);
    } else if ((m = /^专栏([\d-]+)[::](.+)$/.exec(line))) {
      box = m[1]!;
      inTable = box === '1'; // the indicator table: its rows are indicators, not searched
      open('BOX', box, m[2]!, false);
    } else if (inTable) {
      continue;
    } else if (box !== null && (m = /^(\d{2})\s*(.*)$/.exec(line))) {
      open('PROJECT', `${box}-${m[1]}`, m[2]!, true);
    } else {
      const lines = places.at(-1)?.lines;
      if (!lines) throw new Error(`unexpected text in the source: ${line}`);
      lines.push(line);
    }
  }
  return places.map(({ lines, ...place }) => {
    // An item printed as one line has no title line: the line is its text.
    if (place.kind === 'PROJECT' && lines?.length === 0) return { ...place, title: null, body: place.title };
    return { ...place, body: lines === null ? null : lines.join('\n') };
  });
}

const PASSAGES = parsePlanSource(readFileSync(SOURCE_TEXT_PATH, 'utf8'));
const SPECIFICITY: Record<Kind, number> = { FACT: 6, INDICATOR: 5, PROJECT: 4, BOX: 3, SECTION: 2, CHAPTER: 1 };
const fold = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
const count = (haystack: string, needle: string) => fold(haystack).split(fold(needle)).length - 1;
const passageKey = (kind: Kind, key: string) => `${kind} ${key}`;

/** Places whose searched fields contain `text` in the source. */
function placesContaining(text: string): Passage[] {
  return PASSAGES.filter((p) => count(p.title ?? '', text) > 0 || count(p.body ?? '', text) > 0);
}

interface Hit {
  kind: Kind;
  matchedField: 'TITLE' | 'TEXT';
  occurrences: number;
  score: number;
  snippet: string;
  matchStart: number;
  matchLength: number;
  chapter: { number: number };
  section: { id: string } | null;
  box: { id: string } | null;
  project: { code: string } | null;
}

/** Today's tests of the literal search run it as SUBSTRING; the WORDS tests are further down. */
const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first, mode: SUBSTRING) {
  kind matchedField occurrences score snippet matchStart matchLength chapter { number } section { id } box { id } project { code } } }`;

function hitKey(hit: Hit): string {
  const key = { CHAPTER: String(hit.chapter.number), SECTION: hit.section?.id, BOX: hit.box?.id, PROJECT: hit.project?.code, INDICATOR: undefined, FACT: undefined }[hit.kind];
  return passageKey(hit.kind, key!);
}

function passageOf(hit: Hit): Passage {
  const passage = PASSAGES.find((p) => passageKey(p.kind, p.key) === hitKey(hit));
  if (!passage) throw new Error(`no source passage for ${hitKey(hit)}`);
  return passage;
}

/** The documented order: title hits first, more occurrences, more specific places, document order. */
function byDocumentedRank(a: Hit, b: Hit): number {
  return (a.matchedField === 'TITLE' ? 0 : 1) - (b.matchedField === 'TITLE' ? 0 : 1)
    || b.occurrences - a.occurrences
    || SPECIFICITY[b.kind] - SPECIFICITY[a.kind]
    || passageOf(a).order - passageOf(b).order;
}

const apis = new Map<Engine, TestApi>();

beforeAll(async () => {
  await Promise.all(ENGINES.filter((engine) => !engineUnavailable(engine)).map(async (engine) => apis.set(engine, await startTestApi({ engine }))));
});
afterAll(async () => {
  await Promise.all([...apis.values()].map((api) => api.close()));
});

describe('the source text', () => {
  it('parses into the plan\'s 13 chapters, 55 sections, 13 boxes and 41 projects', () => {
    const kinds = PASSAGES.map((p) => p.kind);
    expect(['CHAPTER', 'SECTION', 'BOX', 'PROJECT'].map((kind) => kinds.filter((k) => k === kind).length)).toEqual([13, 55, 13, 41]);
  });
});

describeEachEngine('SUBSTRING search on %s', (engine) => {
  const api = () => apis.get(engine)!;

  async function search(text: string, first?: number): Promise<Hit[]> {
    const result = await api().execute<{ search: Hit[] }>(SEARCH, { text, ...(first === undefined ? {} : { first }) });
    expect(result.errors).toBeUndefined();
    return result.data!.search;
  }

  it('finds every section and project whose text mentions 返乡创业, and nothing else', async () => {
    const expected = placesContaining('返乡创业');
    expect(expected.map((p) => passageKey(p.kind, p.key))).toEqual(expect.arrayContaining(['SECTION 1.1', 'PROJECT 8-04']));
    const hits = await search('返乡创业', 100);
    expect(hits.map(hitKey).sort()).toEqual(expected.map((p) => passageKey(p.kind, p.key)).sort());
    for (const hit of hits) {
      const passage = passageOf(hit);
      expect(hit.matchedField).toBe('TEXT');
      expect(hit.occurrences, hitKey(hit)).toBe(count(passage.body!, '返乡创业'));
    }
  });

  it('names the most specific place of each hit and the places around it, as printed', async () => {
    const hits = await search('创业', 100);
    expect(new Set(hits.map((h) => h.kind))).toEqual(new Set(['CHAPTER', 'SECTION', 'BOX', 'PROJECT']));
    for (const hit of hits) {
      const passage = passageOf(hit);
      expect(hit.chapter.number, hitKey(hit)).toBe(passage.chapter);
      expect(hit.section?.id ?? null, hitKey(hit)).toBe(hit.kind === 'CHAPTER' ? null : passage.section);
      expect(hit.box?.id ?? null, hitKey(hit)).toBe(hit.kind === 'BOX' || hit.kind === 'PROJECT' ? passage.box : null);
      if (hit.kind !== 'PROJECT') expect(hit.project).toBeNull();
    }
  });

  it.each(['返乡创业', '创业', '人才', 'X证书', 'x证书', '60%'])('shows "%s" in every snippet, at matchStart', async (text) => {
    const hits = await search(text, 100);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const chars = [...hit.snippet];
      expect(fold(chars.slice(hit.matchStart, hit.matchStart + hit.matchLength).join(''))).toBe(fold(text));
      expect(hit.snippet).not.toMatch(/\s\s|\n/);
      expect(chars.length).toBeLessThanOrEqual(40 + [...text].length + 40 + 2);
      expect(hit.matchStart, hit.snippet).toBeLessThanOrEqual(40 + 1);
    }
  });

  it('ranks title hits first, then more occurrences, then more specific places, then document order', async () => {
    const hits = await search('创业', 100);
    expect(hits.length).toBeLessThan(100);
    expect(hits.map(hitKey).sort()).toEqual(placesContaining('创业').map((p) => passageKey(p.kind, p.key)).sort());
    expect(hits.map(hitKey)).toEqual([...hits].sort(byDocumentedRank).map(hitKey));
    expect(hits.some((h) => h.matchedField === 'TITLE') && hits.some((h) => h.matchedField === 'TEXT')).toBe(true);
    for (const hit of hits) {
      const passage = passageOf(hit);
      // A title hit wins over a text hit of the same place, and counts what that field holds.
      if (passage.title !== null) expect(hit.matchedField, hitKey(hit)).toBe(count(passage.title, '创业') > 0 ? 'TITLE' : 'TEXT');
      if (hit.matchedField === 'TEXT') expect(hit.occurrences, hitKey(hit)).toBe(count(passage.body!, '创业'));
      expect(hit.score).toBe((hit.matchedField === 'TITLE' ? 1_000_000 : 0) + 10 * hit.occurrences + SPECIFICITY[hit.kind]);
    }
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('puts the place that mentions 返乡创业 most often first', async () => {
    const hits = await search('返乡创业');
    const expected = placesContaining('返乡创业')
      .map((p) => ({ key: passageKey(p.kind, p.key), occurrences: count(p.body!, '返乡创业'), specificity: SPECIFICITY[p.kind], order: p.order }))
      .sort((a, b) => b.occurrences - a.occurrences || b.specificity - a.specificity || a.order - b.order);
    expect(hits.map(hitKey)).toEqual(expected.map((e) => e.key));
  });

  it('returns 20 hits by default, and `first` takes the top of the same ranking', async () => {
    const places = placesContaining('人才').length;
    expect(places).toBeGreaterThan(20);
    const all = await search('人才', 100);
    expect(all).toHaveLength(Math.min(places, 100));
    expect(await search('人才')).toEqual(all.slice(0, 20));
    expect(await search('人才', 5)).toEqual(all.slice(0, 5));
    expect(await search('人才', 1)).toEqual(all.slice(0, 1));
  });

  it.each([
    [{ text: '' }, 'text', /empty/],
    [{ text: '   ' }, 'text', /empty/],
    [{ text: '人' }, 'text', /single character.*too common/],
    [{ text: ' 才 ' }, 'text', /single character/],
    [{ text: '人'.repeat(101) }, 'text', /at most 100/],
    [{ text: '人才', first: 0 }, 'first', /from 1 to 100/],
    [{ text: '人才', first: -1 }, 'first', /from 1 to 100/],
    [{ text: '人才', first: 101 }, 'first', /from 1 to 100/],
  ])('rejects %j as BAD_USER_INPUT naming the argument', async (variables, argument, message) => {
    api().statements.length = 0;
    const result = await api().execute(SEARCH, variables);
    expect(result.data).toBeNull();
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    expect(result.errors![0]!.message).toMatch(message);
    expect(api().statements).toEqual([]);
  });

  it('accepts 2 and 100 characters, and trims the text', async () => {
    expect(await search('人'.repeat(100))).toEqual([]);
    expect((await search('  返乡创业\n')).map(hitKey)).toEqual((await search('返乡创业')).map(hitKey));
  });

  it.each(['60%', '%才', '_才', '%%', "才'", "' or '1'='1", '\\\\', "%_'\\", '0_'])('treats %j literally', async (text) => {
    const hits = await search(text, 100);
    expect(hits.map(hitKey).sort()).toEqual(placesContaining(text).map((p) => passageKey(p.kind, p.key)).sort());
    if (text === '60%') expect(hits.map(hitKey)).toEqual(expect.arrayContaining(['PROJECT 3-3-07', 'PROJECT 7-06']));
  });

  it('matches ASCII letters in any case: X证书 and x证书 find the 1+X certificate project and section', async () => {
    const upper = await search('X证书');
    expect(upper.map(hitKey).sort()).toEqual(placesContaining('X证书').map((p) => passageKey(p.kind, p.key)).sort());
    expect(upper.map(hitKey)).toEqual(['PROJECT 7-06', 'SECTION 7.2']);
    expect(upper[0]!.matchedField).toBe('TITLE');
    expect(await search('x证书')).toEqual(upper);
    expect((await search('1+x')).map(hitKey)).toEqual(['PROJECT 7-06', 'SECTION 7.2']);
  });

  it('uses a few statements however many hits there are', async () => {
    const query = `query($first: Int) { search(text: "人才", first: $first, mode: SUBSTRING) {
      snippet chapter { number title } section { id title } box { id title } project { code title } } }`;
    const statementsFor = async (first: number) => {
      api().statements.length = 0;
      const result = await api().execute<{ search: unknown[] }>(query, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data!.search).toHaveLength(Math.min(first, placesContaining('人才').length));
      return api().statements.length;
    };
    const forTwenty = await statementsFor(20);
    // The search, then one batch per loader: chapter, section, box, project.
    expect(forTwenty).toBeLessThanOrEqual(5);
    expect(await statementsFor(100)).toBe(forTwenty);
  });
});

/** A WORDS hit: the fields the tests check. */
interface WordsHit extends Hit {
  phrase: boolean;
  missingWords: string[];
  matches: { start: number; length: number }[];
  indicator: { code: string; name: string } | null;
  fact: { id: string; subject: string; source: { quote: string } } | null;
}

const WORDS_SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) {
  kind matchedField occurrences phrase missingWords score snippet matches { start length } matchStart matchLength
  chapter { number } section { id } box { id } project { code } indicator { code name } fact { id subject source { quote } } } }`;

/** A place's searched text in the source: its title and body. */
const sourceText = (p: Passage) => `${p.title ?? ''}\n${p.body ?? ''}`;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The sentences of a text, as a reader splits them: after 。！？；; and at line breaks. */
const sentencesOf = (text: string) => text.split(/(?<=[。！？；;!?])|\n/).map(collapse).filter((s) => s !== '');
/** The text of each match of a hit, by its code point offsets. */
const matchTexts = (hit: WordsHit) => hit.matches.map((m) => [...hit.snippet].slice(m.start, m.start + m.length).join(''));

describeEachEngine('WORDS search on %s', (engine) => {
  const api = () => apis.get(engine)!;

  async function search(text: string, first?: number): Promise<WordsHit[]> {
    const result = await api().execute<{ search: WordsHit[] }>(WORDS_SEARCH, { text, ...(first === undefined ? {} : { first }) });
    expect(result.errors).toBeUndefined();
    return result.data!.search;
  }
  async function substringSearch(text: string): Promise<Hit[]> {
    const result = await api().execute<{ search: Hit[] }>(SEARCH, { text, first: 100 });
    expect(result.errors).toBeUndefined();
    return result.data!.search;
  }
  const isSourcePlace = (hit: WordsHit) => hit.kind !== 'INDICATOR' && hit.kind !== 'FACT';

  it('returns projects 8-02, 8-03 and 8-04 (返乡入乡创业…) among the first 10 hits for 返乡创业', async () => {
    const top = (await search('返乡创业')).slice(0, 10).map((h) => placeId(h));
    expect(top).toEqual(expect.arrayContaining(['project:8-02', 'project:8-03', 'project:8-04']));
    // Today's substring search finds only 8-04 of them.
    expect((await substringSearch('返乡创业')).map(hitKey)).not.toContain('PROJECT 8-02');
  });

  it('finds every passage of the source that holds both 返乡 and 创业, the phrase 返乡创业 first', async () => {
    const hits = await search('返乡创业', 100);
    const expected = PASSAGES.filter((p) => sourceText(p).includes('返乡') && sourceText(p).includes('创业')).map((p) => passageKey(p.kind, p.key));
    expect(expected.length).toBeGreaterThan(placesContaining('返乡创业').length);
    expect(hits.filter(isSourcePlace).map(hitKey).sort()).toEqual(expected.sort());
    for (const hit of hits.filter(isSourcePlace)) expect(hit.phrase, hitKey(hit)).toBe(sourceText(passageOf(hit)).includes('返乡创业'));
    const firstApart = hits.findIndex((h) => !h.phrase);
    expect(firstApart).toBeGreaterThan(0);
    expect(hits.slice(firstApart).every((h) => !h.phrase)).toBe(true);
    expect(hits.find((h) => h.project?.code === '8-04')!.phrase).toBe(true);
    expect(hits.find((h) => h.project?.code === '8-02')!.phrase).toBe(false);
    // Two words: no near hits.
    expect(hits.every((h) => h.missingWords.length === 0)).toBe(true);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds more passages about 高校毕业生就业 than the substring search, each with all three words', async () => {
    const substring = (await substringSearch('高校毕业生就业')).map(hitKey);
    expect(substring).toHaveLength(2);
    const hits = await search('高校毕业生就业', 100);
    const complete = hits.filter((h) => h.missingWords.length === 0);
    expect(complete.filter(isSourcePlace).map(hitKey)).toEqual(expect.arrayContaining(substring));
    expect(complete.length).toBeGreaterThanOrEqual(2 * substring.length);
    for (const hit of complete.filter(isSourcePlace)) {
      for (const word of ['高校', '毕业生', '就业']) expect(sourceText(passageOf(hit)), `${hitKey(hit)} ${word}`).toContain(word);
    }
    // Near hits (one word missing) come after every complete hit, and lack exactly the word they say.
    const near = hits.slice(complete.length);
    expect(near.every((h) => h.missingWords.length === 1)).toBe(true);
    expect(near.map((h) => placeId(h))).toContain('section:2.7'); // 鼓励优秀高校毕业生到乡村任教: no 就业
    for (const hit of near.filter(isSourcePlace)) expect(sourceText(passageOf(hit))).not.toContain(hit.missingWords[0]);
  });

  it.each([
    ['返乡创业', ['返乡创业', '返乡', '创业']],
    ['高校毕业生就业', ['高校毕业生就业', '高校', '毕业生', '就业']],
    ['最低工资', ['最低工资', '最低', '工资']],
    ['技能人才培养', ['技能人才培养', '技能', '人才', '培养']],
  ])('shows whole sentences for %s, with every matched word at its offsets', async (text, words) => {
    const hits = await search(text, 100);
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits) {
      expect(hit.snippet).not.toMatch(/\s\s|\n/);
      expect(hit.matches.length, hit.snippet).toBeGreaterThan(0);
      expect([hit.matchStart, hit.matchLength]).toEqual([hit.matches[0]!.start, hit.matches[0]!.length]);
      hit.matches.forEach((m, i) => {
        expect(m.length).toBeGreaterThan(0);
        if (i > 0) expect(m.start).toBeGreaterThanOrEqual(hit.matches[i - 1]!.start + hit.matches[i - 1]!.length);
      });
      for (const match of matchTexts(hit)) expect(words, hit.snippet).toContain(match);
      // Every occurrence of a query word in the snippet is marked.
      const marked = hit.matches.reduce((sum, m) => sum + m.length, 0);
      const unmarked = [...hit.snippet].map((c, i) => (hit.matches.some((m) => i >= m.start && i < m.start + m.length) ? '\u0000' : c)).join('');
      for (const word of words.slice(1)) expect(unmarked, hit.snippet).not.toContain(word);
      expect(marked).toBeGreaterThan(0);
      const cut = hit.snippet.startsWith('…') || hit.snippet.endsWith('…');
      const inner = hit.snippet.replace(/^…|…$/g, '');
      const sentences = isSourcePlace(hit) ? sentencesOf(sourceText(passageOf(hit))) : hit.fact ? sentencesOf(hit.fact.source.quote) : [];
      if (hit.kind === 'INDICATOR' || (hit.fact && hit.matchedField !== 'TEXT')) continue; // a printed row or a subject: checked below
      if (cut) expect(sentences.some((s) => s.includes(inner)), hit.snippet).toBe(true);
      else expect(sentences, hitKey(hit)).toContain(hit.snippet);
    }
  });

  it('cuts a long sentence at clause marks around the match, marked with …', async () => {
    // Section 8.2 prints a sentence of 163 characters listing the industries (围绕落实大别山革命老区…).
    const sentence = sentencesOf(sourceText(PASSAGES.find((p) => p.kind === 'SECTION' && p.key === '8.2')!)).find((s) => s.includes('新一代信息技术'))!;
    expect([...sentence].length).toBeGreaterThan(160);
    const hit = (await search('新一代信息技术', 100)).find((h) => h.kind === 'SECTION' && h.section?.id === '8.2')!;
    expect(hit.snippet).toMatch(/^…|…$/);
    expect([...hit.snippet].length).toBeLessThanOrEqual(160 + 2);
    expect(sentence).toContain(hit.snippet.replace(/^…|…$/g, ''));
    expect(hit.snippet.replace(/^…|…$/g, '')).toMatch(/^[^，,、：:]/);
    expect(matchTexts(hit).join('')).toContain('新一代');
  });

  it('finds indicators by name and code, and facts by subject, with the place each is printed in', async () => {
    const hits = await search('返乡创业', 100);
    const indicator = hits.find((h) => h.kind === 'INDICATOR')!;
    expect(indicator.indicator).toEqual({ code: 'I10', name: '新增返乡创业人数' });
    expect([indicator.chapter.number, indicator.section?.id, indicator.box?.id, indicator.project]).toEqual([1, '1.5', '1', null]);
    expect(indicator.snippet).toMatch(/^10\.新增返乡创业人数\(万人\) 15\.35 6 预期性$/);
    const [byCode] = await search('I04');
    expect(byCode!.indicator!.code).toBe('I04');
    expect(byCode!.matchedField).toBe('CODE');
    expect(matchTexts(byCode!)).toEqual(['I04']);

    const wage = await search('最低工资', 100);
    const facts = wage.filter((h) => h.kind === 'FACT');
    expect(facts.map((h) => h.fact!.id).sort()).toEqual(['s1.1-62', 's1.1-63', 's1.1-64']);
    for (const hit of facts) {
      expect(hit.fact!.subject).toContain('最低工资');
      expect(hit.fact!.source.quote.replace(/\s+/g, ' ')).toContain(hit.snippet);
      expect([hit.chapter.number, hit.section?.id, hit.box, hit.project]).toEqual([1, '1.1', null, null]);
    }
    expect(wage.map(hitKey)).toContain('SECTION 1.1');
    // A fact is not a hit for words only its shared quote holds: p6-03-02 (办学容量) quotes 高技能人才培养能力 too.
    const training = await search('技能人才培养', 100);
    expect(training.map((h) => placeId(h))).toContain('project:6-03');
    expect(training.map((h) => placeId(h))).not.toEqual(expect.arrayContaining(['fact:p6-03-01']));
    expect(training.filter((h) => ['p6-03-01', 'p6-03-02', 'p6-03-03', 'p6-03-04', 'p6-03-05'].includes(h.fact?.id ?? ''))).toEqual([]);
  });

  it.each([
    ['1+X', ['project:7-06', 'section:7.2', 'fact:p7-06-01', 'fact:p7-06-02', 'fact:p7-06-03']],
    ['1+x', ['project:7-06', 'section:7.2', 'fact:p7-06-01', 'fact:p7-06-02', 'fact:p7-06-03']],
    ['50万', ['fact:s1.5-28', 'section:1.5']],
    ['60%', ['project:3-3-07', 'project:7-06', 'fact:p3-3-07-04', 'fact:p7-06-03']],
    ['3-3', ['box:3-3', 'project:3-3-01', 'project:3-3-08']],
  ])('matches the code or number %s as a substring', async (text, expected) => {
    const hits = await search(text, 100);
    expect(hits.map((h) => placeId(h))).toEqual(expect.arrayContaining(expected));
    for (const hit of hits) expect(matchTexts(hit).every((m) => m.toLowerCase() === text.toLowerCase()), hit.snippet).toBe(true);
    // Every source passage that holds it is found (codes are searched too, so there may be more).
    const holding = PASSAGES.filter((p) => fold(sourceText(p)).includes(fold(text))).map((p) => passageKey(p.kind, p.key));
    expect(hits.filter(isSourcePlace).map(hitKey)).toEqual(expect.arrayContaining(holding));
  });

  it('does not find a word across two words of the text', async () => {
    // 划目 occurs only where one word ends and the next starts (规划|目标), never as a word.
    const hits = await search('划目', 100);
    const straddling = PASSAGES.filter((p) => sourceText(p).includes('划目'));
    expect(straddling.length).toBeGreaterThan(0);
    expect(hits).toEqual([]);
  });

  it.each([
    [{ text: '' }, /empty/],
    [{ text: '人' }, /single character.*too common/],
    [{ text: '人 才' }, /no word of two or more characters/],
    [{ text: '的人' }, /no word of two or more characters/],
    [{ text: '人'.repeat(101) }, /at most 100/],
  ])('rejects %j as BAD_USER_INPUT naming text, before any statement', async (variables, message) => {
    api().statements.length = 0;
    const result = await api().execute(WORDS_SEARCH, variables);
    expect(result.data).toBeNull();
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'text' });
    expect(result.errors![0]!.message).toMatch(message);
    expect(api().statements).toEqual([]);
  });

  it('builds the index once per data version: later searches run no statement of their own', async () => {
    await search('人才');
    api().statements.length = 0;
    const result = await api().execute<{ search: unknown[] }>('{ search(text: "返乡创业") { snippet score } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.search.length).toBeGreaterThan(0);
    expect(api().statements).toEqual([]);
  });

  it(`reaches recall@10 of at least 0.9 on the relevance set (bench/search/relevance-set.json)`, async () => {
    const set = loadRelevanceSet();
    expect(set.length).toBeGreaterThanOrEqual(25);
    const words = await scoreRelevanceSet(set, async (text) => (await search(text, 10)).map((h) => placeId(h)));
    expect(words.recall).toBeGreaterThanOrEqual(0.9);
    const substring = await scoreRelevanceSet(set, async (text) => (await substringSearch(text)).slice(0, 10).map((h) => placeId(h)));
    expect(words.ndcg).toBeGreaterThan(substring.ndcg);
  });
});

describe('the search index', () => {
  it('is one per warehouse object, so a new data version gets its own and an old one goes with its version', async () => {
    const api = apis.get('duckdb')!;
    const index = await searchIndexOf(api.warehouse);
    expect(await searchIndexOf(api.warehouse)).toBe(index);
    const other = { db: api.warehouse.db };
    expect(await searchIndexOf(other)).not.toBe(index);
  });
});

describe.skipIf(engineUnavailable('postgres'))('search on DuckDB and PostgreSQL', () => {
  const texts = ['返乡创业', '创业', '人才', 'X证书', 'x证书', '60%', '就业', '高校毕业生就业', '1+X', 'I04', '最低工资', '3-3'];
  it.each((['WORDS', 'SUBSTRING'] as const).flatMap((mode) => texts.map((text) => [mode, text] as const)))('answers %s "%s" identically', async (mode, text) => {
    const query = `query($text: String!, $mode: SearchMode) { search(text: $text, first: 100, mode: $mode) {
      kind matchedField occurrences phrase score snippet matches { start length } matchStart matchLength
      chapter { number } section { id } box { id } project { code } indicator { code } fact { id value } } }`;
    const [fromDuckDb, fromPostgres] = await Promise.all([apis.get('duckdb')!.execute(query, { text, mode }), apis.get('postgres')!.execute(query, { text, mode })]);
    expect(fromDuckDb.errors).toBeUndefined();
    // Codes are searched in WORDS mode only.
    if (mode === 'WORDS' || !['I04', '3-3'].includes(text)) expect((fromDuckDb.data as { search: unknown[] }).search.length).toBeGreaterThan(0);
    expect(fromPostgres).toEqual(fromDuckDb);
  });
});
