/**
 * Every GraphQL operation the dashboard sends, written with the `graphql()` function
 * that `npm run dashboard:codegen` generates from the schema (dashboard/src/gql/): each
 * call returns a TypedDocumentString whose result and variables types come from the
 * schema, so a renamed field fails `npm run typecheck`, not the page. Each chart's
 * operation is also what its "download CSV" link sends to /export.csv, so the file
 * holds the numbers the chart shows.
 */
import { graphql } from './gql/index.ts';

/** The banner and the navigation: data version, SAMPLE or not, the regions and chapters to pick from. */
export const NavigationQuery = graphql(`
  query DashboardNavigation {
    dataset { version includesSample }
    regions { code name nameEn level }
    chapters { number title titleEn }
  }
`);

/** The overview's cards: one city-wide progress row per table indicator. */
export const OverviewQuery = graphql(`
  query DashboardOverview {
    progress(filter: { regions: ["411700"] }) {
      indicator { code row name nameEn unit category categoryLabel attributeLabel direction }
      status
      treatment
      completionRate
      elapsedShare
      latestValue
      latestYear
      isSample
      explanation
      baseline { value valueText periodEnd }
      target { value valueText periodEnd }
      latest { origin { file row } }
    }
  }
`);

/** Where a progress row stands, as the indicator page and the region page both chart it. */
export const ProgressMeasuresFragment = graphql(`
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
`);

/** The indicator page's line chart: the city's series from the 2020 baseline, with the target and the required path. */
export const IndicatorSeriesQuery = graphql(`
  query DashboardIndicatorSeries($code: ID!) {
    indicator(code: $code) {
      code
      name
      nameEn
      unit
      direction
      periodType
      note
      baseline { value valueText periodEnd source { quote chapter { number } section { id } box { id } } }
      target { value valueText periodEnd source { quote chapter { number } section { id } box { id } } }
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
        fact { source { quote chapter { number } section { id } box { id } } origin { file row } }
      }
    }
  }
`);

/** The indicator page's bar chart: the counties ranked in one year, with each county's fair share of the target. */
export const IndicatorBreakdownQuery = graphql(`
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
          region { code name nameEn }
          value
          share
          fact { origin { file row } }
        }
        missingRegions { code name nameEn }
      }
    }
    progress(filter: { indicators: [$code] }) {
      region { code }
      basis
      share
      targetValue
    }
  }
`);

/** Where a statement stands in the plan, with its verbatim quote: what a statement card shows under the statement. */
export const StatementSourceFragment = graphql(`
  fragment DashboardStatementSource on FactSource {
    quote chapter { number title titleEn } section { id title } box { id title } project { code title }
  }
`);

/** A fact's value and period, as every statement list and table of the dashboard shows them. */
export const FactValueFragment = graphql(`
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
`);

/** A plan statement as its card shows it (pages/statements.ts), on the indicator page and the region page alike. */
export const StatementFragment = graphql(`
  fragment DashboardStatement on Fact {
    ...DashboardFactValue
    regionText
    source { ...DashboardStatementSource }
  }
`);

/** Every plan statement about an indicator, with its quote and location, and the statements it conflicts with. */
export const IndicatorStatementsQuery = graphql(`
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
              source { ...DashboardStatementSource }
            }
          }
        }
      }
    }
  }
`);

/** The region page's chart: the region's progress rows, measured against its fair share of the city targets. */
export const RegionProgressQuery = graphql(`
  query DashboardRegionProgress($code: ID!) {
    progress(filter: { regions: [$code] }) {
      indicator { code name nameEn unit }
      ...DashboardProgressMeasures
      share
      latest { origin { file row } }
    }
  }
`);

/** The region page's text: the statements that apply to it (group statements included), its projects and mentions. */
export const RegionDetailQuery = graphql(`
  query DashboardRegionDetail($code: ID!) {
    region(code: $code) {
      code
      name
      nameEn
      level
      parent { code name nameEn }
      facts(first: 500) {
        totalCount
        edges {
          node {
            ...DashboardStatement
            region { code }
          }
        }
      }
      projects { code title chapter { number } box { id title } }
      mentions { id quote note chapter { number title titleEn } section { id title } box { id } project { code title } }
    }
  }
`);

/** The chapter page: its statements (targets and achievements) as table and chart, and its projects. */
export const ChapterQuery = graphql(`
  query DashboardChapter($number: Int!) {
    chapter(number: $number) {
      number
      title
      titleEn
      facts {
        ...DashboardFactValue
        indicator { code }
        source { quote section { id title } box { id title } project { code title } }
      }
      projects { code title box { id title } }
    }
  }
`);
