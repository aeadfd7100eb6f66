/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 改善方向 · Which way is better. */
export type Direction =
  /** 越低越好 · Lower is better (e.g. the unemployment rate). */
  | 'DECREASE'
  /** 越高越好 · Higher is better. */
  | 'INCREASE';

/** 事实类型 · What a fact states. */
export type FactKind =
  /** 已取得成绩 · A value achieved by 2020 or during the 13th Five-Year period. */
  | 'ACHIEVEMENT'
  /** 基期值 · The indicator table's 2020 value. */
  | 'BASELINE'
  /** 监测值 · A value reported by monitoring. */
  | 'OBSERVATION'
  /** 目标值 · A value to be reached in the plan period. */
  | 'TARGET';

/** 指标类别 · The table's four groups. */
export type IndicatorCategory =
  /** 就业促进 · Employment promotion (rows 8–13). */
  | 'EMPLOYMENT'
  /** 人力资源开发 · Human-resources development (rows 4–7). */
  | 'HUMAN_RESOURCES'
  /** 劳动关系 · Labour relations (rows 14–17). */
  | 'LABOR_RELATIONS'
  /** 人才发展 · Talent development (rows 1–3). */
  | 'TALENT';

/** 时期类型 · How a value relates to its period. */
export type PeriodType =
  /** 年度值 · A value for each year of the period (e.g. 每年…). */
  | 'ANNUAL'
  /** 累计值 · A total over the whole period (e.g. new jobs 2021–2025). */
  | 'CUMULATIVE'
  /** 时点值 · A stock, rate or ratio at the end of the period's last year. */
  | 'POINT';

/**
 * 比较基准 · What a row's start and target are. Targets are city-wide: the plan sets
 * no county targets, and a county row never compares a county with the city
 * target as if it were its own.
 */
export type ProgressBasis =
  /** 全市规划 · The city's row: the table's baseline (2020) and target (2025) as printed (a flow's start is 0). */
  | 'CITY_PLAN'
  /**
   * 按份额 · A county's row for an additive indicator (the city value is the sum of the
   * counties): the county's target is its fair share of the city target — the city
   * target × the county's share of the city in its first observed year (a stock:
   * the county's value / the city's value that year; a flow: the county's annual flow
   * / the city's). A stock is measured from the county's own first value, and
   * elapsedShare runs from that year; a flow counts from 2021. If every county met
   * its fair share, the city would meet its target.
   */
  | 'FAIR_SHARE'
  /**
   * 自身起点 · The start is the region's own first observation from 2020 on; the target is
   * the city's target level. Used on the city's row when the table prints no
   * baseline, and on a county's row for a non-additive indicator (a rate, share or
   * average, where the city's level is a fair yardstick for a county).
   */
  | 'OBSERVED_START';

/**
 * 进展状态 · Where an indicator stands. The rules, applied in this order (constants
 * live in resolvers/progress/status-rules.ts):
 * NO_DATA without (enough) observations; ACHIEVED when the latest value meets the
 * target; else by treatment — a completion rate against the elapsed share
 * (STANDARD, RATIO, CUMULATIVE, NO_BASELINE), a level to hold (FLOOR, HOLD), a bound
 * (BOUND) or a trend (QUALITATIVE).
 */
