/**
 * The status rules and their constants, quoted in the SDL (schema/progress.graphql):
 * pace against elapsed time, a level to hold, and a trend.
 */
import { yearly } from './arithmetic.ts';
import type { Direction, Observation, ProgressStatus } from './types.ts';

/** ON_TRACK while the completion rate is at least the elapsed share minus this. */
export const ON_TRACK_TOLERANCE = 0.05;
/** AT_RISK while the completion rate is at least the elapsed share minus this (and not ON_TRACK). */
export const AT_RISK_BAND = 0.15;
/** A level to hold (floor, or target equal to the baseline) missed by at most this fraction of the target is AT_RISK. */
export const HOLD_TOLERANCE = 0.02;

/** Status from completion against elapsed time: the rule of every treatment with a completion rate. */
export function paceStatus(completionRate: number, elapsedShare: number): 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' {
  // A hair of float noise must not flip a status exactly at a threshold.
  const lead = completionRate - elapsedShare + 1e-12;
  if (lead >= -ON_TRACK_TOLERANCE) return 'ON_TRACK';
  if (lead >= -AT_RISK_BAND) return 'AT_RISK';
  return 'OFF_TRACK';
}

/** A level to hold that is missed: AT_RISK within HOLD_TOLERANCE of the target, else OFF_TRACK. */
export function holdStatus(latest: number, target: number): 'AT_RISK' | 'OFF_TRACK' {
  const shortfall = Math.abs(latest - target) / Math.max(Math.abs(target), Number.EPSILON);
  return shortfall <= HOLD_TOLERANCE + 1e-12 ? 'AT_RISK' : 'OFF_TRACK';
}

/** 稳步提高: every year-on-year change in the better direction → ON_TRACK; better overall but not every year → AT_RISK; else OFF_TRACK. */
export function trendStatus(points: readonly Observation[], direction: Direction): { status: ProgressStatus; rises: number; changes: number } {
  const sorted = yearly(points);
  if (sorted.length < 2) return { status: 'NO_DATA', rises: 0, changes: 0 };
  const sign = direction === 'INCREASE' ? 1 : -1;
  let rises = 0;
  for (let k = 1; k < sorted.length; k += 1) if ((sorted[k]!.value - sorted[k - 1]!.value) * sign > 0) rises += 1;
  const changes = sorted.length - 1;
  const overall = (sorted.at(-1)!.value - sorted[0]!.value) * sign;
  return { status: rises === changes ? 'ON_TRACK' : overall > 0 ? 'AT_RISK' : 'OFF_TRACK', rises, changes };
}
