/**
 * Resolvers for progress toward the plan's targets, yearly series and county
 * breakdowns. The arithmetic and the status rules live in progress-math.ts; this
 * module fetches what they need in a constant number of statements per request:
 * the loaders below are kept per request (keyed on the context object), and each
 * batches every indicator asking with the same arguments into one query.
 */
import DataLoader from 'dataloader';
import { SAMPLE_NOTE } from '../warehouse/fact-all.view.ts';
import {
  findCountyLevelRegions, findPlanFrame, findProgressIndicators, findSelectedObservations,
  type ObservationProvenance, type PlanFrame,
} from '../warehouse/progress.queries.ts';
import type { FactRow, IndicatorRow, RegionRow } from '../warehouse/tables.ts';
import { OBSERVATIONS_FOLDER } from '../dataset/seed.schemas.ts';
import { visibleFiles } from '../warehouse/visible-data.ts';
import { factScopeOf, type GraphQLContext } from './context.ts';
import { badUserInput } from './errors.ts';
import { canonicalCode, requireKnownCodes } from './known-codes.ts';
import {
  breakdown, buildSeries, computeProgress, formatNumber,
  type BreakdownResult, type Comparator, type Observation, type ProgressResult, type ProgressStatus, type SeriesPoint, type TableValue,
} from './progress-math.ts';
import { required } from './resolve-helpers.ts';

type Ctx = GraphQLContext;

/** Years an argument may name; the same range the monitoring load accepts. */
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

type ObservationFact = Observation & { fact: FactRow };

interface ProgressRow {
  indicator: IndicatorRow;
  region: string;
  baseline: FactRow | null;
  target: FactRow | null;
  latest: FactRow | null;
  result: ProgressResult<ObservationFact>;
}

interface BreakdownRow {
  indicator: IndicatorRow;
  year: number;
  city: FactRow | null;
  factOf: Map<string, FactRow>;
  result: BreakdownResult<RegionRow>;
}

interface ProgressOptions {
  /** Null: the city and every region with observations. */
  regions: readonly string[] | null;
  provenance: ObservationProvenance | null;
  asOf: number | null;
}

interface RequestState {
  frame?: Promise<PlanFrame & { city: string }>;
  countyLevel?: Promise<RegionRow[]>;
  progress: Map<string, DataLoader<IndicatorRow, ProgressRow | null, string>>;
  series: Map<string, DataLoader<IndicatorRow, SeriesPoint<ObservationFact>[], string>>;
  breakdown: Map<string, DataLoader<IndicatorRow, BreakdownRow, string>>;
}

const requestStates = new WeakMap<Ctx, RequestState>();

function stateOf(ctx: Ctx): RequestState {
  let state = requestStates.get(ctx);
  if (!state) {
    state = { progress: new Map(), series: new Map(), breakdown: new Map() };
    requestStates.set(ctx, state);
  }
  return state;
}

function planFrame(ctx: Ctx): Promise<PlanFrame & { city: string }> {
  const state = stateOf(ctx);
  state.frame ??= findPlanFrame(ctx.warehouse.db).then((frame) => {
    if (frame.city === null) throw new Error('warehouse integrity: no city region');
    return { ...frame, city: frame.city };
  });
  return state.frame;
}

/** One DataLoader per argument set, created on first use within the request. */
function loaderFor<V>(loaders: Map<string, DataLoader<IndicatorRow, V, string>>, key: string, batch: (indicators: readonly IndicatorRow[]) => Promise<V[]>) {
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader(batch, { cacheKeyFn: (i) => i.code });
    loaders.set(key, loader);
  }
  return loader;
}

/* Arguments --------------------------------------------------------------------------------------------- */

function observationProvenance(value: string | null | undefined, argument: string): ObservationProvenance | null {
  if (value == null) return null;
  if (value === 'REPORTED' || value === 'SAMPLE') return value;
  throw badUserInput(argument, `observations are REPORTED or SAMPLE, not ${value}`);
}

function checkYear(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < FIRST_YEAR || value > LAST_YEAR) throw badUserInput(argument, `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}, not ${value}`);
  return value;
}

