/**
 * npm run bench:search: the WORDS search against today's SUBSTRING search on the
 * relevance set (bench/search/relevance-set.json): recall@10 and nDCG@10; the
 * ranking choices against their alternatives; the index's build time and memory;
 * search latency. On the embedded default (seeds from the repo, DuckDB); the
 * tests check that PostgreSQL gives the same answers.
 * Results: bench/results/search.json and .md.
 */
import { DEFAULT_SEEDS_DIR } from '../core/config.ts';
import { createJsonLogger } from '../core/logger.ts';
import { loadSeedsFromDirectory } from '../dataset/seeds-directory.ts';
import { createApolloServer } from '../functions/graphql/apollo-server.ts';
import { createLoaders } from '../resolvers/loaders.ts';
import { searchPlanText } from '../warehouse/search.queries.ts';
import { readSearchDocuments } from '../warehouse/search/search-documents.ts';
import { buildSearchIndex, rankDocuments, RANKING, type RankingOptions } from '../warehouse/search/search-index.ts';
import { parseSearchQuery } from '../warehouse/search/search-query.ts';
import { searchIndexOf, searchWords } from '../warehouse/search/words-search.ts';
import { createDuckDbWarehouse } from '../warehouse/warehouse.ts';
import { createBenchLog, describeMachine, machineLine, median, quantile, round, writeResults } from './bench-kit.ts';
import { CUTOFF, loadRelevanceSet, placeId, scoreRelevanceSet, type SetScore } from './search/relevance.ts';

const log = createBenchLog('search');
const BUILD_RUNS = 15;
const LATENCY_RUNS = 30;
const RECALL_TARGET = 0.9;
const FIRST_SEARCH_TARGET_MS = 250;
const SEARCH_P50_TARGET_MS = 5;

const set = loadRelevanceSet();
const warehouse = await createDuckDbWarehouse(await loadSeedsFromDirectory(DEFAULT_SEEDS_DIR, { includeSample: false }), { origin: DEFAULT_SEEDS_DIR });

// The first search of a version: read the documents and build the index. The very first build also loads ICU's dictionary.
const firstSearchStarted = performance.now();
const firstHits = await searchWords(warehouse, parseSearchQuery('返乡创业'), 20);
const firstSearchMs = performance.now() - firstSearchStarted;
log(`first search (documents read, ICU loaded, index built): ${round(firstSearchMs)} ms`);

const readMs: number[] = [];
const buildMs: number[] = [];
for (let run = 0; run < BUILD_RUNS; run += 1) {
  const t0 = performance.now();
  const documents = await readSearchDocuments(warehouse.db);
  const t1 = performance.now();
  buildSearchIndex(documents);
  buildMs.push(performance.now() - t1);
  readMs.push(t1 - t0);
}
const documents = await readSearchDocuments(warehouse.db);

// Memory the index keeps: heap with and without it, after full collections (needs --expose-gc).
const gc = (globalThis as { gc?: () => void }).gc;
let indexHeapMiB: number | null = null;
if (gc) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = buildSearchIndex(documents);
  gc();
  indexHeapMiB = round((process.memoryUsage().heapUsed - before) / 2 ** 20, 2);
  if (kept.documents.length === 0) throw new Error('empty index');
}
const index = await searchIndexOf(warehouse);
log(`index: ${index.documents.length} documents, ${index.postings.size} keys; build median ${round(median(buildMs))} ms`);

// Relevance: WORDS (served settings and alternatives) and SUBSTRING (today's search, the baseline).
const words = await scoreRelevanceSet(set, async (text) => (await searchWords(warehouse, parseSearchQuery(text), CUTOFF)).map((h) => h.id));
const substring = await scoreRelevanceSet(set, async (text) => (await searchPlanText(warehouse.db, text, CUTOFF)).map((h) => placeId(h)));
const variants: [string, Partial<RankingOptions>][] = [
  ['served: phrase first, BM25 k1 1.2 b 0.75, title ×2, word-aligned, near hits', {}],
  ['every word required (no near hits)', { nearHits: false }],
  ['BM25 only (phrase hits not first)', { phraseFirst: false }],
  ['words matched anywhere (not word-aligned)', { wordAligned: false }],
  ['title weight 1', { titleWeight: 1 }],
  ['title weight 3', { titleWeight: 3 }],
  ['k1 0.9', { k1: 0.9 }],
  ['k1 2.0', { k1: 2 }],
  ['b 0.3', { b: 0.3 }],
  ['b 0 (no length normalisation)', { b: 0 }],
];
const alternatives: { variant: string; recall: number; plainRecall: number; ndcg: number }[] = [];
for (const [variant, options] of variants) {
  const score = await scoreRelevanceSet(set, async (text) => rankDocuments(index, parseSearchQuery(text), { ...RANKING, ...options }).slice(0, CUTOFF).map((d) => d.document.id));
  alternatives.push({ variant, recall: round(score.recall, 3), plainRecall: round(score.plainRecall, 3), ndcg: round(score.ndcg, 3) });
}

