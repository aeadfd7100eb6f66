import type { ExampleTab } from './explorer-build-constants.ts';

/**
 * Shows each example's Chinese title on its tab. GraphiQL titles a tab with the
 * operation name it finds in the document (and sets it as the button's `title`
 * attribute, its tooltip); those names are ASCII and stay so, because clients persist
 * them. A stylesheet keyed on that attribute draws the Chinese title in place of the
 * name, leaving GraphiQL's state, storage and tooltips untouched: a tab whose operation
 * is renamed shows its new name, and the tooltip still tells the operation name.
 */
export function installTabTitles(tabs: readonly ExampleTab[]): void {
  // GraphiQL's title for a tab whose operation has no name yet, such as a new tab.
  const untitled = { operationName: '<untitled>', title: '未命名查询' };
  const rules = [...tabs, untitled].map(({ operationName, title }) => {
    const button = `.graphiql-tab-button[title="${cssString(operationName)}"]`;
    return `${button}{font-size:0}${button}::before{content:"${cssString(title)}";font-size:var(--font-size-body)}`;
  });
  const style = document.createElement('style');
  style.dataset.explorer = 'tab-titles';
  style.textContent = rules.join('\n');
  document.head.append(style);
}

/** The title each example's tab shows, by operation name (for the tests and the header). */
export function tabTitleOf(tabs: readonly ExampleTab[], operationName: string): string | undefined {
  return tabs.find((tab) => tab.operationName === operationName)?.title;
}

function cssString(text: string): string {
  return text.replace(/[\\"]/g, (character) => `\\${character}`).replace(/[\n\r\f]/g, ' ');
}