const optionalYear = (value: number | null | undefined, argument: string) => (value == null ? null : checkYear(value, argument));

/* Progress ---------------------------------------------------------------------------------------------- */

function tableValue(fact: FactRow | null): TableValue | null {
  if (fact === null) return null;
  return {
    value: fact.value, parts: fact.value_parts === null ? null : fact.value_parts.split(':').map(Number),
    comparator: fact.comparator as Comparator | null, text: fact.value_text, year: fact.period_end,
  };
}

const toObservation = (fact: FactRow): ObservationFact => ({ start: fact.period_start, end: fact.period_end, value: fact.value!, fact });

/** A flow's total to date as a fact of its own, so `latest` has one shape whatever the indicator. */
function derivedTotal(indicator: IndicatorRow, region: string, planStart: number, result: ProgressResult<ObservationFact>): FactRow {
  const used = result.used.map((o) => o.fact);
  const first = used[0]!;
  const period = (f: FactRow) => (f.period_start === f.period_end ? String(f.period_end) : `${f.period_start}-${f.period_end}`);
  const sample = used.some((f) => f.provenance === 'SAMPLE');
  return {
    id: `o:${first.provenance}:${indicator.code}:${region}:${planStart}-${result.latestYear}:sum`,
    ordinal: used.at(-1)!.ordinal, kind: 'OBSERVATION', subject: first.subject, indicator: indicator.code,
    value: result.latestValue, value_text: formatNumber(result.latestValue!), value_parts: null, comparator: 'EQ', comparator_text: null,
    unit: first.unit, period_start: planStart, period_end: result.latestYear!, period_type: 'CUMULATIVE', measure_kind: 'CUMULATIVE_TOTAL', region, region_text: null,
    provenance: first.provenance, chapter: null, section: null, box: null, project: null, quote: null, inferred_column: false,
    note: `Derived: the total to date, the sum of ${used.length} observation(s) (${used.map(period).join(', ')}); not a figure of its own.${sample ? ` ${SAMPLE_NOTE}` : ''}`,
    source_file: null, source_row: null, is_internal: used.some((f) => f.is_internal), restates_earlier: false, yields_in_conflict: false,
  };
}

function latestFact(indicator: IndicatorRow, region: string, planStart: number, result: ProgressResult<ObservationFact>): FactRow | null {
  if (result.latestValue === null || result.used.length === 0) return null;
  if (result.treatment !== 'CUMULATIVE') return result.used.at(-1)!.fact;
  const only = result.used.length === 1 ? result.used[0]! : null;
  // A reported total from the plan's first year is the latest value itself.
  return only !== null && only.start < only.end ? only.fact : derivedTotal(indicator, region, planStart, result);
}

