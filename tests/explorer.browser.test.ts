/**
 * The explorer in a real browser: headless Chromium from the machine's packages loads
 * `GET /` from npm start's server, runs two example operations through GraphiQL and
 * reads their answers back from the response editor. Every request the browser makes
 * is checked: anything beyond loopback is refused and fails the test, which proves the
 * page needs no CDN.
 */
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningUrl, startServer } from './helpers/local-server.ts';

const CHROMIUM_PATH = '/usr/bin/chromium';
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
    server = startServer({});
    explorerUrl = new URL('/', await listeningUrl(server)).href;

    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: STEP_TIMEOUT_MS,
      // --no-sandbox: CI runs as root. The rest keeps Chromium's own traffic (updates, sync) off.
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ locale: 'zh-CN' });
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
    await page.goto(explorerUrl, { waitUntil: 'load' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  it('titles the page in Chinese and English', async () => {
    expect(await page.title()).toBe('驻马店市“十四五”人才发展规划 · GraphQL 数据浏览器 / Explorer');
  });

  it('opens with the example operations as tabs, progress of all indicators first', async () => {
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    const tabs = page.getByRole('tab');
    await expect.poll(() => tabs.allInnerTexts(), { timeout: STEP_TIMEOUT_MS }).toEqual(
      expect.arrayContaining(['StatusOfAllTableIndicators', 'CountyRanking', 'PassagesMentioning']),
    );
    expect((await tabs.allInnerTexts())[0]).toBe('StatusOfAllTableIndicators');
  });

  it('runs the progress example and shows all 17 table indicators', async () => {
    const response = await runExample(page, 'StatusOfAllTableIndicators', (text) => text.includes('"I17"'));
    const rows = (response as { data: { progress: { indicator: { code: string }; status: string }[] } }).data.progress;
    expect(rows.map((row) => row.indicator.code)).toEqual(Array.from({ length: 17 }, (_, index) => `I${String(index + 1).padStart(2, '0')}`));
    expect(rows.every((row) => typeof row.status === 'string')).toBe(true);
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: STEP_TIMEOUT_MS }).toContain('progress');
  });

  it('runs the search example and renders its Chinese snippets', async () => {
    const response = await runExample(page, 'PassagesMentioning', (text) => text.includes('"search"'));
    const hits = (response as { data: { search: { snippet: string }[] } }).data.search;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.snippet.includes('返乡创业'))).toBe(true);
    // What the reader sees, not only what the model holds: the first snippet is on screen.
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: STEP_TIMEOUT_MS }).toContain('返乡创业');
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

/** Selects the example's tab, presses GraphiQL's execute button and waits for the response editor to hold an answer. */
async function runExample(page: Page, operationName: string, isAnswer: (responseText: string) => boolean): Promise<unknown> {
  // GraphiQL's execute button does nothing until Monaco has created the operation editor.
  await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
  await page.getByRole('tab').filter({ hasText: operationName }).click();
  await expect.poll(() => page.getByRole('tab', { selected: true }).innerText(), { timeout: STEP_TIMEOUT_MS }).toBe(operationName);
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
function readResponseEditor(): string {
  const monaco = (globalThis as { __MONACO?: { editor: { getModels(): { uri: { path: string }; getValue(): string }[] } } }).__MONACO;
  return monaco?.editor.getModels().find((model) => model.uri.path.endsWith('response.json'))?.getValue() ?? '';
}
