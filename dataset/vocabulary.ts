/**
 * The plan data's vocabulary: the codes, ids, years and enumerations that seed files,
 * table specs (dataset/tables/) and API arguments share, each defined once.
 */
import * as z from 'zod';

/**
 * The years any seed, monitoring row or query argument may name (1949–2100): one rule
 * for the seed checks, the monitoring load and the API's year arguments.
 */
export const YEAR_RANGE = { min: 1949, max: 2100 } as const;

export const nonEmpty = z.string().min(1);
export const year = z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);

export const chapterNumber = z.number().int().min(1).max(13);
export const sectionId = z.string().regex(/^\d{1,2}\.\d{1,2}$/, 'section id is "chapter.section", e.g. "8.2"');
export const boxId = z.string().regex(/^\d{1,2}(-\d)?$/, 'box id is as printed, e.g. "1", "3-3", "12"');
export const projectCode = z.string().regex(/^\d{1,2}(-\d)?-\d{2}$/, 'project code is "box-item", e.g. "3-3-07"');
export const indicatorCode = z.string().regex(/^I\d{2}$/, 'indicator code is "I" + two digits, e.g. "I04"');
export const regionCode = z.string().regex(/^(\d{6}|ZMD-Z\d{2}|SAMPLE-\d{6})$/,
  'region code is GB/T 2260 (6 digits), a project zone code "ZMD-Znn", or "SAMPLE-nnnnnn" for a synthetic benchmark region');
export const factId = z.string().regex(/^(I\d{2}-(baseline|target)|s\d{1,2}\.\d{1,2}-\d{2}|p\d{1,2}(-\d)?-\d{2}-\d{2})$/,
  'fact id is "I04-baseline", "s1.1-05" (section fact 5) or "p3-3-07-02" (project fact 2)');

export const FACT_KINDS = ['BASELINE', 'TARGET', 'ACHIEVEMENT', 'OBSERVATION'] as const;
export const COMPARATORS = ['EQ', 'GT', 'GTE', 'LT', 'LTE', 'APPROX'] as const;
export const PROVENANCES = ['PLAN', 'REPORTED', 'SAMPLE'] as const;
/**
 * POINT: a stock, rate or ratio at the end of periodEnd.
 * CUMULATIVE: a total over the whole period (e.g. 2021–2025 new jobs).
 * ANNUAL: a value for each year of the period (e.g. "每年…1000人次").
 */
export const PERIOD_TYPES = ['POINT', 'CUMULATIVE', 'ANNUAL'] as const;
export const INDICATOR_CATEGORIES = ['TALENT', 'HUMAN_RESOURCES', 'EMPLOYMENT', 'LABOR_RELATIONS'] as const;
export const INDICATOR_ATTRIBUTES = ['EXPECTED', 'BINDING'] as const;
export const DIRECTIONS = ['INCREASE', 'DECREASE'] as const;
/** TOWNSHIP: only the synthetic SAMPLE regions of benchmark data sets (township-sized units inside the counties). */
export const REGION_LEVELS = ['CITY', 'DISTRICT', 'COUNTY', 'ZONE', 'TOWNSHIP'] as const;
export const REGION_CODE_SCHEMES = ['GB/T 2260', 'STATISTICAL', 'PROJECT', 'SAMPLE'] as const;
/** A box is the indicator table (专栏1) or a list of projects. */
export const BOX_KINDS = ['INDICATOR_TABLE', 'PROJECTS'] as const;
