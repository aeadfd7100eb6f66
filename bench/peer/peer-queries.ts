/**
 * The peer bench's five queries, each written twice: for our schema and for
 * PostGraphile's (generated from the pushed version's tables), asking for the same
 * rows and the same columns. `rows` reads each answer into plain tuples; the bench
 * compares the two before it times anything and stops if they differ.
 *
 * (5), "the first 200 facts at concurrency 20", is (1) run at concurrency 20; every
 * query is run at concurrency 1 and 20, so (1) at 20 is (5).
 *
 * Both sides read the same `fact_all` (plan facts and observations) with internal
 * monitoring files left out, as our public API does. Where our API applies a rule
 * by default, the PostGraphile query spells it out: document order is `ordinal`,
 * facts without a value sort last (PostgreSQL's own order for ASC), and COUNT
 * leaves out restatements and the yielding side of contradictions
 * (`countRestatementsOnce`, `countConflictsOnce`, both true by default).
 *
 * PostGraphile 4 has no GROUP BY of its own (that is a plugin); a view is how its
 * docs expose an aggregate, so (4) reads `peer_bench.fact_count_by_region_year`,
 * created by `peerViewsSql` next to the version's schema (not in it).
 */

/** One row of an answer: a tuple of scalars, compared as JSON. */
export type Row = readonly (string | number | boolean | null)[];

export interface PeerQuery {
  /** A short stable key for the JSON results. */
  key: string;
  /** As in issue 13. */
  title: string;
  /** Our document (POST /graphql), as clients send it; the bench adds the afresh field itself. */
  ours: string;
  oursOperationName: string;
  postgraphile: string;
  postgraphileOperationName: string;
  oursRows(data: unknown): Row[];
  postgraphileRows(data: unknown): Row[];
}

/** The schema, next to the version's, where the bench creates what PostGraphile needs beyond the tables. */
export const PEER_EXTRA_SCHEMA = 'peer_bench';

export function peerViewsSql(versionSchema: string): string {
  const quoted = `"${versionSchema.replace(/"/g, '""')}"`;
  return [
    `create schema if not exists ${PEER_EXTRA_SCHEMA}`,
    // count(*) is bigint, which PostGraphile gives as a string: an int, as ours is.
    `create or replace view ${PEER_EXTRA_SCHEMA}.fact_count_by_region_year as
       select region, period_end as year, cast(count(*) as integer) as count
       from ${quoted}.fact_all
       where not is_internal and not restates_earlier and not yields_in_conflict
       group by region, period_end`,
  ].join(';\n');
}

type Json = Record<string, unknown>;
const at = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((node, key) => (node as Json | null | undefined)?.[key], value);
const list = (value: unknown, ...path: string[]): Json[] => {
  const found = at(value, ...path);
  if (!Array.isArray(found)) throw new Error(`expected a list at ${path.join('.')}, got ${JSON.stringify(found)?.slice(0, 200)}`);
  return found as Json[];
};
const scalar = (value: unknown): string | number | boolean | null => (value === undefined ? null : (value as string | number | boolean | null));
const nodes = (value: unknown, ...path: string[]) => list(value, ...path, 'edges').map((edge) => edge.node as Json);

/** The indicator whose facts (2) reads: one with plan facts and SAMPLE observations (59 facts). */
export const PEER_INDICATOR = 'I04';
/** Chapter and kind (3) filters on: chapter 1's 2025 targets (54 facts, two without a value). */
export const PEER_CHAPTER = 1;
export const PEER_KIND = 'TARGET';

