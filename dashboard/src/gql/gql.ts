/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardNavigation {\n    dataset { version includesSample }\n    regions { code name nameEn level }\n    chapters { number title titleEn }\n  }\n": typeof types.DashboardNavigationDocument,
    "\n  query DashboardOverview {\n    progress(filter: { regions: [\"411700\"] }) {\n      indicator { code row name nameEn unit category categoryLabel attributeLabel direction }\n      status\n      treatment\n      completionRate\n      elapsedShare\n      latestValue\n      latestYear\n      isSample\n      explanation\n      baseline { value valueText periodEnd }\n      target { value valueText periodEnd }\n      latest { origin { file row } }\n    }\n  }\n": typeof types.DashboardOverviewDocument,
    "\n  fragment DashboardProgressMeasures on IndicatorProgress {\n    status\n    treatment\n    basis\n    startValue\n    startYear\n    targetValue\n    latestValue\n    latestYear\n    completionRate\n    elapsedShare\n    isSample\n  }\n": typeof types.DashboardProgressMeasuresFragmentDoc,
    "\n  query DashboardIndicatorSeries($code: ID!) {\n    indicator(code: $code) {\n      code\n      name\n      nameEn\n      unit\n      direction\n      periodType\n      note\n      baseline { value valueText periodEnd source { quote chapter { number } section { id } box { id } } }\n      target { value valueText periodEnd source { quote chapter { number } section { id } box { id } } }\n      progress {\n        ...DashboardProgressMeasures\n        requiredAnnualGrowth\n        requiredAnnualAmount\n        explanation\n      }\n      series {\n        year\n        value\n        runningTotal\n        isPlanBaseline\n        isSample\n        provenance\n        fact { source { quote chapter { number } section { id } box { id } } origin { file row } }\n      }\n    }\n  }\n": typeof types.DashboardIndicatorSeriesDocument,
    "\n  query DashboardIndicatorBreakdown($code: ID!, $year: Int!) {\n    indicator(code: $code) {\n      code\n      unit\n      breakdown(year: $year) {\n        year\n        additive\n        cityValue\n        countySum\n        consistent\n        difference\n        tolerance\n        isSample\n        entries {\n          rank\n          region { code name nameEn }\n          value\n          share\n          fact { origin { file row } }\n        }\n        missingRegions { code name nameEn }\n      }\n    }\n    progress(filter: { indicators: [$code] }) {\n      region { code }\n      basis\n      share\n      targetValue\n    }\n  }\n": typeof types.DashboardIndicatorBreakdownDocument,
    "\n  fragment DashboardStatementSource on FactSource {\n    quote chapter { number title titleEn } section { id title } box { id title } project { code title }\n  }\n": typeof types.DashboardStatementSourceFragmentDoc,
    "\n  fragment DashboardFactValue on Fact {\n    id\n    kind\n    subject\n    value\n    valueText\n    unit\n    periodStart\n    periodEnd\n  }\n": typeof types.DashboardFactValueFragmentDoc,
    "\n  fragment DashboardStatement on Fact {\n    ...DashboardFactValue\n    regionText\n    source { ...DashboardStatementSource }\n  }\n": typeof types.DashboardStatementFragmentDoc,
    "\n  query DashboardIndicatorStatements($code: ID!) {\n    indicator(code: $code) {\n      code\n      facts(first: 500) {\n        totalCount\n        edges {\n          node {\n            ...DashboardStatement\n            conflictsWith {\n              id\n              kind\n              subject\n              valueText\n              unit\n              periodStart\n              periodEnd\n              source { ...DashboardStatementSource }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardIndicatorStatementsDocument,
    "\n  query DashboardRegionProgress($code: ID!) {\n    progress(filter: { regions: [$code] }) {\n      indicator { code name nameEn unit }\n      ...DashboardProgressMeasures\n      share\n      latest { origin { file row } }\n    }\n  }\n": typeof types.DashboardRegionProgressDocument,
    "\n  query DashboardRegionDetail($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      nameEn\n      level\n      parent { code name nameEn }\n      facts(first: 500) {\n        totalCount\n        edges {\n          node {\n            ...DashboardStatement\n            region { code }\n          }\n        }\n      }\n      projects { code title chapter { number } box { id title } }\n      mentions { id quote note chapter { number title titleEn } section { id title } box { id } project { code title } }\n    }\n  }\n": typeof types.DashboardRegionDetailDocument,
    "\n  query DashboardChapter($number: Int!) {\n    chapter(number: $number) {\n      number\n      title\n      titleEn\n      facts {\n        ...DashboardFactValue\n        indicator { code }\n        source { quote section { id title } box { id title } project { code title } }\n      }\n      projects { code title box { id title } }\n    }\n  }\n": typeof types.DashboardChapterDocument,
};
const documents: Documents = {
    "\n  query DashboardNavigation {\n    dataset { version includesSample }\n    regions { code name nameEn level }\n    chapters { number title titleEn }\n  }\n": types.DashboardNavigationDocument,
    "\n  query DashboardOverview {\n    progress(filter: { regions: [\"411700\"] }) {\n      indicator { code row name nameEn unit category categoryLabel attributeLabel direction }\n      status\n      treatment\n      completionRate\n      elapsedShare\n      latestValue\n      latestYear\n      isSample\n      explanation\n      baseline { value valueText periodEnd }\n      target { value valueText periodEnd }\n      latest { origin { file row } }\n    }\n  }\n": types.DashboardOverviewDocument,
    "\n  fragment DashboardProgressMeasures on IndicatorProgress {\n    status\n    treatment\n    basis\n    startValue\n    startYear\n    targetValue\n    latestValue\n    latestYear\n    completionRate\n    elapsedShare\n    isSample\n  }\n": types.DashboardProgressMeasuresFragmentDoc,
    "\n  query DashboardIndicatorSeries($code: ID!) {\n    indicator(code: $code) {\n      code\n      name\n      nameEn\n      unit\n      direction\n      periodType\n      note\n      baseline { value valueText periodEnd source { quote chapter { number } section { id } box { id } } }\n      target { value valueText periodEnd source { quote chapter { number } section { id } box { id } } }\n      progress {\n        ...DashboardProgressMeasures\n        requiredAnnualGrowth\n        requiredAnnualAmount\n        explanation\n      }\n      series {\n        year\n        value\n        runningTotal\n        isPlanBaseline\n        isSample\n        provenance\n        fact { source { quote chapter { number } section { id } box { id } } origin { file row } }\n      }\n    }\n  }\n": types.DashboardIndicatorSeriesDocument,
    "\n  query DashboardIndicatorBreakdown($code: ID!, $year: Int!) {\n    indicator(code: $code) {\n      code\n      unit\n      breakdown(year: $year) {\n        year\n        additive\n        cityValue\n        countySum\n        consistent\n        difference\n        tolerance\n        isSample\n        entries {\n          rank\n          region { code name nameEn }\n          value\n          share\n          fact { origin { file row } }\n        }\n        missingRegions { code name nameEn }\n      }\n    }\n    progress(filter: { indicators: [$code] }) {\n      region { code }\n      basis\n      share\n      targetValue\n    }\n  }\n": types.DashboardIndicatorBreakdownDocument,
    "\n  fragment DashboardStatementSource on FactSource {\n    quote chapter { number title titleEn } section { id title } box { id title } project { code title }\n  }\n": types.DashboardStatementSourceFragmentDoc,
    "\n  fragment DashboardFactValue on Fact {\n    id\n    kind\n    subject\n    value\n    valueText\n    unit\n    periodStart\n    periodEnd\n  }\n": types.DashboardFactValueFragmentDoc,
    "\n  fragment DashboardStatement on Fact {\n    ...DashboardFactValue\n    regionText\n    source { ...DashboardStatementSource }\n  }\n": types.DashboardStatementFragmentDoc,
    "\n  query DashboardIndicatorStatements($code: ID!) {\n    indicator(code: $code) {\n      code\n      facts(first: 500) {\n        totalCount\n        edges {\n          node {\n            ...DashboardStatement\n            conflictsWith {\n              id\n              kind\n              subject\n              valueText\n              unit\n              periodStart\n              periodEnd\n              source { ...DashboardStatementSource }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DashboardIndicatorStatementsDocument,
    "\n  query DashboardRegionProgress($code: ID!) {\n    progress(filter: { regions: [$code] }) {\n      indicator { code name nameEn unit }\n      ...DashboardProgressMeasures\n      share\n      latest { origin { file row } }\n    }\n  }\n": types.DashboardRegionProgressDocument,
    "\n  query DashboardRegionDetail($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      nameEn\n      level\n      parent { code name nameEn }\n      facts(first: 500) {\n        totalCount\n        edges {\n          node {\n            ...DashboardStatement\n            region { code }\n          }\n        }\n      }\n      projects { code title chapter { number } box { id title } }\n      mentions { id quote note chapter { number title titleEn } section { id title } box { id } project { code title } }\n    }\n  }\n": types.DashboardRegionDetailDocument,
    "\n  query DashboardChapter($number: Int!) {\n    chapter(number: $number) {\n      number\n      title\n      titleEn\n      facts {\n        ...DashboardFactValue\n        indicator { code }\n        source { quote section { id title } box { id title } project { code title } }\n      }\n      projects { code title box { id title } }\n    }\n  }\n": types.DashboardChapterDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardNavigation {\n    dataset { version includesSample }\n    regions { code name nameEn level }\n    chapters { number title titleEn }\n  }\n"): typeof import('./graphql').DashboardNavigationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOverview {\n    progress(filter: { regions: [\"411700\"] }) {\n      indicator { code row name nameEn unit category categoryLabel attributeLabel direction }\n      status\n      treatment\n      completionRate\n      elapsedShare\n      latestValue\n      latestYear\n      isSample\n      explanation\n      baseline { value valueText periodEnd }\n      target { value valueText periodEnd }\n      latest { origin { file row } }\n    }\n  }\n"): typeof import('./graphql').DashboardOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardProgressMeasures on IndicatorProgress {\n    status\n    treatment\n    basis\n    startValue\n    startYear\n    targetValue\n    latestValue\n    latestYear\n    completionRate\n    elapsedShare\n    isSample\n  }\n"): typeof import('./graphql').DashboardProgressMeasuresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardIndicatorSeries($code: ID!) {\n    indicator(code: $code) {\n      code\n      name\n      nameEn\n      unit\n      direction\n      periodType\n      note\n      baseline { value valueText periodEnd source { quote chapter { number } section { id } box { id } } }\n      target { value valueText periodEnd source { quote chapter { number } section { id } box { id } } }\n      progress {\n        ...DashboardProgressMeasures\n        requiredAnnualGrowth\n        requiredAnnualAmount\n        explanation\n      }\n      series {\n        year\n        value\n        runningTotal\n        isPlanBaseline\n        isSample\n        provenance\n        fact { source { quote chapter { number } section { id } box { id } } origin { file row } }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardIndicatorSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardIndicatorBreakdown($code: ID!, $year: Int!) {\n    indicator(code: $code) {\n      code\n      unit\n      breakdown(year: $year) {\n        year\n        additive\n        cityValue\n        countySum\n        consistent\n        difference\n        tolerance\n        isSample\n        entries {\n          rank\n          region { code name nameEn }\n          value\n          share\n          fact { origin { file row } }\n        }\n        missingRegions { code name nameEn }\n      }\n    }\n    progress(filter: { indicators: [$code] }) {\n      region { code }\n      basis\n      share\n      targetValue\n    }\n  }\n"): typeof import('./graphql').DashboardIndicatorBreakdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardStatementSource on FactSource {\n    quote chapter { number title titleEn } section { id title } box { id title } project { code title }\n  }\n"): typeof import('./graphql').DashboardStatementSourceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardFactValue on Fact {\n    id\n    kind\n    subject\n    value\n    valueText\n    unit\n    periodStart\n    periodEnd\n  }\n"): typeof import('./graphql').DashboardFactValueFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardStatement on Fact {\n    ...DashboardFactValue\n    regionText\n    source { ...DashboardStatementSource }\n  }\n"): typeof import('./graphql').DashboardStatementFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardIndicatorStatements($code: ID!) {\n    indicator(code: $code) {\n      code\n      facts(first: 500) {\n        totalCount\n        edges {\n          node {\n            ...DashboardStatement\n            conflictsWith {\n              id\n              kind\n              subject\n              valueText\n              unit\n              periodStart\n              periodEnd\n              source { ...DashboardStatementSource }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardIndicatorStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRegionProgress($code: ID!) {\n    progress(filter: { regions: [$code] }) {\n      indicator { code name nameEn unit }\n      ...DashboardProgressMeasures\n      share\n      latest { origin { file row } }\n    }\n  }\n"): typeof import('./graphql').DashboardRegionProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRegionDetail($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      nameEn\n      level\n      parent { code name nameEn }\n      facts(first: 500) {\n        totalCount\n        edges {\n          node {\n            ...DashboardStatement\n            region { code }\n          }\n        }\n      }\n      projects { code title chapter { number } box { id title } }\n      mentions { id quote note chapter { number title titleEn } section { id title } box { id } project { code title } }\n    }\n  }\n"): typeof import('./graphql').DashboardRegionDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChapter($number: Int!) {\n    chapter(number: $number) {\n      number\n      title\n      titleEn\n      facts {\n        ...DashboardFactValue\n        indicator { code }\n        source { quote section { id title } box { id title } project { code title } }\n      }\n      projects { code title box { id title } }\n    }\n  }\n"): typeof import('./graphql').DashboardChapterDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
