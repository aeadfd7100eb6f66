/**
 * A small version's facts are answered from memory (warehouse/memory/); larger ones
 * in the warehouse. The two must give the same answers: generated filters, orders,
 * pages and aggregates are run both ways over the same version (a copy of the real
 * seeds with the SAMPLE observations, a public REPORTED file and an internal one, so
 * that reported rows displace SAMPLE ones and internal rows are hidden from the
 * public), on DuckDB and on PostgreSQL, and compared row by row.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Audience } from '../core/request.ts';
import { aggregateFacts, type AggregateQuery, type GroupMix } from '../warehouse/aggregate.queries.ts';
import type { AggregateDimension, AggregateSortKey } from '../warehouse/aggregate-shape.ts';
import { findFactPagesByParents, findFacts, findVisibleFactsByIds, type FactFilter, type FactOrder } from '../warehouse/fact.queries.ts';
import { FACTS_IN_MEMORY_UP_TO } from '../warehouse/memory/facts-in-memory.ts';
import { planCatalogOf } from '../warehouse/plan-catalog.ts';
import { findSelectedObservations, type ObservationSelection } from '../warehouse/progress.queries.ts';
import type { FactRow } from '../warehouse/tables.ts';
import { scopeToAudience, type FactScope } from '../warehouse/visible-data.ts';
import { describeEachEngine, startTestApi, type Engine, type TestApi } from './helpers/graphql.ts';
import { addObservationFiles, copySeeds } from './helpers/seeds.ts';

const HEADER = 'indicator,region,period,value,unit';
/** REPORTED rows, some where SAMPLE rows exist too (I04 in 确山县 411725), one file internal. */
const REPORTED_FILES = [
  { key: 'observations/reported/2023.csv', bytes: `${HEADER}\nI04,411700,2023,8.2,万人\nI04,411725,2023,0.71,万人\nI11,411700,2023,5.2,%\n` },
  {
    key: 'observations/reported/internal/2024-preliminary.csv',
    access: 'internal' as const,
    bytes: `${HEADER}\nI04,411700,2024,8.61,万人\nI04,411722,2024,0.9,万人\nI08,411700,2021-2024,19.37,万人\nI11,411725,2024,4.9,%\n`,
  },
];

const RUNS = 150;
const SEED = 20261203;

/** The values the generated filters draw from: the version's own, and a few that match nothing. */
interface Domain {
  ids: string[];
  indicators: string[];
  regions: string[];
  units: string[];
  texts: string[];
}

/** Filters of up to three conditions (more would match nothing and compare nothing), drawn from the version's values. */
function filterArbitrary(domain: Domain): fc.Arbitrary<FactFilter> {
  const one = <T>(values: readonly T[]) => fc.constantFrom(...values);
  const several = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 4 });
  const year = fc.integer({ min: 2014, max: 2036 });
  const conditions: { [K in keyof FactFilter]-?: fc.Arbitrary<NonNullable<FactFilter[K]>> } = {
    ids: several(domain.ids),
    kind: one(['BASELINE', 'TARGET', 'ACHIEVEMENT', 'OBSERVATION']),
    kinds: several(['BASELINE', 'TARGET', 'OBSERVATION']),
    indicator: one(domain.indicators),
    indicators: several(domain.indicators),
    category: one(['TALENT', 'HUMAN_RESOURCES', 'EMPLOYMENT', 'LABOR_RELATIONS']),
    chapter: one([1, 2, 3, 5, 6, 8, 12, 13]),
    section: one(['1.1', '2.3', '8.2', '13.1']),
    box: one(['1', '3-3', '12']),
    project: one(['3-3-07', '4-01', '12-03']),
    provenance: one(['PLAN', 'SAMPLE', 'REPORTED']),
    unit: one(domain.units),
    measureKind: one(['STOCK', 'ANNUAL_FLOW', 'CUMULATIVE_TOTAL', 'RATE', 'OTHER'] as const),
    measureKinds: several(['STOCK', 'ANNUAL_FLOW', 'RATE'] as const),
    hasConflicts: fc.boolean(),
    valueFrom: fc.integer({ min: -10, max: 2000 }),
    valueTo: fc.integer({ min: 0, max: 200_000 }),
    year,
    yearFrom: year,
    yearTo: year,
    region: one(domain.regions),
    regions: several(domain.regions),
    text: one(domain.texts),
  };
  const keys = Object.keys(conditions) as (keyof FactFilter)[];
  return fc.uniqueArray(fc.constantFrom(...keys), { maxLength: 3 })
    .chain((chosen) => fc.record(Object.fromEntries(chosen.map((key) => [key, conditions[key]]))) as fc.Arbitrary<FactFilter>);
}