export type ProgressStatus =
  /**
   * 已实现 · The latest value meets the target, respecting the comparator (< 5.5 is
   * met only strictly below 5.5; ≥, >, ≤ likewise) and otherwise the direction (at
   * or above for INCREASE, at or below for DECREASE); for a flow, the total to date
   * meets the five-year total. The completion rate may then exceed 1 (a target
   * passed early). A QUALITATIVE target is never ACHIEVED: it has no end point.
   */
  | 'ACHIEVED'
  /**
   * 存在风险 · Behind, within a band: elapsedShare − 0.15 ≤ completionRate <
   * elapsedShare − 0.05. For a level to hold (FLOOR, HOLD): missed by at most 2% of
   * the target. For a BOUND: missed, but the last year-on-year change moved toward
   * it. For QUALITATIVE: better over the whole span, but not in every year.
   */
  | 'AT_RISK'
  /**
   * 无数据 · No observation in the window (the base year, 2020, to the cut-off), or
   * too few to judge: a QUALITATIVE trend needs two years; a start taken from the
   * region's own first observation needs a later one; a county's fair share needs
   * the city's value in the reference year. The ratio I02 has NO_DATA until its
   * senior share is observed.
   */
  | 'NO_DATA'
  /**
   * 偏离目标 · Not achieved and not within the AT_RISK band: completionRate <
   * elapsedShare − 0.15; a level missed by more than 2%; a bound missed without
   * moving toward it; a qualitative trend no better than where it started.
   */
  | 'OFF_TRACK'
  /**
   * 进度正常 · Not yet achieved, and completionRate ≥ elapsedShare − 0.05 (time and
   * progress in step, within a tolerance of 5 percentage points); for QUALITATIVE,
   * every year-on-year change of the observations went the better way (稳步提高).
   */
  | 'ON_TRACK';

/** 进展计算规则 · Which rule the row was computed by (follows from the table row; a county's own numbers may turn STANDARD into FLOOR or HOLD). */
export type ProgressTreatment =
  /**
   * 界限 · A bound without a baseline (row 11, `<5.5`): ACHIEVED when the latest value
   * satisfies it; AT_RISK when not, but the last change moved toward it; OFF_TRACK
   * otherwise. No completion rate (there is no start to measure from). A bound with a
   * baseline is STANDARD, with the comparator applied when checking ACHIEVED.
   */
  | 'BOUND'
  /**
   * 累计 · A five-year flow (rows 8–10): the latest value is the total over 2021 to
   * the latest year (annual flows summed, or a reported total from 2021 plus the
   * flows after it); completionRate = total to date / the 2021–2025 target. The
   * table's baseline is the 2016–2020 total, a different period, shown for
   * reference only and not subtracted. requiredAnnualGrowth is null;
   * requiredAnnualAmount gives the average flow still needed per year.
   */
  | 'CUMULATIVE'
  /**
   * 底线 · The target lies on the worse side of the start (rows 14–17 print targets
   * below their 2020 values): a level to hold, not a rise — ACHIEVED at or above it
   * (at or below where lower is better), AT_RISK when missed by at most 2%, OFF_TRACK
   * otherwise. completionRate is null (the formula would turn holding into a negative
   * number).
   */
  | 'FLOOR'
  /** 持平 · The target equals the start: (target − start) is 0, so completionRate is null; status as for FLOOR (whether the latest value holds the level). */
  | 'HOLD'
  /**
   * 无基期值 · A numeric target without a baseline (rows 5 and 13): the first
   * observation from 2020 on stands in as the start (basis OBSERVED_START) and the
   * STANDARD rule applies from its year; a single observation is NO_DATA unless it
   * already meets the target.
   */
  | 'NO_BASELINE'
  /**
   * 定性 · A target without a number (row 12, 稳步提高 "rise steadily"): status from the
   * trend of the observations (see ProgressStatus); completionRate and
   * requiredAnnualGrowth are null.
   */
  | 'QUALITATIVE'
  /**
   * 比例 · A ratio (row 2, 11:33:56 → 15:35:50): progress is read from the first part,
   * the senior share (11 → 15), by the STANDARD rule; NO_DATA without observations of
   * that share (the monitoring load refuses ratio rows today, so it is NO_DATA).
   */
  | 'RATIO'
  /** 常规 · A numeric baseline and a target on its better side: completionRate = (latest − start) / (target − start). */
  | 'STANDARD';

/** 数据来源类型 · Where a fact comes from. */
export type Provenance =
  /** 规划文本 · Stated in the plan; carries a verbatim quote. */
  | 'PLAN'
  /** 监测报送 · Reported by monitoring. */
  | 'REPORTED'
  /** 合成样例 · Synthetic sample data for demos and tests. Not real data. */
  | 'SAMPLE';

