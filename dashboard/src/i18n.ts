/**
 * Chinese first, English on request: the choice is kept in localStorage and `?lang=en`
 * opens the page in English. Names come from the API in both languages (name/nameEn,
 * title/titleEn); the plan's quotes stay verbatim, in Chinese.
 */
import type { FactKind, IndicatorCategory, ProgressBasis, ProgressStatus, ProgressTreatment } from './gql/graphql.ts';

export type Language = 'zh' | 'en';

const STORAGE_KEY = 'zmd-dashboard-language';

function initialLanguage(): Language {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'zh') return asked;
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

let language: Language = initialLanguage();

export function currentLanguage(): Language {
  return language;
}

export function setLanguage(next: Language): void {
  language = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private windows may refuse storage; the choice then lasts for the page.
  }
}

/** One UI text in both languages. */
export function t(zh: string, en: string): string {
  return language === 'zh' ? zh : en;
}

/** A name the API gives in both languages. */
export function named(item: { name: string; nameEn: string }): string {
  return language === 'zh' ? item.name : item.nameEn;
}

export function titled(item: { title: string; titleEn: string }): string {
  return language === 'zh' ? item.title : item.titleEn;
}

const STATUS: Record<ProgressStatus, [string, string]> = {
  ACHIEVED: ['已实现', 'Achieved'],
  ON_TRACK: ['进度正常', 'On track'],
  AT_RISK: ['存在风险', 'At risk'],
  OFF_TRACK: ['偏离目标', 'Off track'],
  NO_DATA: ['无数据', 'No data'],
};

const TREATMENT: Record<ProgressTreatment, [string, string]> = {
  STANDARD: ['常规：按完成率衡量', 'Standard: measured by completion rate'],
  CUMULATIVE: ['累计：2021年以来的累计量对照五年目标', 'Cumulative: total since 2021 against the five-year target'],
  BOUND: ['界限：低于上限即为达标', 'Bound: met when below the limit'],
  RATIO: ['比例：按高级人才占比衡量', 'Ratio: read from the senior share'],
  QUALITATIVE: ['定性：看逐年趋势', 'Qualitative: the yearly trend decides'],
  FLOOR: ['底线：守住规定水平', 'Floor: a level to hold'],
  HOLD: ['持平：保持基期水平', 'Hold: keep the base level'],
  NO_BASELINE: ['无基期值：以首个监测值为起点', 'No baseline: the first observation is the start'],
};

const BASIS: Record<ProgressBasis, [string, string]> = {
  CITY_PLAN: ['全市规划', 'City plan'],
  OBSERVED_START: ['自身起点', 'Own start'],
  FAIR_SHARE: ['按份额', 'Fair share'],
};

const CATEGORY: Record<IndicatorCategory, [string, string]> = {
  TALENT: ['人才发展', 'Talent development'],
  HUMAN_RESOURCES: ['人力资源开发', 'Human-resources development'],
  EMPLOYMENT: ['就业促进', 'Employment promotion'],
  LABOR_RELATIONS: ['劳动关系', 'Labour relations'],
};

const KIND: Record<FactKind, [string, string]> = {
  BASELINE: ['基期值', 'Baseline'],
  TARGET: ['目标值', 'Target'],
  ACHIEVEMENT: ['已取得成绩', 'Achievement'],
  OBSERVATION: ['监测值', 'Observation'],
};

const LEVEL: Record<string, [string, string]> = {
  CITY: ['市', 'City'], DISTRICT: ['市辖区', 'District'], COUNTY: ['县', 'County'], ZONE: ['功能区', 'Functional zone'], TOWNSHIP: ['乡镇', 'Township'],
};

const pick = ([zh, en]: [string, string]) => t(zh, en);
export const statusLabel = (status: ProgressStatus) => pick(STATUS[status]);
export const treatmentLabel = (treatment: ProgressTreatment) => pick(TREATMENT[treatment]);
export const basisLabel = (basis: ProgressBasis) => pick(BASIS[basis]);
export const categoryLabel = (category: IndicatorCategory) => pick(CATEGORY[category]);
export const levelLabel = (level: string) => (LEVEL[level] ? pick(LEVEL[level]) : level);
export const kindLabel = (kind: FactKind) => pick(KIND[kind]);
export const CATEGORIES = Object.keys(CATEGORY) as IndicatorCategory[];

/** A number as the plan prints it: at most four decimals, no trailing zeros, digits grouped. */
export function formatNumber(value: number | null | undefined, unit?: string | null): string {
  if (value === null || value === undefined) return '—';
  const text = value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 4 });
  return unit ? `${text} ${unit}` : text;
}

export function formatPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  return `${(rate * 100).toLocaleString('en', { maximumFractionDigits: 1 })}%`;
}

export interface SourceLocation {
  chapter?: { number: number } | null;
  section?: { id: string } | null;
  box?: { id: string } | null;
  project?: { code: string } | null;
}

/** Where in the plan a statement is: 第3章 · 第3.2节 · 专栏3-3 · 项目3-3-07. */
export function locationText(source: SourceLocation): string {
  const parts: string[] = [];
  if (source.chapter) parts.push(t(`第${source.chapter.number}章`, `Chapter ${source.chapter.number}`));
  if (source.section) parts.push(t(`第${source.section.id}节`, `Section ${source.section.id}`));
  if (source.box) parts.push(t(`专栏${source.box.id}`, `Box ${source.box.id}`));
  if (source.project) parts.push(t(`项目${source.project.code}`, `Item ${source.project.code}`));
  return parts.length ? parts.join(' · ') : t('通知正文', 'The notice');
}

export function periodText(start: number, end: number): string {
  return start === end ? String(end) : `${start}–${end}`;
}