export const PEER_QUERIES: readonly PeerQuery[] = [
  {
    key: 'first-200-facts',
    title: 'first 200 facts with indicator and region names',
    oursOperationName: 'PeerFirst200Facts',
    ours: `query PeerFirst200Facts {
  facts(first: 200) { edges { node { id value indicator { name } region { name } } } }
}`,
    postgraphileOperationName: 'PeerFirst200Facts',
    postgraphile: `query PeerFirst200Facts {
  allFactAlls(first: 200, orderBy: [ORDINAL_ASC], condition: { isInternal: false }) {
    nodes { id value indicatorByIndicator { name } regionByRegion { name } }
  }
}`,
    oursRows: (data) => nodes(data, 'facts').map((f) => [scalar(f.id), scalar(f.value), scalar(at(f, 'indicator', 'name')), scalar(at(f, 'region', 'name'))]),
    postgraphileRows: (data) => list(data, 'allFactAlls', 'nodes')
      .map((f) => [scalar(f.id), scalar(f.value), scalar(at(f, 'indicatorByIndicator', 'name')), scalar(at(f, 'regionByRegion', 'name'))]),
  },
  {
    key: 'indicator-with-facts',
    title: 'one indicator by code with its facts',
    oursOperationName: 'PeerIndicatorWithFacts',
    ours: `query PeerIndicatorWithFacts {
  indicator(code: "${PEER_INDICATOR}") { code name unit facts(first: 100) { edges { node { id value periodEnd } } } }
}`,
    postgraphileOperationName: 'PeerIndicatorWithFacts',
    postgraphile: `query PeerIndicatorWithFacts {
  indicatorByCode(code: "${PEER_INDICATOR}") {
    code name unit
    factAllsByIndicator(first: 100, orderBy: [ORDINAL_ASC], condition: { isInternal: false }) { nodes { id value periodEnd } }
  }
}`,
    oursRows: (data) => {
      const indicator = at(data, 'indicator') as Json;
      return [[scalar(indicator.code), scalar(indicator.name), scalar(indicator.unit)], ...nodes(indicator, 'facts').map((f) => [scalar(f.id), scalar(f.value), scalar(f.periodEnd)])];
    },
    postgraphileRows: (data) => {
      const indicator = at(data, 'indicatorByCode') as Json;
      return [[scalar(indicator.code), scalar(indicator.name), scalar(indicator.unit)], ...list(indicator, 'factAllsByIndicator', 'nodes').map((f) => [scalar(f.id), scalar(f.value), scalar(f.periodEnd)])];
    },
  },
  {
    key: 'facts-by-chapter-and-kind',
    title: 'facts filtered by chapter and kind, ordered by value',
    oursOperationName: 'PeerFactsByChapterAndKind',
    ours: `query PeerFactsByChapterAndKind {
  facts(filter: { chapter: ${PEER_CHAPTER}, kind: ${PEER_KIND} }, orderBy: [{ field: VALUE, direction: ASC }], first: 100) {
    edges { node { id value unit } }
  }
}`,
    postgraphileOperationName: 'PeerFactsByChapterAndKind',
    postgraphile: `query PeerFactsByChapterAndKind {
  allFactAlls(first: 100, orderBy: [VALUE_ASC, ORDINAL_ASC], condition: { chapter: ${PEER_CHAPTER}, kind: "${PEER_KIND}", isInternal: false }) {
    nodes { id value unit }
  }
}`,
    oursRows: (data) => nodes(data, 'facts').map((f) => [scalar(f.id), scalar(f.value), scalar(f.unit)]),
    postgraphileRows: (data) => list(data, 'allFactAlls', 'nodes').map((f) => [scalar(f.id), scalar(f.value), scalar(f.unit)]),
  },
  {
    key: 'count-by-region-and-year',
    title: 'count grouped by region and year',
    oursOperationName: 'PeerCountByRegionAndYear',
    ours: `query PeerCountByRegionAndYear {
  aggregate(input: { measure: COUNT, groupBy: [REGION, YEAR] }) { rows { regionCode year count } }
}`,
    postgraphileOperationName: 'PeerCountByRegionAndYear',
    postgraphile: `query PeerCountByRegionAndYear {
  allFactCountByRegionYears(orderBy: [REGION_ASC, YEAR_ASC]) { nodes { region year count } }
}`,
    oursRows: (data) => list(data, 'aggregate', 'rows').map((r) => [scalar(r.regionCode), scalar(r.year), scalar(r.count)]),
    postgraphileRows: (data) => list(data, 'allFactCountByRegionYears', 'nodes').map((r) => [scalar(r.region), scalar(r.year), scalar(r.count)]),
  },
];

/** Where two answers differ, for the message that stops the bench; null when they hold the same rows. */
export function rowDifference(ours: readonly Row[], theirs: readonly Row[]): string | null {
  if (ours.length === 0) return 'our answer has no rows: nothing would be compared';
  const length = Math.max(ours.length, theirs.length);
  for (let index = 0; index < length; index++) {
    const a = JSON.stringify(ours[index] ?? null);
    const b = JSON.stringify(theirs[index] ?? null);
    if (a !== b) return `row ${index} of ${ours.length} (ours) / ${theirs.length} (PostGraphile): ours ${a}, PostGraphile ${b}`;
  }
  return null;
}
