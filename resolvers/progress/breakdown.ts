/** The county-level divisions of one indicator in one year: ranks, shares and whether they add up to the city. */
import { cleanSum } from './arithmetic.ts';
import type { Direction } from './types.ts';

export interface BreakdownInput<R> {
  direction: Direction;
  additive: boolean;
  /** Every county-level division, with its value that year or null. */
  regions: readonly { region: R; value: number | null; valueText: string | null }[];
  city: { value: number; valueText: string } | null;
}

export interface BreakdownEntry<R> {
  region: R;
  /** 1 = best (highest, or lowest where lower is better); ties share a rank; null without a value. */
  rank: number | null;
  value: number | null;
  /** Share of the city value (additive indicators only). */
  share: number | null;
}

export interface BreakdownResult<R> {
  entries: BreakdownEntry<R>[];
  countySum: number | null;
  missing: R[];
  consistent: boolean | null;
  difference: number | null;
  tolerance: number | null;
}

/** Digits after the decimal point as written ("26.12" → 2, "7" → 0). */
export function printedDecimals(text: string): number {
  const match = /\.(\d+)/.exec(text.trim());
  return match ? match[1]!.length : 0;
}

/**
 * Ranks the county-level divisions, and for an additive indicator checks that they
 * add up to the city: consistent when |city − sum| is within the rounding of the
 * printed values (half a unit of the finest printed digit, once per value), and
 * null when a division has no value (a partial sum proves nothing).
 */
export function breakdown<R>(input: BreakdownInput<R>): BreakdownResult<R> {
  const sign = input.direction === 'INCREASE' ? -1 : 1;
  const withValue = input.regions.filter((r) => r.value !== null);
  const sorted = [...withValue].sort((a, b) => sign * (a.value! - b.value!));
  const rankOf = new Map<typeof input.regions[number], number>();
  sorted.forEach((r, k) => rankOf.set(r, k > 0 && sorted[k - 1]!.value === r.value ? rankOf.get(sorted[k - 1]!)! : k + 1));
  const cityValue = input.city?.value ?? null;
  const entries = [...sorted, ...input.regions.filter((r) => r.value === null)].map((r) => ({
    region: r.region, rank: rankOf.get(r) ?? null, value: r.value,
    share: input.additive && r.value !== null && cityValue !== null && cityValue !== 0 ? r.value / cityValue : null,
  }));
  const missing = input.regions.filter((r) => r.value === null).map((r) => r.region);
  if (!input.additive) return { entries, countySum: null, missing, consistent: null, difference: null, tolerance: null };
  const countySum = withValue.length > 0 ? cleanSum(withValue.map((r) => r.value!)) : null;
  if (input.city === null || countySum === null || missing.length > 0) return { entries, countySum, missing, consistent: null, difference: null, tolerance: null };
  const difference = Number((input.city.value - countySum).toPrecision(12));
  const texts = [input.city.valueText, ...withValue.map((r) => r.valueText ?? String(r.value))];
  // Trailing zeros are often dropped ("1" for 1.00), so the finest precision printed anywhere is taken as everyone's.
  const decimals = Math.max(...texts.map(printedDecimals));
  const tolerance = Number((texts.length * 0.5 * 10 ** -decimals).toPrecision(12));
  return { entries, countySum, missing, consistent: Math.abs(difference) <= tolerance + 1e-9, difference, tolerance };
}
