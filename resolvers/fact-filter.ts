/**
 * Checks filters before they reach SQL, so a bad value is BAD_USER_INPUT
 * naming the argument, never a database error. Used by `facts` and `aggregate`.
 */
import type { FactFilter } from '../warehouse/fact.queries.ts';
import { badUserInput } from './errors.ts';

/** Items per list condition: enough for every region or indicator, small enough to keep IN lists cheap. */
export const MAX_FILTER_LIST = 100;
const MAX_TEXT = 100;
const YEARS = { min: 1949, max: 2100 };

export function checkFactFilter(filter: FactFilter | null | undefined, argument: string): FactFilter {
  if (!filter) return {};
  for (const field of ['kinds', 'indicators', 'regions'] as const) {
    const list = filter[field];
    if (list != null && list.length > MAX_FILTER_LIST) throw badUserInput(argument, `${field} may hold at most ${MAX_FILTER_LIST} items, got ${list.length}`);
  }
  for (const field of ['year', 'yearFrom', 'yearTo'] as const) {
    const year = filter[field];
    if (year != null && (year < YEARS.min || year > YEARS.max)) throw badUserInput(argument, `${field} must be a year from ${YEARS.min} to ${YEARS.max}, got ${year}`);
  }
  if (filter.yearFrom != null && filter.yearTo != null && filter.yearFrom > filter.yearTo) {
    throw badUserInput(argument, `yearFrom (${filter.yearFrom}) is after yearTo (${filter.yearTo})`);
  }
  return filter.text == null ? filter : { ...filter, text: checkFilterText(filter.text, argument) };
}

/** A filter's text condition, trimmed; 1 to 100 characters. */
export function checkFilterText(text: string, argument: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TEXT) throw badUserInput(argument, `text must be 1 to ${MAX_TEXT} characters`);
  return trimmed;
}