/** 行政层级 · Administrative level of a region. */
export type RegionLevel =
  /** 市 · The prefecture-level city. */
  | 'CITY'
  /** 县 · A county. */
  | 'COUNTY'
  /** 市辖区 · An urban district. */
  | 'DISTRICT'
  /** 乡镇 · A township-sized unit inside a county; only synthetic SAMPLE regions of benchmark data sets have this level. */
  | 'TOWNSHIP'
  /** 功能区 · A functional zone (development zone, demonstration zone). */
  | 'ZONE';

export type DashboardNavigationQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardNavigationQuery = { dataset: { version: string, includesSample: boolean }, regions: Array<{ code: string, name: string, nameEn: string, level: RegionLevel }>, chapters: Array<{ number: number, title: string, titleEn: string }> };

export type DashboardOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOverviewQuery = { progress: Array<{ status: ProgressStatus, treatment: ProgressTreatment, completionRate: number | null, elapsedShare: number | null, latestValue: number | null, latestYear: number | null, isSample: boolean, explanation: string, indicator: { code: string, row: number, name: string, nameEn: string, unit: string | null, category: IndicatorCategory, categoryLabel: string, attributeLabel: string, direction: Direction }, baseline: { value: number | null, valueText: string, periodEnd: number } | null, target: { value: number | null, valueText: string, periodEnd: number } | null, latest: { origin: { file: string, row: number } | null } | null }> };

export type DashboardProgressMeasuresFragment = { status: ProgressStatus, treatment: ProgressTreatment, basis: ProgressBasis, startValue: number | null, startYear: number | null, targetValue: number | null, latestValue: number | null, latestYear: number | null, completionRate: number | null, elapsedShare: number | null, isSample: boolean };

export type DashboardIndicatorSeriesQueryVariables = Exact<{
  code: string | number;
}>;


export type DashboardIndicatorSeriesQuery = { indicator: { code: string, name: string, nameEn: string, unit: string | null, direction: Direction, periodType: PeriodType, note: string | null, baseline: { value: number | null, valueText: string, periodEnd: number, source: { quote: string, chapter: { number: number } | null, section: { id: string } | null, box: { id: string } | null } | null } | null, target: { value: number | null, valueText: string, periodEnd: number, source: { quote: string, chapter: { number: number } | null, section: { id: string } | null, box: { id: string } | null } | null } | null, progress: { requiredAnnualGrowth: number | null, requiredAnnualAmount: number | null, explanation: string, status: ProgressStatus, treatment: ProgressTreatment, basis: ProgressBasis, startValue: number | null, startYear: number | null, targetValue: number | null, latestValue: number | null, latestYear: number | null, completionRate: number | null, elapsedShare: number | null, isSample: boolean } | null, series: Array<{ year: number, value: number | null, runningTotal: number | null, isPlanBaseline: boolean, isSample: boolean, provenance: Provenance | null, fact: { source: { quote: string, chapter: { number: number } | null, section: { id: string } | null, box: { id: string } | null } | null, origin: { file: string, row: number } | null } | null }> } | null };

export type DashboardIndicatorBreakdownQueryVariables = Exact<{
  code: string | number;
  year: number;
}>;


export type DashboardIndicatorBreakdownQuery = { indicator: { code: string, unit: string | null, breakdown: { year: number, additive: boolean, cityValue: number | null, countySum: number | null, consistent: boolean | null, difference: number | null, tolerance: number | null, isSample: boolean, entries: Array<{ rank: number | null, value: number | null, share: number | null, region: { code: string, name: string, nameEn: string }, fact: { origin: { file: string, row: number } | null } | null }>, missingRegions: Array<{ code: string, name: string, nameEn: string }> } } | null, progress: Array<{ basis: ProgressBasis, share: number | null, targetValue: number | null, region: { code: string } }> };

export type DashboardStatementSourceFragment = { quote: string, chapter: { number: number, title: string, titleEn: string } | null, section: { id: string, title: string } | null, box: { id: string, title: string } | null, project: { code: string, title: string } | null };

export type DashboardFactValueFragment = { id: string, kind: FactKind, subject: string, value: number | null, valueText: string, unit: string | null, periodStart: number, periodEnd: number };