// Latency: every query of the set, many times; the search alone and a whole GraphQL request with its loaders.
const timeEach = async (run: (text: string) => Promise<unknown>) => {
  const samples: number[] = [];
  for (let round = 0; round < LATENCY_RUNS; round += 1) {
    for (const { query } of set) {
      const t0 = performance.now();
      await run(query);
      samples.push(performance.now() - t0);
    }
  }
  return { p50: round(median(samples), 3), p90: round(quantile(samples, 0.9), 3), max: round(Math.max(...samples), 3) };
};
const wordsLatency = await timeEach((text) => searchWords(warehouse, parseSearchQuery(text), 20));
const substringLatency = await timeEach((text) => searchPlanText(warehouse.db, text, 20));
const server = createApolloServer(createJsonLogger(() => undefined));
await server.start();
const operation = `query($text: String!) { search(text: $text) { kind snippet matches { start length } score chapter { number title } section { id title } project { code title } indicator { code } fact { id value } } }`;
const graphqlLatency = await timeEach(async (text) => {
  const response = await server.executeOperation({ query: operation, variables: { text } }, { contextValue: { warehouse, loaders: createLoaders(warehouse.db), requestId: 'bench' } });
  if (response.body.kind === 'single' && response.body.singleResult.errors) throw new Error(JSON.stringify(response.body.singleResult.errors));
});
await server.stop();
await warehouse.close();

const perQuery = words.queries.map((q, i) => ({
  query: q.query, type: q.type, relevant: q.relevant,
  words: { found: q.found, recall: round(q.recall, 3), ndcg: round(q.ndcg, 3) },
  substring: { found: substring.queries[i]!.found, recall: round(substring.queries[i]!.recall, 3), ndcg: round(substring.queries[i]!.ndcg, 3) },
}));
const summary = (score: SetScore) => ({ recallAt10: round(score.recall, 3), plainRecallAt10: round(score.plainRecall, 3), ndcgAt10: round(score.ndcg, 3) });
const result = {
  measuredAt: new Date().toISOString(),
  machine: describeMachine(),
  dataVersion: warehouse.dataset.version,
  queries: set.length,
  words: summary(words),
  substring: summary(substring),
  alternatives,
  index: {
    documents: index.documents.length,
    keys: index.postings.size,
    firstSearchMs: round(firstSearchMs),
    readDocumentsMs: { median: round(median(readMs)), max: round(Math.max(...readMs)) },
    buildMs: { median: round(median(buildMs)), max: round(Math.max(...buildMs)) },
    heapMiB: indexHeapMiB,
  },
  latencyMs: { words: wordsLatency, substringSql: substringLatency, graphqlWords: graphqlLatency },
  perQuery,
  firstHitsForFanxiangChuangye: firstHits.slice(0, 10).map((h) => h.id),
};

