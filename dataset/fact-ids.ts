/**
 * Fact id conventions, in one place: the seeds' extractor writes these ids and the
 * warehouse and resolvers look facts up by them. The indicator table (专栏1) gives
 * each indicator one BASELINE fact (its 2020 column) and one TARGET fact (2025).
 */

/** The id of an indicator's table BASELINE fact: `I04-baseline`. */
export function baselineFactId(indicatorCode: string): string {
  return `${indicatorCode}-baseline`;
}

/** The id of an indicator's table TARGET fact: `I04-target`. */
export function targetFactId(indicatorCode: string): string {
  return `${indicatorCode}-target`;
}

/** The id of an indicator's table fact of that kind. */
export function tableFactId(indicatorCode: string, kind: 'BASELINE' | 'TARGET'): string {
  return kind === 'BASELINE' ? baselineFactId(indicatorCode) : targetFactId(indicatorCode);
}