export type DashboardStatementFragment = { regionText: string | null, id: string, kind: FactKind, subject: string, value: number | null, valueText: string, unit: string | null, periodStart: number, periodEnd: number, source: { quote: string, chapter: { number: number, title: string, titleEn: string } | null, section: { id: string, title: string } | null, box: { id: string, title: string } | null, project: { code: string, title: string } | null } | null };

export type DashboardIndicatorStatementsQueryVariables = Exact<{
  code: string | number;
}>;


export type DashboardIndicatorStatementsQuery = { indicator: { code: string, facts: { totalCount: number, edges: Array<{ node: { regionText: string | null, id: string, kind: FactKind, subject: string, value: number | null, valueText: string, unit: string | null, periodStart: number, periodEnd: number, conflictsWith: Array<{ id: string, kind: FactKind, subject: string, valueText: string, unit: string | null, periodStart: number, periodEnd: number, source: { quote: string, chapter: { number: number, title: string, titleEn: string } | null, section: { id: string, title: string } | null, box: { id: string, title: string } | null, project: { code: string, title: string } | null } | null }>, source: { quote: string, chapter: { number: number, title: string, titleEn: string } | null, section: { id: string, title: string } | null, box: { id: string, title: string } | null, project: { code: string, title: string } | null } | null } }> } } | null };

export type DashboardRegionProgressQueryVariables = Exact<{
  code: string | number;
}>;


export type DashboardRegionProgressQuery = { progress: Array<{ share: number | null, status: ProgressStatus, treatment: ProgressTreatment, basis: ProgressBasis, startValue: number | null, startYear: number | null, targetValue: number | null, latestValue: number | null, latestYear: number | null, completionRate: number | null, elapsedShare: number | null, isSample: boolean, indicator: { code: string, name: string, nameEn: string, unit: string | null }, latest: { origin: { file: string, row: number } | null } | null }> };

export type DashboardRegionDetailQueryVariables = Exact<{
  code: string | number;
}>;


export type DashboardRegionDetailQuery = { region: { code: string, name: string, nameEn: string, level: RegionLevel, parent: { code: string, name: string, nameEn: string } | null, facts: { totalCount: number, edges: Array<{ node: { regionText: string | null, id: string, kind: FactKind, subject: string, value: number | null, valueText: string, unit: string | null, periodStart: number, periodEnd: number, region: { code: string } | null, source: { quote: string, chapter: { number: number, title: string, titleEn: string } | null, section: { id: string, title: string } | null, box: { id: string, title: string } | null, project: { code: string, title: string } | null } | null } }> }, projects: Array<{ code: string, title: string, chapter: { number: number }, box: { id: string, title: string } }>, mentions: Array<{ id: string, quote: string, note: string | null, chapter: { number: number, title: string, titleEn: string } | null, section: { id: string, title: string } | null, box: { id: string } | null, project: { code: string, title: string } | null }> } | null };

export type DashboardChapterQueryVariables = Exact<{
  number: number;
}>;