const ORDER_FIELDS = ['DOCUMENT', 'ID', 'INDICATOR', 'REGION', 'KIND', 'PROVENANCE', 'PERIOD_START', 'PERIOD_END', 'VALUE'] as const;
const orderArbitrary: fc.Arbitrary<FactOrder[]> = fc.array(
  fc.record({ field: fc.constantFrom(...ORDER_FIELDS), direction: fc.constantFrom('ASC' as const, 'DESC' as const) }), { maxLength: 3 });
const pageArbitrary = fc.record({ offset: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 600 })), limit: fc.integer({ min: 1, max: 300 }) });

const DIMENSIONS: readonly AggregateDimension[] = ['REGION', 'YEAR', 'PERIOD', 'INDICATOR', 'CATEGORY', 'CHAPTER', 'KIND', 'MEASURE_KIND', 'PROVENANCE', 'UNIT'];

function aggregateArbitrary(domain: Domain): fc.Arbitrary<AggregateQuery> {
  return fc.uniqueArray(fc.constantFrom(...DIMENSIONS), { maxLength: 3 }).chain((groupBy) => fc.record({
    measure: fc.constantFrom('SUM' as const, 'AVG' as const, 'MIN' as const, 'MAX' as const, 'COUNT' as const),
    groupBy: fc.constant(groupBy),
    filter: filterArbitrary(domain),
    orderBy: fc.array(fc.record({
      key: fc.constantFrom<AggregateSortKey>(...groupBy, 'VALUE', 'COUNT'),
      direction: fc.constantFrom('ASC' as const, 'DESC' as const),
    }), { maxLength: 2 }),
    limit: fc.constantFrom(1, 3, 20, 1000),
    countRestatementsOnce: fc.boolean(),
    countConflictsOnce: fc.boolean(),
  }));
}

/** A check that refuses mixed groups, so the mix each group reports is compared too. */
const refuseMixes = (mix: GroupMix) => (mix.nonAdditive ? 'non-additive' : mix.mixesKinds ? `kinds ${mix.measureKindRange}` : mix.mixesPeriods ? `periods ${mix.periodRange}` : null);

/** Sums of doubles differ in the last bits with the order of addition. */
const rounded = (value: number | null) => (value === null ? null : Number(value.toPrecision(12)));

