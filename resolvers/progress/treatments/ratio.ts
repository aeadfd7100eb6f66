/**
 * RATIO (row 2, 11:33:56 → 15:35:50): progress is read from the first part, the
 * senior share, by the STANDARD rule (treatments/completion.ts).
 */
import type { TableValue } from '../types.ts';

/** The number progress is measured with: a ratio's first part, else the value. */
export const tableNumber = (v: TableValue | null, ratio: boolean): number | null => (v === null ? null : ratio ? (v.parts?.[0] ?? null) : v.value);

/** Why a ratio row has no data. */
export function ratioNoDataReason(baselineNumber: number | null, targetNumber: number | null, where: string): string {
  return `progress is read from the first part of the ratio (the senior share, ${baselineNumber ?? '?'} → ${targetNumber}); no observations of it for ${where}.`;
}

/** How a ratio row's explanation starts. */
export const RATIO_LEAD = 'RATIO: read from the first part (the senior share); ';
