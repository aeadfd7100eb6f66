/**
 * The example operations in examples/ answer the analysts' questions, on both
 * engines, with the SAMPLE monitoring data loaded (as SEEDS_SAMPLE=1 does). Every
 * file in the folder must have a check here, so an example cannot rot unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachEngine, useTestApi } from './helpers/graphql.ts';
import { readJson, REAL_SEEDS_DIR, SOURCE_TEXT_PATH } from './helpers/seeds.ts';

const EXAMPLES_DIR = path.join(import.meta.dirname, '..', 'examples');
const EXAMPLES = readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.graphql')).sort();

type Data = Record<string, any>;

/** What each example's answer must show, beyond running without errors. */
const CHECKS: Record<string, (data: Data) => Promise<void> | void> = {
  'targets-by-chapter-and-measure-kind.graphql': async (data) => {
    const rows = data.aggregate.rows as { chapterNumber: number; measureKind: string; count: number }[];
    // Counted from the seeds: plan targets per chapter and measure kind, each contradiction once.
    const facts = await readJson<{ id: string; kind: string; conflictsWith: string[]; source: { chapter: number } }[]>(REAL_SEEDS_DIR, 'data/facts.json');
    const targets = facts.filter((f) => f.kind === 'TARGET');
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBeLessThan(targets.length);
    expect(new Set(rows.map((r) => r.chapterNumber))).toEqual(new Set(targets.map((f) => f.source.chapter)));
    expect(rows.map((r) => r.measureKind)).toEqual(expect.arrayContaining(['STOCK', 'CUMULATIVE_TOTAL', 'RATE']));
    expect(rows.map((r) => `${r.chapterNumber}|${r.measureKind}`)).toEqual(
      [...rows].sort((a, b) => a.chapterNumber - b.chapterNumber || a.measureKind.localeCompare(b.measureKind)).map((r) => `${r.chapterNumber}|${r.measureKind}`));
  },
  'status-of-all-table-indicators.graphql': (data) => {
    const rows = data.progress as { indicator: { code: string }; region: { code: string }; status: string; treatment: string; isSample: boolean }[];
    expect(rows.map((r) => r.indicator.code)).toEqual(Array.from({ length: 17 }, (_, i) => `I${String(i + 1).padStart(2, '0')}`));
    expect(rows.every((r) => r.region.code === '411700')).toBe(true);
    // The six indicators with SAMPLE data get a judgement; the others have no monitoring data.
    const judged = rows.filter((r) => r.status !== 'NO_DATA').map((r) => r.indicator.code);
    expect(judged).toEqual(['I01', 'I04', 'I06', 'I08', 'I09', 'I10']);
    expect(rows.filter((r) => r.status !== 'NO_DATA').every((r) => r.isSample)).toBe(true);
  },
  'county-ranking-2023.graphql': (data) => {
    const breakdown = data.indicator.breakdown as { year: number; isSample: boolean; cityValue: number; countySum: number; consistent: boolean; entries: { rank: number; value: number; share: number }[] };
    expect(breakdown).toMatchObject({ year: 2023, isSample: true, consistent: true });
    expect(breakdown.entries).toHaveLength(10);
    // Ranked by value, highest first; equal values share a rank (1, 2, 2, 4 …).
    expect(breakdown.entries.map((e) => e.value)).toEqual([...breakdown.entries.map((e) => e.value)].sort((a, b) => b - a));
    breakdown.entries.forEach((e) => expect(e.rank).toBe(breakdown.entries.findIndex((other) => other.value === e.value) + 1));
    expect(breakdown.entries.reduce((sum, e) => sum + e.share, 0)).toBeCloseTo(1, 9);
  },
  'passages-mentioning-fanxiang-chuangye.graphql': (data) => {
    const hits = data.search as { kind: string; phrase: boolean; snippet: string; matches: { start: number; length: number }[]; project: { code: string } | null; indicator: { code: string } | null }[];
    // Word search: 返乡入乡创业… (8-02, 8-03) is found with 8-04, in the first ten.
    expect(hits.slice(0, 10).map((h) => h.project?.code)).toEqual(expect.arrayContaining(['8-02', '8-03', '8-04']));
    expect(hits.some((h) => h.indicator?.code === 'I10')).toBe(true);
    // Places that print 返乡创业 as written come first, and show it.
    const apart = hits.findIndex((h) => !h.phrase);
    expect(apart).toBeGreaterThan(0);
    expect(hits.slice(apart).every((h) => !h.phrase)).toBe(true);
    expect(hits.slice(0, apart).every((h) => h.snippet.includes('返乡创业'))).toBe(true);
    for (const hit of hits) {
      const marked = hit.matches.map((m) => [...hit.snippet].slice(m.start, m.start + m.length).join(''));
      expect(marked.every((m) => ['返乡创业', '返乡', '创业'].includes(m)), hit.snippet).toBe(true);
    }
  },
  'chapter-facts-with-quotes.graphql': async (data) => {
    expect(data.chapter.number).toBe(1);
    const facts = await readJson<{ id: string; source: { chapter: number } }[]>(REAL_SEEDS_DIR, 'data/facts.json');
    expect(data.facts.edges.map((e: Data) => e.node.id)).toEqual(facts.filter((f) => f.source.chapter === 1).map((f) => f.id));
    expect(data.facts.totalCount).toBeGreaterThan(50);
    // Chapter 1 holds contradictions (6万 vs 5万 new professional talent): both sides are there, linked.
    expect(data.facts.edges.some((e: Data) => e.node.conflictsWith.length > 0)).toBe(true);
    // The quote check must run over facts, not pass vacuously over an empty list.
    const quotes: string[] = data.facts.edges.map((e: Data) => e.node.source.quote);
    expect(quotes.length).toBeGreaterThan(50);
    const source = readFileSync(SOURCE_TEXT_PATH, 'utf8');
    for (const quote of quotes) {
      expect(quote, 'a fact without its quote').toBeTruthy();
      expect(source).toContain(quote);
    }
  },
};

describeEachEngine('examples on %s', (engine) => {
  const api = useTestApi({ engine, includeSample: true });

  it('has a check for every example', () => {
    expect(EXAMPLES).toEqual(Object.keys(CHECKS).sort());
  });

  it.each(EXAMPLES)('%s answers its question', async (name) => {
    const result = await api.execute<Data>(readFileSync(path.join(EXAMPLES_DIR, name), 'utf8'));
    expect(result.errors).toBeUndefined();
    await CHECKS[name]!(result.data!);
  });
});