describeEachEngine('facts in memory and in the warehouse on %s', (engine: Engine) => {
  let inMemory: TestApi;
  let inWarehouse: TestApi;
  let domain: Domain;
  let removeSeeds: (() => Promise<void>) | undefined;
  const scopes = (audience: Audience): [FactScope, FactScope] => [scopeToAudience(inMemory.warehouse.db, audience), scopeToAudience(inWarehouse.warehouse.db, audience)];

  beforeAll(async () => {
    const seeds = await copySeeds();
    removeSeeds = seeds.remove;
    await addObservationFiles(seeds.dir, REPORTED_FILES);
    [inMemory, inWarehouse] = await Promise.all([
      startTestApi({ engine, includeSample: true, seedsDir: seeds.dir, factsInMemory: true }),
      startTestApi({ engine, includeSample: true, seedsDir: seeds.dir, factsInMemory: false }),
    ]);
    const catalog = await planCatalogOf(inMemory.warehouse.db);
    const page = await findFacts(scopeToAudience(inMemory.warehouse.db, 'internal'), {}, [], { offset: 0, limit: 5000 });
    const facts: FactRow[] = page.rows;
    const pick = <T>(values: readonly T[], every: number) => values.filter((_, k) => k % every === 0);
    domain = {
      ids: [...pick(facts.map((f) => f.id), 7), 'o:SAMPLE:I99:411700:2023', 'no-such-fact'],
      indicators: [...catalog.indicators.map((i) => i.code), 'I99'],
      regions: [...catalog.regions.map((r) => r.code), '419999'],
      units: [...catalog.units, '公顷'],
      // Pieces of subjects, printed values and quotes, and text none has.
      texts: [...pick(facts.filter((f) => f.quote).map((f) => f.quote!.slice(2, 6)), 9), '万人', '%', '2025', 'SAMPLE', '不存在的词'],
    };
    expect(facts.length).toBeGreaterThan(500);
    expect(facts.filter((f) => f.is_internal)).toHaveLength(4);
    expect(facts.length).toBeLessThan(FACTS_IN_MEMORY_UP_TO);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([inMemory?.close(), inWarehouse?.close()]);
    await removeSeeds?.();
  });

  it('serve one side from memory and the other from the warehouse', async () => {
    const [memory, warehouse] = scopes('public');
    expect(await memory.inMemory()).not.toBeNull();
    expect(await warehouse.inMemory()).toBeNull();
  });

  it('page filtered and ordered facts alike, totals included, for the public and for an internal caller', async () => {
    let withRows = 0;
    await fc.assert(fc.asyncProperty(filterArbitrary(domain), orderArbitrary, pageArbitrary, fc.constantFrom<Audience>('public', 'internal'), async (filter, orderBy, page, audience) => {
      const [memory, warehouse] = scopes(audience);
      const [a, b] = await Promise.all([findFacts(memory, filter, orderBy, page), findFacts(warehouse, filter, orderBy, page)]);
      if (b.rows.length > 1) withRows += 1;
      expect(a.rows.map((row) => row.id)).toEqual(b.rows.map((row) => row.id));
      expect(a.hasNextPage).toBe(b.hasNextPage);
      expect(await a.totalCount()).toBe(await b.totalCount());
      // Whole rows, not only ids: the memory rows are the warehouse's own columns.
      expect(a.rows).toEqual(b.rows);
    }), { seed: SEED, numRuns: RUNS });
    // Most generated pages hold rows to compare, not only empty answers.
    expect(withRows).toBeGreaterThan(RUNS * 0.3);
  });

  it('page facts per indicator and per region alike', async () => {
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('indicator' as const, 'region' as const), fc.uniqueArray(fc.nat({ max: 40 }), { minLength: 1, maxLength: 6 }), pageArbitrary, fc.constantFrom<Audience>('public', 'internal'),
      async (parent, picks, page, audience) => {
        const keys = picks.map((k) => (parent === 'indicator' ? domain.indicators : domain.regions)[k % (parent === 'indicator' ? domain.indicators.length : domain.regions.length)]!);
        const [memory, warehouse] = scopes(audience);
        const [a, b] = await Promise.all([findFactPagesByParents(memory, parent, keys, page), findFactPagesByParents(warehouse, parent, keys, page)]);
        const shape = (rows: typeof a) => rows.map((row) => [row.parentKey, row.total, row.fact.id]);
        expect(shape(a)).toEqual(shape(b));
      }), { seed: SEED, numRuns: RUNS });
  });

  it('find a fact by id alike, an internal observation only for an internal caller', async () => {
    for (const audience of ['public', 'internal'] as const) {
      const [memory, warehouse] = scopes(audience);
      const [a, b] = await Promise.all([findVisibleFactsByIds(memory, domain.ids), findVisibleFactsByIds(warehouse, domain.ids)]);
      // Every id but the two made up is found by an internal caller.
      if (audience === 'internal') expect(a.filter((fact) => fact !== null)).toHaveLength(domain.ids.length - 2);
      expect(a).toEqual(b);
    }
  });

  it('select the observations of progress and series alike', async () => {
    let withRows = 0;
    await fc.assert(fc.asyncProperty(
      fc.uniqueArray(fc.constantFrom(...domain.indicators), { minLength: 1, maxLength: 5 }),
      fc.option(fc.uniqueArray(fc.constantFrom(...domain.regions), { maxLength: 4 }), { nil: null }),
      fc.constantFrom(null, 'REPORTED' as const, 'SAMPLE' as const), fc.integer({ min: 2016, max: 2025 }), fc.integer({ min: 0, max: 10 }),
      fc.constantFrom<Audience>('public', 'internal'),
      async (indicators, regions, provenance, fromYear, span, audience) => {
        const selection: ObservationSelection = { indicators, regions, provenance, fromYear, toYear: fromYear + span };
        const [memory, warehouse] = scopes(audience);
        const [a, b] = await Promise.all([findSelectedObservations(memory, selection), findSelectedObservations(warehouse, selection)]);
        if (b.length > 1) withRows += 1;
        expect(a.map((row) => row.id)).toEqual(b.map((row) => row.id));
      }), { seed: SEED, numRuns: RUNS });
    // Many indicators have no observations at all; enough selections find some.
    expect(withRows).toBeGreaterThan(RUNS * 0.15);
  });

  it('aggregate alike: groups, values, counts, order, totals and refusals', async () => {
    let withGroups = 0;
    let refused = 0;
    await fc.assert(fc.asyncProperty(aggregateArbitrary(domain), fc.boolean(), fc.constantFrom<Audience>('public', 'internal'), async (query, withCheck, audience) => {
      const [memory, warehouse] = scopes(audience);
      const check = withCheck ? refuseMixes : undefined;
      const [a, b] = await Promise.all([aggregateFacts(memory, query, check), aggregateFacts(warehouse, query, check)]);
      if (b.totalRows > 1) withGroups += 1;
      if (b.refused) refused += 1;
      expect(a.totalRows).toBe(b.totalRows);
      // Both name the first refused group in the result's order, returned or not.
      expect(a.refused).toEqual(b.refused);
      const plain = (rows: typeof a.rows) => rows.map((row) => ({ ...row, value: rounded(row.value) }));
      expect(plain(a.rows)).toEqual(plain(b.rows));
    }), { seed: SEED, numRuns: RUNS });
    // Enough queries return several groups, and enough are refused (their totals are then 0).
    expect(withGroups).toBeGreaterThan(RUNS * 0.15);
    expect(refused).toBeGreaterThan(RUNS * 0.15);
  });
});
