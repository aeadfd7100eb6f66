/**
 * The explorer in a real browser: headless Chromium from the machine's packages loads
 * `GET /` from npm start's server (on its default: SAMPLE data included), shows the
 * product's title, intro and SAMPLE banner, titles the example tabs in Chinese, runs
 * two example operations through GraphiQL and reads their answers back from the
 * response editor, and leaves a screenshot in test-results/. Every request the browser
 * makes is checked: anything beyond loopback is refused and fails the test, which
 * proves the page needs no CDN.
 */
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExampleOperations } from '../examples/example-operations.ts';
import { TAB_TITLES } from '../explorer/build/example-tabs.ts';
import { listeningUrl, NPM_START_DEFAULTS, startServer } from './helpers/local-server.ts';

const CHROMIUM_PATH = '/usr/bin/chromium';
const SCREENSHOT_FILE = path.join(import.meta.dirname, '..', 'test-results', 'explorer.png');
const STEP_TIMEOUT_MS = 20_000;
const chromiumInstalled = existsSync(CHROMIUM_PATH);

if (!chromiumInstalled && process.env.CI) {
  throw new Error(`${CHROMIUM_PATH} is missing: CI must install the Debian package "chromium" for the explorer's browser test`);
}

const SUITE_TITLE = chromiumInstalled
  ? 'the explorer in headless Chromium'
  : `the explorer in headless Chromium: skipped, ${CHROMIUM_PATH} is missing (apt-get install chromium)`;

