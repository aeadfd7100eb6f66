/**
 * The search relevance set (relevance-set.json, judged by reading the plan) and
 * its measures: recall@10 and nDCG@10, shared by bench/search.bench.ts and
 * tests/search-relevance.test.ts.
 *
 * recall@10 is the share of a query's relevant places found in the first ten
 * hits, out of as many as ten hits can hold: min(relevant, 10) (BEIR's capped
 * recall), so a query with 14 relevant places can score 1 and a perfect ranking
 * always does. The plain share (relevant found ÷ relevant) is reported beside it.
 * nDCG@10 uses the grades (gain 2^grade − 1, log2 discount).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const RELEVANCE_SET_PATH = path.join(import.meta.dirname, 'relevance-set.json');
export const CUTOFF = 10;

export interface RelevanceQuery {
  query: string;
  type: 'easy' | 'multi-word' | 'paraphrase' | 'code';
  about: string;
  /** Place id (`project:8-02`) → grade: 2 about the subject, 1 mentions it usefully. */
  relevant: Record<string, number>;
}

export function loadRelevanceSet(): RelevanceQuery[] {
  return (JSON.parse(readFileSync(RELEVANCE_SET_PATH, 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

/** Where a hit is, as search hits report it. */
export interface HitPlace {
  kind: string;
  chapter: number | { number: number };
  section?: string | { id: string } | null;
  box?: string | { id: string } | null;
  project?: string | { code: string } | null;
  indicator?: string | { code: string } | null;
  fact?: string | { id: string } | null;
}

const key = (value: string | number | Record<string, string | number> | null | undefined): string | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? String(Object.values(value)[0]) : String(value);

/** The relevance set's id of a hit (`section:3.2`), from a GraphQL hit or a hit row. */
export function placeId(hit: HitPlace): string {
  const id = {
    CHAPTER: key(hit.chapter), SECTION: key(hit.section), BOX: key(hit.box), PROJECT: key(hit.project), INDICATOR: key(hit.indicator), FACT: key(hit.fact),
  }[hit.kind];
  if (id === undefined) throw new Error(`no id for a ${hit.kind} hit`);
  return `${hit.kind.toLowerCase()}:${id}`;
}

export interface QueryScore {
  query: string;
  type: RelevanceQuery['type'];
  relevant: number;
  found: number;
  recall: number;
  plainRecall: number;
  ndcg: number;
}

export function scoreRanking(judged: RelevanceQuery, ranking: readonly string[]): QueryScore {
  const top = ranking.slice(0, CUTOFF);
  const grades = judged.relevant;
  const relevant = Object.keys(grades).length;
  const found = top.filter((id) => (grades[id] ?? 0) > 0).length;
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = top.reduce((sum, id, i) => sum + gain(grades[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(grades).sort((a, b) => b - a).slice(0, CUTOFF).reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return { query: judged.query, type: judged.type, relevant, found, recall: found / Math.min(relevant, CUTOFF), plainRecall: found / relevant, ndcg: ideal === 0 ? 0 : dcg / ideal };
}

export interface SetScore {
  recall: number;
  plainRecall: number;
  ndcg: number;
  queries: QueryScore[];
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Runs every query of the set (`search` returns place ids, best first) and averages the measures over queries. */
export async function scoreRelevanceSet(set: readonly RelevanceQuery[], search: (text: string) => Promise<string[]>): Promise<SetScore> {
  const queries: QueryScore[] = [];
  for (const judged of set) queries.push(scoreRanking(judged, await search(judged.query)));
  return { recall: mean(queries.map((q) => q.recall)), plainRecall: mean(queries.map((q) => q.plainRecall)), ndcg: mean(queries.map((q) => q.ndcg)), queries };
}
