/**
 * Resolvers for progress toward the plan's targets, yearly series and county
 * breakdowns. The rules live in the progress domain module (progress/), what they
 * are computed from in progress-data.ts, and the per-request loaders that batch
 * every indicator asking with the same arguments in createLoaders (loaders.ts).
 */
import { badUserInput } from '../core/errors.ts';
import { OBSERVATIONS_FOLDER, YEAR_RANGE } from '../dataset/seed.schemas.ts';
import { filterIndicators } from '../warehouse/indicator.queries.ts';
import type { ObservationProvenance } from '../warehouse/progress.queries.ts';
import type { FactRow } from '../warehouse/tables.ts';
import { visibleFiles } from '../warehouse/visible-data.ts';
import type { GraphQLContext } from './context.ts';
import type { Resolvers } from './generated/resolver-types.ts';
import { canonicalCode, requireKnownCodes } from './known-codes.ts';
import type { BreakdownRow, ProgressRow } from './progress-data.ts';
import { required } from './resolve-helpers.ts';

type Ctx = GraphQLContext;

/** Years an argument may name; the same range the monitoring load accepts. */
const { min: FIRST_YEAR, max: LAST_YEAR } = YEAR_RANGE;

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

/** Resolvers for fields served as computed: one per named field of the row's result, each typed as that field. */
function resultFields<P, R extends object, const F extends keyof R & string>(resultOf: (row: P) => R, fields: readonly F[]): { [K in F]: (row: P) => R[K] } {
  // Object.fromEntries cannot know the keys; the mapped type says what each one resolves to.
  return Object.fromEntries(fields.map((field) => [field, (row: P) => resultOf(row)[field]])) as { [K in F]: (row: P) => R[K] };
}

export const progressResolvers = {
  Query: {
    progress: async (_, args, ctx) => {
      const filter = args.filter ?? {};
      const provenance = observationProvenance(filter.provenance, 'filter.provenance');
      const asOf = optionalYear(filter.asOf, 'filter.asOf');
      const regions = filter.regions == null ? null : [...new Set(filter.regions.map((code) => canonicalCode('region', code)))];
      const codes = filter.indicators == null ? null : filter.indicators.map((code) => canonicalCode('indicator', code));
      await Promise.all([
        requireKnownCodes(ctx, 'region', regions ?? [], 'filter.regions'),
        requireKnownCodes(ctx, 'indicator', codes ?? [], 'filter.indicators'),
      ]);
      const indicators = await filterIndicators(ctx.warehouse.db, { codes, category: filter.category ?? null });
      const rows = await ctx.loaders.progressRows(indicators, { regions, provenance, asOf });
      return filter.statuses == null ? rows : rows.filter((r) => filter.statuses!.includes(r.result.status));
    },
  },
  Indicator: {
    progress: async (i, args, ctx) => {
      const provenance = observationProvenance(args.provenance, 'provenance');
      const asOf = optionalYear(args.asOf, 'asOf');
      const region = args.region == null ? (await ctx.loaders.planFrame()).city : canonicalCode('region', args.region);
      if ((await ctx.loaders.region.load(region)) === null) return null;
      return ctx.loaders.progressOf({ region, provenance, asOf }).load(i);
    },
    series: async (i, args, ctx) => {
      const provenance = observationProvenance(args.provenance, 'provenance');
      const fromArg = optionalYear(args.from, 'from');
      const toArg = optionalYear(args.to, 'to');
      const frame = await ctx.loaders.planFrame();
      const from = fromArg ?? frame.period_start - 1;
      const to = toArg ?? frame.period_end;
      if (from > to) throw badUserInput('from', `${from} is after to (${to})`);
      const region = args.region == null ? frame.city : canonicalCode('region', args.region);
      await requireKnownCodes(ctx, 'region', [region], 'region');
      return ctx.loaders.seriesOf({ region, from, to, provenance }).load(i);
    },
    breakdown: async (i, args, ctx) => {
      const year = checkYear(args.year, 'year');
      const provenance = observationProvenance(args.provenance, 'provenance');
      return ctx.loaders.breakdownOf({ year, provenance }).load(i);
    },
  },
  IndicatorProgress: {
    region: (r, _, ctx) => required(ctx.loaders.region.load(r.region), `region ${r.region}`),
    observations: (r) => r.result.used.map((o) => o.fact),
    // A cast until the fact table types provenance with its union (issue 14, item 1).
    provenance: (r) => r.result.used[0]?.fact.provenance ?? null,
    isSample: (r) => r.result.used.some((o) => isSampleFact(o.fact)),
    ...resultFields((r: ProgressRow) => r.result, ['latestValue', 'latestYear', 'treatment', 'basis', 'startValue', 'startYear', 'targetValue', 'share',
      'completionRate', 'elapsedShare', 'requiredAnnualGrowth', 'requiredAnnualAmount', 'missingYears', 'status']),
    explanation: (r, _, ctx) =>
      (r.result.status === 'NO_DATA' && !hasMonitoringData(ctx) ? `${r.result.explanation} ${noMonitoringDataNote(ctx)}` : r.result.explanation),
  },
  SeriesPoint: {
    fact: (p) => p.observation?.fact ?? null,
    isSample: (p) => isSampleFact(p.observation?.fact),
    // A cast until the fact table types provenance with its union (issue 14, item 1).
    provenance: (p) => p.observation?.fact.provenance ?? null,
    isPlanBaseline: (p) => p.observation?.fact.kind === 'BASELINE',
  },
  IndicatorBreakdown: {
    additive: (b) => b.indicator.additive,
    entries: (b) => b.result.entries.map((e) => ({ ...e, fact: b.factOf.get(e.region.code) ?? null })),
    cityValue: (b) => b.city?.value ?? null,
    cityFact: (b) => b.city,
    ...resultFields((b: BreakdownRow) => b.result, ['countySum', 'consistent', 'difference', 'tolerance']),
    missingRegions: (b) => b.result.missing,
    isSample: (b) => [...b.factOf.values()].some(isSampleFact),
  },
} satisfies Resolvers;
