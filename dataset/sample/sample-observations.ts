/**
 * A deterministic generator of SAMPLE monitoring data: per county-level division
 * and year 2021–2025, for the table indicators that add up across counties. City
 * values follow each indicator's path from its 2020 baseline to its 2025 target
 * at a pace drawn per indicator (so some indicators lead and some lag), county
 * values split the city value by stable weights, and the city row is the exact sum
 * of its counties. Synthetic, and labelled SAMPLE wherever it is served.
 */
import type { FactSeed, IndicatorSeed, RegionSeed } from '../seed.schemas.ts';
import type { SeedContents } from '../seed-files.ts';

export const SAMPLE_KEY = 'observations/sample/county-indicators.csv';
export const SAMPLE_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
/** The signing date of the plan: any fixed seed would do; this one is easy to recognise. */
const SEED = 20220428;

/** mulberry32: a tiny, well-known 32-bit PRNG; the same seed gives the same numbers everywhere. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export interface SampleRow {
  indicator: string;
  region: string;
  year: number;
  value: number;
  unit: string;
}

function baselineAndTarget(facts: readonly FactSeed[], indicator: IndicatorSeed): { baseline: number; target: number } | undefined {
  const baseline = facts.find((f) => f.indicator === indicator.code && f.kind === 'BASELINE')?.value;
  const target = facts.find((f) => f.indicator === indicator.code && f.kind === 'TARGET')?.value;
  return baseline == null || target == null ? undefined : { baseline, target };
}

/** The county-level divisions that partition the city (the zones lie inside them, so they are left out). */
export function countyLevelDivisions(regions: readonly RegionSeed[]): RegionSeed[] {
  return regions.filter((r) => r.level === 'DISTRICT' || r.level === 'COUNTY');
}

/** City values per year: stock indicators move from baseline to target; cumulative ones are yearly flows toward the five-year total. */
function cityPath(indicator: IndicatorSeed, baseline: number, target: number, pace: number, random: () => number): number[] {
  return SAMPLE_YEARS.map((_year, index) => {
    const wobble = 1 + (random() - 0.5) * 0.04;
    if (indicator.periodType === 'CUMULATIVE') return (target / SAMPLE_YEARS.length) * pace * wobble;
    const share = (index + 1) / SAMPLE_YEARS.length;
    return baseline + (target - baseline) * share * pace * wobble;
  });
}

export function generateSampleRows(contents: Pick<SeedContents, 'indicators' | 'regions' | 'facts'>): SampleRow[] {
  const random = createRandom(SEED);
  const regions = countyLevelDivisions(contents.regions);
  const city = contents.regions.find((r) => r.level === 'CITY')!;
  const rows: SampleRow[] = [];
  for (const indicator of contents.indicators.filter((i) => i.additive)) {
    const bounds = baselineAndTarget(contents.facts, indicator);
    const unit = indicator.unit;
    if (!bounds || !unit) continue;
    // 0.8–1.15: from clearly behind the plan to a little ahead of it.
    const pace = 0.8 + random() * 0.35;
    const weights = regions.map(() => 0.6 + random());
    const path = cityPath(indicator, bounds.baseline, bounds.target, pace, random);
    SAMPLE_YEARS.forEach((year, index) => {
      const drifted = weights.map((w) => w * (1 + (random() - 0.5) * 0.06));
      const total = drifted.reduce((a, b) => a + b, 0);
      const countyValues = drifted.map((w) => round2((path[index]! * w) / total));
      regions.forEach((region, r) => rows.push({ indicator: indicator.code, region: region.code, year, value: countyValues[r]!, unit }));
      rows.push({ indicator: indicator.code, region: city.code, year, value: round2(countyValues.reduce((a, b) => a + b, 0)), unit });
    });
  }
  return rows.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.region.localeCompare(b.region) || a.year - b.year);
}

/** The CSV the loader reads: indicator,region,period,value,unit. */
export function renderSampleCsv(rows: readonly SampleRow[]): string {
  return ['indicator,region,period,value,unit', ...rows.map((r) => `${r.indicator},${r.region},${r.year},${r.value},${r.unit}`)].join('\n') + '\n';
}
