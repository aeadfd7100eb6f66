import type { ExampleOperation } from '../../examples/example-operations.ts';
import type { ExampleTab } from '../src/explorer-build-constants.ts';

/**
 * The questions analysts ask most, in the order the explorer's tabs show them. Any
 * other example follows in file order.
 */
export const LEADING_EXAMPLES = [
  'status-of-all-table-indicators',
  'county-ranking-2023',
  'chapter-facts-with-quotes',
  'passages-mentioning-fanxiang-chuangye',
] as const;

/**
 * What each example's tab says, by example file name: short, in Chinese. GraphiQL
 * titles a tab with its operation name, which stays ASCII (clients persist it), so
 * the page shows these over it (explorer/src/tab-titles.ts). An example missing here
 * gets the first line of its leading comment.
 */
export const TAB_TITLES: Readonly<Record<string, string>> = {
  'status-of-all-table-indicators': '指标进展总览',
  'county-ranking-2023': '县区排名',
  'chapter-facts-with-quotes': '章节数据与原文',
  'passages-mentioning-fanxiang-chuangye': '搜索：返乡创业',
  'targets-by-chapter-and-measure-kind': '各章目标按类型计数',
};

export function orderExamplesForTabs(examples: readonly ExampleOperation[]): ExampleOperation[] {
  const missing = LEADING_EXAMPLES.filter((name) => !examples.some((example) => example.name === name));
  // A renamed example file would otherwise silently lose its place at the front.
  if (missing.length > 0) throw new Error(`explorer: no example named ${missing.join(', ')} in examples/`);
  const rank = (example: ExampleOperation) => {
    const index = (LEADING_EXAMPLES as readonly string[]).indexOf(example.name);
    return index === -1 ? LEADING_EXAMPLES.length : index;
  };
  return [...examples].sort((a, b) => rank(a) - rank(b));
}

/** The explorer's first tabs: the examples in tab order, each with the title its tab shows. */
export function exampleTabs(examples: readonly ExampleOperation[]): ExampleTab[] {
  return orderExamplesForTabs(examples).map((example) => ({
    document: example.document,
    operationName: example.operationName,
    title: TAB_TITLES[example.name] ?? example.title,
  }));
}
