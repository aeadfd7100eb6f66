/**
 * `search` on both engines, checked against the plan's source text: the places
 * expected for a query are found by reading seeds/source/plan.txt, not hard-coded.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restorePlusSigns } from '../dataset/extract/lost-plus-signs.ts';
import { ENGINES, engineUnavailable, startTestApi, type Engine, type TestApi } from './helpers/graphql.ts';
import { SOURCE_TEXT_PATH } from './helpers/seeds.ts';

type Kind = 'CHAPTER' | 'SECTION' | 'BOX' | 'PROJECT';

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
const SPECIFICITY: Record<Kind, number> = { PROJECT: 4, BOX: 3, SECTION: 2, CHAPTER: 1 };
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

const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) {
  kind matchedField occurrences score snippet matchStart matchLength chapter { number } section { id } box { id } project { code } } }`;

function hitKey(hit: Hit): string {
  const key = { CHAPTER: String(hit.chapter.number), SECTION: hit.section?.id, BOX: hit.box?.id, PROJECT: hit.project?.code }[hit.kind];
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

describe.each(ENGINES)('search on %s', (engine) => {
  if (engineUnavailable(engine)) {
    it.skip('needs a PostgreSQL server (CI always has one)', () => undefined);
    return;
  }
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
    const query = `query($first: Int) { search(text: "人才", first: $first) {
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

describe.skipIf(engineUnavailable('postgres'))('search on DuckDB and PostgreSQL', () => {
  it.each(['返乡创业', '创业', '人才', 'X证书', 'x证书', '60%', "%_'\\", '就业'])('answers "%s" identically', async (text) => {
    const query = `query($text: String!) { search(text: $text, first: 100) {
      kind matchedField occurrences score snippet matchStart matchLength chapter { number } section { id } box { id } project { code } } }`;
    const [fromDuckDb, fromPostgres] = await Promise.all([apis.get('duckdb')!.execute(query, { text }), apis.get('postgres')!.execute(query, { text })]);
    expect(fromDuckDb.errors).toBeUndefined();
    expect(fromPostgres).toEqual(fromDuckDb);
  });
});