const verdict = (pass: boolean) => (pass ? 'pass' : '**fail**');
const byType = (score: SetScore, type: string) => {
  const of = score.queries.filter((q) => q.type === type);
  return `${round(of.reduce((s, q) => s + q.recall, 0) / of.length, 3)} / ${round(of.reduce((s, q) => s + q.ndcg, 0) / of.length, 3)}`;
};
const markdown = `# Search relevance and speed (${result.measuredAt})

${machineLine(result.machine)} Reproduce with \`npm run bench:search\`. Embedded default (DuckDB), data version ${result.dataVersion}.

## Targets

| what | target | measured | verdict |
|---|---|---|---|
| recall@10, WORDS, ${set.length} queries of bench/search/relevance-set.json | ≥ ${RECALL_TARGET} | ${result.words.recallAt10} (SUBSTRING today: ${result.substring.recallAt10}) | ${verdict(words.recall >= RECALL_TARGET)} |
| nDCG@10, WORDS | better than SUBSTRING | ${result.words.ndcgAt10} (SUBSTRING: ${result.substring.ndcgAt10}) | ${verdict(words.ndcg > substring.ndcg)} |
| first search of a version (read documents, load ICU, build index); never on the cold start | ≤ ${FIRST_SEARCH_TARGET_MS} ms | ${result.index.firstSearchMs} ms | ${verdict(firstSearchMs <= FIRST_SEARCH_TARGET_MS)} |
| WORDS search p50 (index built) | ≤ ${SEARCH_P50_TARGET_MS} ms | ${wordsLatency.p50} ms | ${verdict(wordsLatency.p50 <= SEARCH_P50_TARGET_MS)} |

## Relevance (cutoff ${CUTOFF})

recall@10 counts the relevant places in the first ten hits out of min(relevant, 10), so a perfect ranking scores 1 even
for a query with more than ten relevant places; "plain" divides by all relevant places. nDCG@10 uses the grades
(2 about the subject, 1 mentions it). Judgements were written by reading the plan, before and independently of the
ranking; they are never changed to suit it.

| mode | recall@10 | plain recall@10 | nDCG@10 |
|---|---|---|---|
| WORDS | ${result.words.recallAt10} | ${result.words.plainRecallAt10} | ${result.words.ndcgAt10} |
| SUBSTRING (today) | ${result.substring.recallAt10} | ${result.substring.plainRecallAt10} | ${result.substring.ndcgAt10} |

By query type (recall@10 / nDCG@10):

| type | queries | WORDS | SUBSTRING |
|---|---|---|---|
${['easy', 'multi-word', 'paraphrase', 'code'].map((type) => `| ${type} | ${set.filter((q) => q.type === type).length} | ${byType(words, type)} | ${byType(substring, type)} |`).join('\n')}

Ranking choices (WORDS, same index):

| variant | recall@10 | plain recall@10 | nDCG@10 |
|---|---|---|---|
${alternatives.map((a) => `| ${a.variant} | ${a.recall} | ${a.plainRecall} | ${a.ndcg} |`).join('\n')}

Per query:

| query | type | relevant | WORDS found / recall / nDCG | SUBSTRING found / recall / nDCG |
|---|---|---|---|---|
${perQuery.map((q) => `| ${q.query} | ${q.type} | ${q.relevant} | ${q.words.found} / ${q.words.recall} / ${q.words.ndcg} | ${q.substring.found} / ${q.substring.recall} / ${q.substring.ndcg} |`).join('\n')}

## Index

${result.index.documents} documents (chapters, sections, boxes, projects, indicators, facts), ${result.index.keys} keys (characters and bigrams).

| step | median ms | max ms |
|---|---|---|
| first search of the process (read, ICU dictionary load, build, search) | ${result.index.firstSearchMs} | |
| read the documents (${BUILD_RUNS} runs) | ${result.index.readDocumentsMs.median} | ${result.index.readDocumentsMs.max} |
| build the index (${BUILD_RUNS} runs) | ${result.index.buildMs.median} | ${result.index.buildMs.max} |

Heap kept by one index: ${indexHeapMiB === null ? 'not measured (run with --expose-gc)' : `${indexHeapMiB} MiB`}.

## Latency (${LATENCY_RUNS} rounds of the ${set.length} queries)

| what | p50 ms | p90 ms | max ms |
|---|---|---|---|
| WORDS search, 20 hits with snippets | ${wordsLatency.p50} | ${wordsLatency.p90} | ${wordsLatency.max} |
| SUBSTRING search (SQL on DuckDB), 20 hits | ${substringLatency.p50} | ${substringLatency.p90} | ${substringLatency.max} |
| GraphQL request, WORDS, with chapter/section/project/indicator/fact loaders | ${graphqlLatency.p50} | ${graphqlLatency.p90} | ${graphqlLatency.max} |
`;
await writeResults('search', result, markdown);
log(`WORDS recall@10 ${result.words.recallAt10} nDCG@10 ${result.words.ndcgAt10}; SUBSTRING ${result.substring.recallAt10} / ${result.substring.ndcgAt10}; wrote bench/results/search.{json,md}`);
