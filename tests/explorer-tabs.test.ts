/**
 * The explorer's first tabs: the example operations, most asked-for first, each shown
 * under a Chinese title while its document (and so its persisted-operation hash and
 * ASCII operation name) stays exactly the file's.
 */
import { describe, expect, it } from 'vitest';
import { loadExampleOperations } from '../examples/example-operations.ts';
import { exampleTabs, LEADING_EXAMPLES, TAB_TITLES } from '../explorer/build/example-tabs.ts';

const examples = loadExampleOperations();

describe('the explorer tabs', () => {
  it('give every example a Chinese title (a new example needs one in explorer/build/example-tabs.ts)', () => {
    const untitled = examples.filter((example) => !/\p{Script=Han}/u.test(TAB_TITLES[example.name] ?? '')).map((example) => example.name);
    expect(untitled).toEqual([]);
  });

  it('carry each example unchanged, the common questions first', () => {
    const tabs = exampleTabs(examples);
    expect(tabs.slice(0, LEADING_EXAMPLES.length).map((tab) => tab.operationName))
      .toEqual(LEADING_EXAMPLES.map((name) => examples.find((example) => example.name === name)!.operationName));
    expect(tabs).toHaveLength(examples.length);
    for (const tab of tabs) {
      const example = examples.find((candidate) => candidate.operationName === tab.operationName)!;
      expect(tab.document).toBe(example.document);
      expect(tab.operationName).toMatch(/^[_A-Za-z][_0-9A-Za-z]*$/);
      expect(tab.title).toBe(TAB_TITLES[example.name]);
    }
  });
});
