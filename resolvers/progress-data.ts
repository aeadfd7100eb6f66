/**
 * What progress, series and county breakdowns are computed from, fetched in a
 * constant number of statements per request: the plan's frame and table facts from
 * the plan catalog, and the observations of every indicator asking with the same
 * arguments in one query. The per-request loaders that batch these live in
 * createLoaders (loaders.ts); the rules themselves in progress/.
 */
import type { Kysely } from 'kysely';
import { baselineFactId, targetFactId } from '../dataset/fact-ids.ts';
import { SAMPLE_NOTE } from '../warehouse/fact-all.view.ts';
import {
  findCountyLevelRegions, findPlanFrame, findSelectedObservations, type ObservationProvenance, type PlanFrame,
} from '../warehouse/progress.queries.ts';
import type { FactRow, IndicatorRow, PlanTablesSchema, RegionRow } from '../warehouse/tables.ts';
import type { FactScope } from '../warehouse/visible-data.ts';
import {
  breakdown, buildSeries, computeProgress, formatNumber,
  type BreakdownResult, type Observation, type ProgressResult, type SeriesPoint, type TableValue,
} from './progress/index.ts';
import type { MaybePromise } from './resolve-helpers.ts';

export type ObservationFact = Observation & { fact: FactRow };

/** A plan frame whose city is known. */
export type CityFrame = PlanFrame & { city: string };

export interface ProgressRow {
  indicator: IndicatorRow;
  region: string;
  /** The last year observations were read up to (asOf, or the plan's last year). */
  cutoff: number;
  /** The provenance asked for; null: the default choice (REPORTED where there are any, else SAMPLE). */
  provenance: ObservationProvenance | null;
  baseline: FactRow | null;
  target: FactRow | null;
  latest: FactRow | null;
  result: ProgressResult<ObservationFact>;
}

export interface BreakdownRow {
  indicator: IndicatorRow;
  year: number;
  city: FactRow | null;
  factOf: Map<string, FactRow>;
  result: BreakdownResult<RegionRow>;
}

export interface ProgressOptions {
  /** Null: the city and every region with observations. */
  regions: readonly string[] | null;
  provenance: ObservationProvenance | null;
  asOf: number | null;
}

interface Lookup<K, R> {
  loadMany(keys: readonly K[]): MaybePromise<(R | Error)[]>;
}

/** What the computations read, all of one request: its audience's facts and its loaders' caches. */
export interface ProgressSource {
  db: Kysely<PlanTablesSchema>;
  scope: FactScope;
  fact: Lookup<string, FactRow | null>;
  region: Lookup<string, RegionRow | null>;
  /** The plan's period and the city, read once per request. */
  planFrame(): Promise<CityFrame>;
  /** The districts and counties under the city, read once per request. */
  countyLevel(): Promise<RegionRow[]>;
}

/** The request-wide memos of a ProgressSource. */
export function progressSource(db: Kysely<PlanTablesSchema>, scope: FactScope, fact: ProgressSource['fact'], region: ProgressSource['region']): ProgressSource {
  let frame: Promise<CityFrame> | undefined;
  let counties: Promise<RegionRow[]> | undefined;
  const planFrame = () => {
    frame ??= findPlanFrame(db).then((found) => {
      if (found.city === null) throw new Error('warehouse integrity: no city region');
      return { ...found, city: found.city };
    });
    return frame;
  };
  const countyLevel = () => {
    counties ??= planFrame().then((found) => findCountyLevelRegions(db, found.city));
    return counties;
  };
  return { db, scope, fact, region, planFrame, countyLevel };
}

/* Progress ---------------------------------------------------------------------------------------------- */

function tableValue(fact: FactRow | null): TableValue | null {
  if (fact === null) return null;
  return {
    value: fact.value, parts: fact.value_parts === null ? null : fact.value_parts.split(':').map(Number),
    comparator: fact.comparator, text: fact.value_text, year: fact.period_end,
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
export async function computeRows(source: ProgressSource, indicators: readonly IndicatorRow[], options: ProgressOptions): Promise<ProgressRow[]> {
  if (indicators.length === 0) return [];
  const frame = await source.planFrame();
  const plan = { start: frame.period_start, end: frame.period_end };
  const cutoff = Math.min(plan.end, options.asOf ?? plan.end);
  const baseYear = plan.start - 1;
  const factIds = indicators.flatMap((i) => [baselineFactId(i.code), targetFactId(i.code)]);
  const [tableFacts, observations] = await Promise.all([
    source.fact.loadMany(factIds),
    cutoff < baseYear ? Promise.resolve([]) : findSelectedObservations(source.scope, {
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
  const regionRows = await source.region.loadMany(allRegions);
  const ordinal = new Map(regionRows.flatMap((r) => (r === null || r instanceof Error ? [] : [[r.code, r.ordinal] as const])));

  const rows: ProgressRow[] = [];
  for (const indicator of indicators) {
    const baseline = factById.get(baselineFactId(indicator.code)) ?? null;
    const target = factById.get(targetFactId(indicator.code)) ?? null;
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
      rows.push({ indicator, region, cutoff, provenance: options.provenance, baseline, target, latest: latestFact(indicator, region, plan.start, result), result });
    }
  }
  return rows;
}

/** One row per indicator for one region (Indicator.progress, and node ids of IndicatorProgress). */
export async function regionRows(source: ProgressSource, indicators: readonly IndicatorRow[], region: string, provenance: ObservationProvenance | null, asOf: number | null): Promise<(ProgressRow | null)[]> {
  const rows = await computeRows(source, indicators, { regions: [region], provenance, asOf });
  return indicators.map((ind) => rows.find((r) => r.indicator.code === ind.code) ?? null);
}

/* Series and breakdown ------------------------------------------------------------------------------------ */

export async function loadSeries(source: ProgressSource, indicators: readonly IndicatorRow[], region: string, from: number, to: number, provenance: ObservationProvenance | null): Promise<SeriesPoint<ObservationFact>[][]> {
  const frame = await source.planFrame();
  // A flow's running total counts from the plan's first year, even when the series starts later.
  const observations = await findSelectedObservations(source.scope, {
    indicators: indicators.map((i) => i.code), regions: [region], provenance, fromYear: Math.min(from, frame.period_start), toYear: to,
  });
  const baselines = region === frame.city ? await planBaselines(source, indicators) : new Map<string, FactRow>();
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
async function planBaselines(source: ProgressSource, indicators: readonly IndicatorRow[]): Promise<Map<string, FactRow>> {
  const facts = await source.fact.loadMany(indicators.map((i) => baselineFactId(i.code)));
  const usable = facts.filter((f): f is FactRow => f !== null && !(f instanceof Error) && f.value !== null && f.period_start === f.period_end);
  return new Map(usable.map((f) => [f.indicator!, f]));
}

export async function loadBreakdowns(source: ProgressSource, indicators: readonly IndicatorRow[], year: number, provenance: ObservationProvenance | null): Promise<BreakdownRow[]> {
  const frame = await source.planFrame();
  const counties = await source.countyLevel();
  const observations = (await findSelectedObservations(source.scope, {
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
