/**
 * Checks filters before they reach SQL, so a bad value is BAD_USER_INPUT naming
 * the argument, never a database error or an empty answer that looks like "no
 * data". Used by `facts` and `aggregate`.
 */
import { badUserInput } from '../core/errors.ts';
import { YEAR_RANGE } from '../dataset/seed.schemas.ts';
import type { FactFilter } from '../warehouse/fact.queries.ts';
import type { GraphQLContext } from './context.ts';
import { canonicalCode, requireKnownCodes, requireKnownUnit } from './known-codes.ts';

/** Items per list condition: enough for every region or indicator, small enough to keep IN lists cheap. */
export const MAX_FILTER_LIST = 100;
const MAX_TEXT = 100;

/** The shape checks that need no data: list sizes, years, ranges, text. */
function checkFilterShape(filter: FactFilter, argument: string): void {
  for (const field of ['ids', 'kinds', 'indicators', 'regions', 'measureKinds'] as const) {
    const list = filter[field];
    if (list != null && list.length > MAX_FILTER_LIST) throw badUserInput(`${argument}.${field}`, `${field} may hold at most ${MAX_FILTER_LIST} items, got ${list.length}`);
  }
  for (const field of ['year', 'yearFrom', 'yearTo'] as const) {
    const year = filter[field];
    if (year != null && (year < YEAR_RANGE.min || year > YEAR_RANGE.max)) throw badUserInput(`${argument}.${field}`, `${field} must be a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}, got ${year}`);
  }
  if (filter.yearFrom != null && filter.yearTo != null && filter.yearFrom > filter.yearTo) {
    throw badUserInput(`${argument}.yearFrom`, `yearFrom (${filter.yearFrom}) is after yearTo (${filter.yearTo})`);
  }
  if (filter.valueFrom != null && filter.valueTo != null && filter.valueFrom > filter.valueTo) {
    throw badUserInput(`${argument}.valueFrom`, `valueFrom (${filter.valueFrom}) is above valueTo (${filter.valueTo})`);
  }
}

/** The filter with indicator and region codes in their stored case, once every code it names is known. */
export async function checkFactFilter(ctx: GraphQLContext, filter: FactFilter | null | undefined, argument: string): Promise<FactFilter> {
  if (!filter) return {};
  checkFilterShape(filter, argument);
  const indicators = (codes: readonly string[]) => codes.map((code) => canonicalCode('indicator', code));
  const regions = (codes: readonly string[]) => codes.map((code) => canonicalCode('region', code));
  const checked: FactFilter = {
    ...filter,
    indicator: filter.indicator == null ? filter.indicator : canonicalCode('indicator', filter.indicator),
    indicators: filter.indicators == null ? filter.indicators : indicators(filter.indicators),
    region: filter.region == null ? filter.region : canonicalCode('region', filter.region),
    regions: filter.regions == null ? filter.regions : regions(filter.regions),
    text: filter.text == null ? filter.text : checkFilterText(filter.text, `${argument}.text`),
  };
  const single = <T>(value: T | null | undefined) => (value == null ? [] : [value]);
  // Each check names the filter field, so the message says which of several codes to fix.
  await Promise.all([
    requireKnownCodes(ctx, 'indicator', single(checked.indicator), `${argument}.indicator`),
    requireKnownCodes(ctx, 'indicator', checked.indicators ?? [], `${argument}.indicators`),
    requireKnownCodes(ctx, 'region', single(checked.region), `${argument}.region`),
    requireKnownCodes(ctx, 'region', checked.regions ?? [], `${argument}.regions`),
    requireKnownCodes(ctx, 'chapter', single(checked.chapter), `${argument}.chapter`),
    requireKnownCodes(ctx, 'section', single(checked.section), `${argument}.section`),
    requireKnownCodes(ctx, 'box', single(checked.box), `${argument}.box`),
    requireKnownCodes(ctx, 'project', single(checked.project), `${argument}.project`),
    checked.unit == null ? undefined : requireKnownUnit(ctx, checked.unit, `${argument}.unit`),
  ]);
  return checked;
}

/** A filter's text condition, trimmed; 1 to 100 characters. */
export function checkFilterText(text: string, argument: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TEXT) throw badUserInput(argument, `text must be 1 to ${MAX_TEXT} characters`);
  return trimmed;
}