/** Progress rows of several indicators: the city's and each region's, in table order, the city first. */
async function computeRows(ctx: Ctx, indicators: readonly IndicatorRow[], options: ProgressOptions): Promise<ProgressRow[]> {
  if (indicators.length === 0) return [];
  const frame = await planFrame(ctx);
  const plan = { start: frame.period_start, end: frame.period_end };
  const cutoff = Math.min(plan.end, options.asOf ?? plan.end);
  const baseYear = plan.start - 1;
  const factIds = indicators.flatMap((i) => [`${i.code}-baseline`, `${i.code}-target`]);
  const [tableFacts, observations] = await Promise.all([
    ctx.loaders.fact.loadMany(factIds),
    cutoff < baseYear ? Promise.resolve([]) : findSelectedObservations(factScopeOf(ctx), {
      indicators: indicators.map((i) => i.code),
      // A county's fair share needs the city's observations too.
      regions: options.regions === null ? null : [...new Set([...options.regions, frame.city])],
      provenance: options.provenance, fromYear: baseYear, toYear: cutoff,
    }),
  ]);
  const factById = new Map<string, FactRow>();
  for (const fact of tableFacts) if (fact !== null && !(fact instanceof Error)) factById.set(fact.id, fact);
  const grouped = new Map<string, Map<string, FactRow[]>>();
  for (const o of observations) {
    const byRegion = grouped.get(o.indicator!) ?? new Map<string, FactRow[]>();
    grouped.set(o.indicator!, byRegion);
    byRegion.set(o.region!, [...(byRegion.get(o.region!) ?? []), o]);
  }
  const regionsOf = (code: string) => options.regions ?? [frame.city, ...[...(grouped.get(code)?.keys() ?? [])].filter((r) => r !== frame.city)];
  const allRegions = [...new Set(indicators.flatMap((i) => regionsOf(i.code)))];
  // One statement for every region the rows name; Region fields are then answered from the loader's cache.
  const regionRows = await ctx.loaders.region.loadMany(allRegions);
  const ordinal = new Map(regionRows.flatMap((r) => (r === null || r instanceof Error ? [] : [[r.code, r.ordinal] as const])));

  const rows: ProgressRow[] = [];
  for (const indicator of indicators) {
    const baseline = factById.get(`${indicator.code}-baseline`) ?? null;
    const target = factById.get(`${indicator.code}-target`) ?? null;
    const byRegion = grouped.get(indicator.code);
    const cityObservations = (byRegion?.get(frame.city) ?? []).map(toObservation);
    const regions = [...regionsOf(indicator.code)].sort((a, b) => (a === frame.city ? -1 : b === frame.city ? 1 : (ordinal.get(a) ?? 0) - (ordinal.get(b) ?? 0)));
    for (const region of regions) {
      const result = computeProgress({
        plan,
        indicator: {
          direction: indicator.direction === 'DECREASE' ? 'DECREASE' : 'INCREASE',
          periodType: indicator.period_type === 'CUMULATIVE' ? 'CUMULATIVE' : 'POINT',
          additive: indicator.additive, unit: indicator.unit,
        },
        baseline: tableValue(baseline), target: tableValue(target),
        observations: region === frame.city ? cityObservations : (byRegion?.get(region) ?? []).map(toObservation),
        city: region === frame.city ? null : { observations: cityObservations },
      });
      rows.push({ indicator, region, baseline, target, latest: latestFact(indicator, region, plan.start, result), result });
    }
  }
  return rows;
}

interface ProgressFilterArgs {
  indicators?: string[] | null;
  category?: string | null;
  regions?: string[] | null;
  provenance?: string | null;
  asOf?: number | null;
  statuses?: ProgressStatus[] | null;
}


/* Series and breakdown ------------------------------------------------------------------------------------ */

async function loadSeries(ctx: Ctx, indicators: readonly IndicatorRow[], region: string, from: number, to: number, provenance: ObservationProvenance | null) {
  const frame = await planFrame(ctx);
  // A flow's running total counts from the plan's first year, even when the series starts later.
  const observations = await findSelectedObservations(factScopeOf(ctx), {
    indicators: indicators.map((i) => i.code), regions: [region], provenance, fromYear: Math.min(from, frame.period_start), toYear: to,
  });
  const baselines = region === frame.city ? await planBaselines(ctx, indicators) : new Map<string, FactRow>();
  return indicators.map((indicator) => {
    const observed = observations.filter((o) => o.indicator === indicator.code).map(toObservation);
    const baseline = baselines.get(indicator.code);
    // The plan's own base-year value starts the city's line, so a chart runs 2020→2025 without a gap;
    // a monitoring file's value for that year, where there is one, is what was measured and comes first.
    const withBaseline = baseline && !observed.some((o) => o.start === o.end && o.end === baseline.period_end) ? [toObservation(baseline), ...observed] : observed;
    return buildSeries(withBaseline, from, to, { cumulative: indicator.period_type === 'CUMULATIVE', planStart: frame.period_start });
  });
}

/**
 * The table's 2020 values that can stand as a year of a series: a number for one
 * year (not a ratio, not the five-year totals of flows, whose 2016–2020 sum is no one year's flow).
 */
async function planBaselines(ctx: Ctx, indicators: readonly IndicatorRow[]): Promise<Map<string, FactRow>> {
  const facts = await ctx.loaders.fact.loadMany(indicators.map((i) => `${i.code}-baseline`));
  const usable = facts.filter((f): f is FactRow => f !== null && !(f instanceof Error) && f.value !== null && f.period_start === f.period_end);
  return new Map(usable.map((f) => [f.indicator!, f]));
}

