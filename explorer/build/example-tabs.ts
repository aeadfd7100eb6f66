import type { ExampleOperation } from '../../examples/example-operations.ts';

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