export type DashboardChapterQuery = { chapter: { number: number, title: string, titleEn: string, facts: Array<{ id: string, kind: FactKind, subject: string, value: number | null, valueText: string, unit: string | null, periodStart: number, periodEnd: number, indicator: { code: string } | null, source: { quote: string, section: { id: string, title: string } | null, box: { id: string, title: string } | null, project: { code: string, title: string } | null } | null }>, projects: Array<{ code: string, title: string, box: { id: string, title: string } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DashboardProgressMeasuresFragmentDoc = new TypedDocumentString(`
    fragment DashboardProgressMeasures on IndicatorProgress {
  status
  treatment
  basis
  startValue
  startYear
  targetValue
  latestValue
  latestYear
  completionRate
  elapsedShare
  isSample
}
    `, {"fragmentName":"DashboardProgressMeasures"}) as unknown as TypedDocumentString<DashboardProgressMeasuresFragment, unknown>;
export const DashboardFactValueFragmentDoc = new TypedDocumentString(`
    fragment DashboardFactValue on Fact {
  id
  kind
  subject
  value
  valueText
  unit
  periodStart
  periodEnd
}
    `, {"fragmentName":"DashboardFactValue"}) as unknown as TypedDocumentString<DashboardFactValueFragment, unknown>;
export const DashboardStatementSourceFragmentDoc = new TypedDocumentString(`
    fragment DashboardStatementSource on FactSource {
  quote
  chapter {
    number
    title
    titleEn
  }
  section {
    id
    title
  }
  box {
    id
    title
  }
  project {
    code
    title
  }
}
    `, {"fragmentName":"DashboardStatementSource"}) as unknown as TypedDocumentString<DashboardStatementSourceFragment, unknown>;
export const DashboardStatementFragmentDoc = new TypedDocumentString(`
    fragment DashboardStatement on Fact {
  ...DashboardFactValue
  regionText
  source {
    ...DashboardStatementSource
  }
}
    fragment DashboardStatementSource on FactSource {
  quote
  chapter {
    number
    title
    titleEn
  }
  section {
    id
    title
  }
  box {
    id
    title
  }
  project {
    code
    title
  }
}
fragment DashboardFactValue on Fact {
  id
  kind
  subject
  value
  valueText
  unit
  periodStart
  periodEnd
}`, {"fragmentName":"DashboardStatement"}) as unknown as TypedDocumentString<DashboardStatementFragment, unknown>;
export const DashboardNavigationDocument = new TypedDocumentString(`
    query DashboardNavigation {
  dataset {
    version
    includesSample
  }
  regions {
    code
    name
    nameEn
    level
  }
  chapters {
    number
    title
    titleEn
  }
}
    `) as unknown as TypedDocumentString<DashboardNavigationQuery, DashboardNavigationQueryVariables>;
export const DashboardOverviewDocument = new TypedDocumentString(`
    query DashboardOverview {
  progress(filter: {regions: ["411700"]}) {
    indicator {
      code
      row
      name
      nameEn
      unit
      category
      categoryLabel
      attributeLabel
      direction
    }
    status
    treatment
    completionRate
    elapsedShare
    latestValue
    latestYear
    isSample
    explanation
    baseline {
      value
      valueText
      periodEnd
    }
    target {
      value
      valueText
      periodEnd
    }
    latest {
      origin {
        file
        row
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const DashboardIndicatorSeriesDocument = new TypedDocumentString(`
    query DashboardIndicatorSeries($code: ID!) {
  indicator(code: $code) {
    code
    name
    nameEn
    unit
    direction
    periodType
    note
    baseline {
      value
      valueText
      periodEnd
      source {
        quote
        chapter {
          number
        }
        section {
          id
        }
        box {
          id
        }
      }
    }
    target {
      value
      valueText
      periodEnd
      source {
        quote
        chapter {
          number
        }
        section {
          id
        }
        box {
          id
        }
      }
    }
    progress {
      ...DashboardProgressMeasures
      requiredAnnualGrowth
      requiredAnnualAmount
      explanation
    }
    series {
      year
      value
      runningTotal
      isPlanBaseline
      isSample
      provenance
      fact {
        source {
          quote
          chapter {
            number
          }
          section {
            id
          }
          box {
            id
          }
        }
        origin {
          file
          row
        }
      }
    }
  }
}
    fragment DashboardProgressMeasures on IndicatorProgress {
  status
  treatment
  basis
  startValue
  startYear
  targetValue
  latestValue
  latestYear
  completionRate
  elapsedShare
  isSample
}`) as unknown as TypedDocumentString<DashboardIndicatorSeriesQuery, DashboardIndicatorSeriesQueryVariables>;
export const DashboardIndicatorBreakdownDocument = new TypedDocumentString(`
    query DashboardIndicatorBreakdown($code: ID!, $year: Int!) {
  indicator(code: $code) {
    code
    unit
    breakdown(year: $year) {
      year
      additive
      cityValue
      countySum
      consistent
      difference
      tolerance
      isSample
      entries {
        rank
        region {
          code
          name
          nameEn
        }
        value
        share
        fact {
          origin {
            file
            row
          }
        }
      }
      missingRegions {
        code
        name
        nameEn
      }
    }
  }
  progress(filter: {indicators: [$code]}) {
    region {
      code
    }
    basis
    share
    targetValue
  }
}
    `) as unknown as TypedDocumentString<DashboardIndicatorBreakdownQuery, DashboardIndicatorBreakdownQueryVariables>;
export const DashboardIndicatorStatementsDocument = new TypedDocumentString(`
    query DashboardIndicatorStatements($code: ID!) {
  indicator(code: $code) {
    code
    facts(first: 500) {
      totalCount
      edges {
        node {
          ...DashboardStatement
          conflictsWith {
            id
            kind
            subject
            valueText
            unit
            periodStart
            periodEnd
            source {
              ...DashboardStatementSource
            }
          }
        }
      }
    }
  }
}
    fragment DashboardStatementSource on FactSource {
  quote
  chapter {
    number
    title
    titleEn
  }
  section {
    id
    title
  }
  box {
    id
    title
  }
  project {
    code
    title
  }
}
fragment DashboardFactValue on Fact {
  id
  kind
  subject
  value
  valueText
  unit
  periodStart
  periodEnd
}
fragment DashboardStatement on Fact {
  ...DashboardFactValue
  regionText
  source {
    ...DashboardStatementSource
  }
}`) as unknown as TypedDocumentString<DashboardIndicatorStatementsQuery, DashboardIndicatorStatementsQueryVariables>;
export const DashboardRegionProgressDocument = new TypedDocumentString(`
    query DashboardRegionProgress($code: ID!) {
  progress(filter: {regions: [$code]}) {
    indicator {
      code
      name
      nameEn
      unit
    }
    ...DashboardProgressMeasures
    share
    latest {
      origin {
        file
        row
      }
    }
  }
}
    fragment DashboardProgressMeasures on IndicatorProgress {
  status
  treatment
  basis
  startValue
  startYear
  targetValue
  latestValue
  latestYear
  completionRate
  elapsedShare
  isSample
}`) as unknown as TypedDocumentString<DashboardRegionProgressQuery, DashboardRegionProgressQueryVariables>;
export const DashboardRegionDetailDocument = new TypedDocumentString(`
    query DashboardRegionDetail($code: ID!) {
  region(code: $code) {
    code
    name
    nameEn
    level
    parent {
      code
      name
      nameEn
    }
    facts(first: 500) {
      totalCount
      edges {
        node {
          ...DashboardStatement
          region {
            code
          }
        }
      }
    }
    projects {
      code
      title
      chapter {
        number
      }
      box {
        id
        title
      }
    }
    mentions {
      id
      quote
      note
      chapter {
        number
        title
        titleEn
      }
      section {
        id
        title
      }
      box {
        id
      }
      project {
        code
        title
      }
    }
  }
}
    fragment DashboardStatementSource on FactSource {
  quote
  chapter {
    number
    title
    titleEn
  }
  section {
    id
    title
  }
  box {
    id
    title
  }
  project {
    code
    title
  }
}
fragment DashboardFactValue on Fact {
  id
  kind
  subject
  value
  valueText
  unit
  periodStart
  periodEnd
}
fragment DashboardStatement on Fact {
  ...DashboardFactValue
  regionText
  source {
    ...DashboardStatementSource
  }
}`) as unknown as TypedDocumentString<DashboardRegionDetailQuery, DashboardRegionDetailQueryVariables>;
export const DashboardChapterDocument = new TypedDocumentString(`
    query DashboardChapter($number: Int!) {
  chapter(number: $number) {
    number
    title
    titleEn
    facts {
      ...DashboardFactValue
      indicator {
        code
      }
      source {
        quote
        section {
          id
          title
        }
        box {
          id
          title
        }
        project {
          code
          title
        }
      }
    }
    projects {
      code
      title
      box {
        id
        title
      }
    }
  }
}
    fragment DashboardFactValue on Fact {
  id
  kind
  subject
  value
  valueText
  unit
  periodStart
  periodEnd
}`) as unknown as TypedDocumentString<DashboardChapterQuery, DashboardChapterQueryVariables>;