async function loadBreakdowns(ctx: Ctx, indicators: readonly IndicatorRow[], year: number, provenance: ObservationProvenance | null): Promise<BreakdownRow[]> {
  const frame = await planFrame(ctx);
  const state = stateOf(ctx);
  state.countyLevel ??= findCountyLevelRegions(ctx.warehouse.db, frame.city);
  const counties = await state.countyLevel;
  const observations = (await findSelectedObservations(factScopeOf(ctx), {
    indicators: indicators.map((i) => i.code), regions: [frame.city, ...counties.map((r) => r.code)], provenance, fromYear: year, toYear: year,
  })).filter((o) => o.period_start === o.period_end);
  return indicators.map((indicator) => {
    const factOf = new Map(observations.filter((o) => o.indicator === indicator.code).map((o) => [o.region!, o]));
    const city = factOf.get(frame.city) ?? null;
    const result = breakdown({
      direction: indicator.direction === 'DECREASE' ? 'DECREASE' : 'INCREASE',
      additive: indicator.additive,
      regions: counties.map((region) => ({ region, value: factOf.get(region.code)?.value ?? null, valueText: factOf.get(region.code)?.value_text ?? null })),
      city: city === null || city.value === null ? null : { value: city.value, valueText: city.value_text },
    });
    return { indicator, year, city, factOf, result };
  });
}

/* Resolver map ------------------------------------------------------------------------------------------- */

/** Whether the served version holds any monitoring file this caller may see. */
function hasMonitoringData(ctx: Ctx): boolean {
  return visibleFiles(ctx.warehouse.dataset.files, ctx.audience).some((file) => file.key.startsWith(OBSERVATIONS_FOLDER));
}

function noMonitoringDataNote(ctx: Ctx): string {
  const sample = ctx.warehouse.dataset.includesSample ? '' : '; SAMPLE (synthetic, labelled) data is not loaded either: SEEDS_SAMPLE=1 loads it';
  return `No monitoring data is loaded: this data version has no REPORTED monitoring file (seeds/observations/reported/)${sample}.`;
}

const isSampleFact = (fact: FactRow | null | undefined) => fact?.provenance === 'SAMPLE';

/** Resolvers for fields served as computed: one per named field of the row's `result`. */
function resultFields<R extends { result: object }>(fields: readonly (keyof R['result'] & string)[]): Record<string, (row: R) => unknown> {
  return Object.fromEntries(fields.map((field) => [field, (row: R) => (row.result as Record<string, unknown>)[field]]));
}