describe.skipIf(!chromiumInstalled)(SUITE_TITLE, () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let explorerUrl: string;
  const refusedRequests: string[] = [];
  const pageErrors: string[] = [];
  const workerScripts: string[] = [];

  beforeAll(async () => {
    // Fast when explorer/dist is current; makes `vitest run tests/explorer` work on its own.
    execFileSync(process.execPath, ['explorer/build-explorer.ts'], { stdio: 'inherit', timeout: 120_000 });
    server = startServer(NPM_START_DEFAULTS);
    explorerUrl = new URL('/', await listeningUrl(server)).href;

    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: STEP_TIMEOUT_MS,
      // --no-sandbox: CI runs as root. The rest keeps Chromium's own traffic (updates, sync) off.
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    // The context's route sees the page's requests and its workers' alike.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' && (url.protocol === 'http:' || url.protocol === 'ws:')) return route.continue();
      refusedRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('worker', (worker) => workerScripts.push(worker.url()));
    page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console error: ${message.text()}`);
    });
    // A browser opening the GraphQL endpoint lands on the explorer.
    await page.goto(new URL('graphql', explorerUrl).href, { waitUntil: 'load' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  it('is where a browser opening /graphql lands', () => {
    expect(page.url()).toBe(explorerUrl);
  });

  it('titles the page in Chinese and English', async () => {
    expect(await page.title()).toBe('驻马店市“十四五”人才发展规划 · GraphQL 数据浏览器 / Explorer');
    await expect.poll(() => page.locator('h1').innerText(), { timeout: STEP_TIMEOUT_MS }).toBe('驻马店市“十四五”人才发展规划 · 数据浏览器');
  });

  it('introduces the plan, the API and the docs in Chinese and English', async () => {
    const intro = page.locator('#zmd-intro');
    await expect.poll(() => intro.isVisible(), { timeout: STEP_TIMEOUT_MS }).toBe(true);
    const text = await intro.innerText();
    for (const phrase of ['驻政〔2022〕36号', '人才发展', '文档', '/graphql', 'export.csv', 'README', 'Zhumadian', 'Docs describes every field']) {
      expect(text).toContain(phrase);
    }
  });

  it('says, in Chinese and English, that the monitoring figures are synthetic when SAMPLE data is served', async () => {
    const banner = page.getByRole('status').filter({ hasText: 'SAMPLE' });
    await expect.poll(() => banner.isVisible(), { timeout: STEP_TIMEOUT_MS }).toBe(true);
    const text = await banner.innerText();
    expect(text).toContain('是合成的，不是真实统计');
    expect(text).toContain('synthetic, not real statistics');
    expect(await page.locator('.zmd-chip code').innerText()).toMatch(/\+sample$/);
  });

  it('links its icon, served from the explorer\'s own assets', async () => {
    const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', link.baseURI).href));
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      expect(icon.startsWith(`${explorerUrl}explorer/favicon`)).toBe(true);
      // From the test, not the page: Playwright's request routing fails a page's fetch of an .ico URL.
      const response = await fetch(icon, { signal: AbortSignal.timeout(10_000) });
      const answer = { status: response.status, type: response.headers.get('content-type') };
      expect(answer.status).toBe(200);
      expect(answer.type).toMatch(/^image\//);
    }
  });

  it('opens with the example operations as tabs titled in Chinese, progress of all indicators first', async () => {
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    const examples = loadExampleOperations();
    const expected = ['status-of-all-table-indicators', 'county-ranking-2023', 'chapter-facts-with-quotes', 'passages-mentioning-fanxiang-chuangye']
      .map((name) => ({ operationName: examples.find((example) => example.name === name)!.operationName, title: TAB_TITLES[name] }));
    await expect.poll(() => visibleTabTitles(page), { timeout: STEP_TIMEOUT_MS }).toEqual(expect.arrayContaining(expected.map((tab) => tab.title)));
    expect((await visibleTabTitles(page))[0]).toBe('指标进展总览');
    // The operation names stay as they are (clients persist them); each tab's tooltip still tells it.
    const operationNames = await page.locator('.graphiql-tab-button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('title')));
    expect(operationNames.slice(0, expected.length)).toEqual(expected.map((tab) => tab.operationName));

    // A new tab, whose operation has no name yet, is titled in Chinese too.
    const count = operationNames.length;
    await page.locator('.graphiql-tab-add').click();
    await expect.poll(() => visibleTabTitles(page), { timeout: STEP_TIMEOUT_MS }).toHaveLength(count + 1);
    expect((await visibleTabTitles(page)).at(-1)).toBe('未命名查询');
    await page.getByRole('tab', { selected: true }).locator('.graphiql-tab-close').click();
    await expect.poll(() => visibleTabTitles(page), { timeout: STEP_TIMEOUT_MS }).toHaveLength(count);
  });

  it('wraps long lines in every editor', async () => {
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    const wrapped = ['operation.graphql', 'variables.json', 'request-headers.json', 'response.json'].map((file) => expect.stringMatching(new RegExp(`${file.replace('.', '\\.')}:on$`)));
    await expect.poll(() => page.evaluate(readWordWrap), { timeout: STEP_TIMEOUT_MS }).toEqual(expect.arrayContaining(wrapped));
    expect((await page.evaluate(readWordWrap)).every((entry) => entry.endsWith(':on'))).toBe(true);
  });

  it('runs the progress example and shows all 17 table indicators', async () => {
    const response = await runExample(page, 'StatusOfAllTableIndicators', (text) => text.includes('"I17"'));
    const rows = (response as { data: { progress: { indicator: { code: string }; status: string }[] } }).data.progress;
    expect(rows.map((row) => row.indicator.code)).toEqual(Array.from({ length: 17 }, (_, index) => `I${String(index + 1).padStart(2, '0')}`));
    expect(rows.every((row) => typeof row.status === 'string')).toBe(true);
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: STEP_TIMEOUT_MS }).toContain('progress');
    // On npm start's default the progress rows come from the labelled SAMPLE data, and say so.
    expect(rows.some((row) => (row as { isSample?: boolean }).isSample === true)).toBe(true);
    // What a first visitor sees, for a person to look at.
    mkdirSync(path.dirname(SCREENSHOT_FILE), { recursive: true });
    await page.screenshot({ path: SCREENSHOT_FILE });
  });

  it('runs the search example and renders its Chinese snippets', async () => {
    const response = await runExample(page, 'PassagesMentioning', (text) => text.includes('"search"'));
    const hits = (response as { data: { search: { snippet: string }[] } }).data.search;
    expect(hits.length).toBeGreaterThan(0);
    // Every hit holds both words of the query (in any order); the first one holds the phrase.
    expect(hits.every((hit) => hit.snippet.includes('返乡') && hit.snippet.includes('创业'))).toBe(true);
    expect(hits[0]!.snippet).toContain('返乡创业');
    // What the reader sees, not only what the model holds: the first snippet is on screen.
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: STEP_TIMEOUT_MS }).toContain(hits[0]!.snippet.slice(0, 12));
  });

  it('started the Monaco workers from the explorer bundle', () => {
    expect(workerScripts.length).toBeGreaterThan(0);
    expect(workerScripts.every((script) => script.startsWith(`${explorerUrl}explorer/`))).toBe(true);
    expect(workerScripts.some((script) => /\/graphql\.worker-\w+\.js$/.test(script))).toBe(true);
  });

  it('fetched nothing beyond loopback and logged no errors', () => {
    expect(refusedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/** What each tab shows: the Chinese title drawn over an example's operation name, else the name GraphiQL gave it. */
function visibleTabTitles(page: Page): Promise<string[]> {
  return page.locator('.graphiql-tab-button').evaluateAll((buttons) => buttons.map((button) => {
    // Runs in the page; the test's TypeScript has no DOM library, so the two browser APIs are typed here.
    const { getComputedStyle } = globalThis as unknown as { getComputedStyle(element: unknown, pseudo: string): { content: string } };
    const drawn = getComputedStyle(button, '::before').content;
    return drawn && drawn !== 'none' && drawn !== 'normal' ? JSON.parse(drawn) as string : (button as unknown as { innerText: string }).innerText;
  }));
}

/** Selects the example's tab, presses GraphiQL's execute button and waits for the response editor to hold an answer. */
async function runExample(page: Page, operationName: string, isAnswer: (responseText: string) => boolean): Promise<unknown> {
  // GraphiQL's execute button does nothing until Monaco has created the operation editor.
  await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
  await page.locator(`.graphiql-tab-button[title="${operationName}"]`).click();
  await expect.poll(() => page.getByRole('tab', { selected: true }).locator('.graphiql-tab-button').getAttribute('title'), { timeout: STEP_TIMEOUT_MS }).toBe(operationName);
  await page.locator('.graphiql-execute-button').click();
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let responseText = await page.evaluate(readResponseEditor);
  while (!isAnswer(responseText)) {
    if (Date.now() > deadline) throw new Error(`no answer to ${operationName} within ${STEP_TIMEOUT_MS} ms; the response editor holds: ${responseText.slice(0, 2000) || '(nothing)'}`);
    await page.waitForTimeout(100);
    responseText = await page.evaluate(readResponseEditor);
  }
  return JSON.parse(responseText);
}

/**
 * Runs in the page. Monaco draws only the visible lines, so the whole answer is read
 * from the response editor's model, which @graphiql/react exposes as globalThis.__MONACO.
 */
function readWordWrap(): string[] {
  const monaco = (globalThis as { __MONACO?: { editor: { getEditors(): { getModel(): { uri: { path: string } } | null; getRawOptions(): { wordWrap?: string } }[] } } }).__MONACO;
  return (monaco?.editor.getEditors() ?? []).map((editor) => `${editor.getModel()?.uri.path.split('/').at(-1)}:${editor.getRawOptions().wordWrap}`);
}

function readResponseEditor(): string {
  const monaco = (globalThis as { __MONACO?: { editor: { getModels(): { uri: { path: string }; getValue(): string }[] } } }).__MONACO;
  return monaco?.editor.getModels().find((model) => model.uri.path.endsWith('response.json'))?.getValue() ?? '';
}