export const progressResolvers = {
  Query: {
    progress: async (_: unknown, args: { filter?: ProgressFilterArgs | null }, ctx: Ctx) => {
      const filter = args.filter ?? {};
      const provenance = observationProvenance(filter.provenance, 'filter.provenance');
      const asOf = optionalYear(filter.asOf, 'filter.asOf');
      const regions = filter.regions == null ? null : [...new Set(filter.regions.map((code) => canonicalCode('region', code)))];
      const codes = filter.indicators == null ? null : filter.indicators.map((code) => canonicalCode('indicator', code));
      await Promise.all([
        requireKnownCodes(ctx, 'region', regions ?? [], 'filter.regions'),
        requireKnownCodes(ctx, 'indicator', codes ?? [], 'filter.indicators'),
      ]);
      const indicators = await findProgressIndicators(ctx.warehouse.db, { codes, category: filter.category ?? null });
      const rows = await computeRows(ctx, indicators, { regions, provenance, asOf });
      return filter.statuses == null ? rows : rows.filter((r) => filter.statuses!.includes(r.result.status));
    },
  },
  Indicator: {
    progress: async (i: IndicatorRow, args: { region?: string | null; provenance?: string | null; asOf?: number | null }, ctx: Ctx) => {
      const provenance = observationProvenance(args.provenance, 'provenance');
      const asOf = optionalYear(args.asOf, 'asOf');
      const region = args.region == null ? (await planFrame(ctx)).city : canonicalCode('region', args.region);
      if ((await ctx.loaders.region.load(region)) === null) return null;
      const loader = loaderFor(stateOf(ctx).progress, `${region}|${provenance}|${asOf}`, async (indicators) => {
        const rows = await computeRows(ctx, indicators, { regions: [region], provenance, asOf });
        return indicators.map((ind) => rows.find((r) => r.indicator.code === ind.code) ?? null);
      });
      return loader.load(i);
    },
    series: async (i: IndicatorRow, args: { region?: string | null; from?: number | null; to?: number | null; provenance?: string | null }, ctx: Ctx) => {
      const provenance = observationProvenance(args.provenance, 'provenance');
      const fromArg = optionalYear(args.from, 'from');
      const toArg = optionalYear(args.to, 'to');
      const frame = await planFrame(ctx);
      const from = fromArg ?? frame.period_start - 1;
      const to = toArg ?? frame.period_end;
      if (from > to) throw badUserInput('from', `${from} is after to (${to})`);
      const region = args.region == null ? frame.city : canonicalCode('region', args.region);
      await requireKnownCodes(ctx, 'region', [region], 'region');
      const loader = loaderFor(stateOf(ctx).series, `${region}|${from}|${to}|${provenance}`, (indicators) => loadSeries(ctx, indicators, region, from, to, provenance));
      return loader.load(i);
    },
    breakdown: async (i: IndicatorRow, args: { year: number; provenance?: string | null }, ctx: Ctx) => {
      const year = checkYear(args.year, 'year');
      const provenance = observationProvenance(args.provenance, 'provenance');
      const loader = loaderFor(stateOf(ctx).breakdown, `${year}|${provenance}`, (indicators) => loadBreakdowns(ctx, indicators, year, provenance));
      return loader.load(i);
    },
  },
  IndicatorProgress: {
    indicator: (r: ProgressRow) => r.indicator,
    region: (r: ProgressRow, _: unknown, ctx: Ctx) => required(ctx.loaders.region.load(r.region), `region ${r.region}`),
    observations: (r: ProgressRow) => r.result.used.map((o) => o.fact),
    provenance: (r: ProgressRow) => r.result.used[0]?.fact.provenance ?? null,
    isSample: (r: ProgressRow) => r.result.used.some((o) => isSampleFact(o.fact)),
    ...resultFields<ProgressRow>(['latestValue', 'latestYear', 'treatment', 'basis', 'startValue', 'startYear', 'targetValue', 'share',
      'completionRate', 'elapsedShare', 'requiredAnnualGrowth', 'requiredAnnualAmount', 'missingYears', 'status']),
    explanation: (r: ProgressRow, _: unknown, ctx: Ctx) =>
      (r.result.status === 'NO_DATA' && !hasMonitoringData(ctx) ? `${r.result.explanation} ${noMonitoringDataNote(ctx)}` : r.result.explanation),
  },
  SeriesPoint: {
    fact: (p: SeriesPoint<ObservationFact>) => p.observation?.fact ?? null,
    isSample: (p: SeriesPoint<ObservationFact>) => isSampleFact(p.observation?.fact),
    provenance: (p: SeriesPoint<ObservationFact>) => p.observation?.fact.provenance ?? null,
    isPlanBaseline: (p: SeriesPoint<ObservationFact>) => p.observation?.fact.kind === 'BASELINE',
  },
  IndicatorBreakdown: {
    additive: (b: BreakdownRow) => b.indicator.additive,
    entries: (b: BreakdownRow) => b.result.entries.map((e) => ({ ...e, fact: b.factOf.get(e.region.code) ?? null })),
    cityValue: (b: BreakdownRow) => b.city?.value ?? null,
    cityFact: (b: BreakdownRow) => b.city,
    ...resultFields<BreakdownRow>(['countySum', 'consistent', 'difference', 'tolerance']),
    missingRegions: (b: BreakdownRow) => b.result.missing,
    isSample: (b: BreakdownRow) => [...b.factOf.values()].some(isSampleFact),
  },
};
