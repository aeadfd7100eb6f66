/**
 * The dashboard in a real browser: headless Chromium from the machine's packages loads
 * /dashboard from npm start's server (on its default: SAMPLE data included) and goes
 * through the overview, an indicator, a county and a chapter, at a laptop's 1366×768 and
 * a phone's 390×844, checking the numbers the SAMPLE data is known to give, that a
 * chart's tooltip names its source, that every "download CSV" link answers the chart's
 * query, and that nothing leaves 127.0.0.1 (the page needs no CDN). Screenshots of every
 * page go to test-results/dashboard-*.png for a reviewer.
 */
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningUrl, NPM_START_DEFAULTS, startServer } from './helpers/local-server.ts';

const CHROMIUM_PATH = '/usr/bin/chromium';
const RESULTS_DIR = path.join(import.meta.dirname, '..', 'test-results');
const STEP_TIMEOUT_MS = 20_000;
const chromiumInstalled = existsSync(CHROMIUM_PATH);

if (!chromiumInstalled && process.env.CI) {
  throw new Error(`${CHROMIUM_PATH} is missing: CI must install the Debian package "chromium" for the dashboard's browser test`);
}

const VIEWPORTS = { desktop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } } as const;

describe.skipIf(!chromiumInstalled)(chromiumInstalled ? 'the dashboard in headless Chromium' : `the dashboard in headless Chromium: skipped, ${CHROMIUM_PATH} is missing`, () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let dashboardUrl: string;
  const contexts: Record<keyof typeof VIEWPORTS, { context: BrowserContext; page: Page }> = {} as never;
  const refusedRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // Fast when dashboard/dist is current; makes `vitest run tests/dashboard` work on its own.
    execFileSync(process.execPath, ['dashboard/build-dashboard.ts'], { stdio: 'inherit', timeout: 120_000 });
    server = startServer(NPM_START_DEFAULTS);
    dashboardUrl = new URL('/dashboard', await listeningUrl(server)).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: STEP_TIMEOUT_MS,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    for (const [name, viewport] of Object.entries(VIEWPORTS) as [keyof typeof VIEWPORTS, { width: number; height: number }][]) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport });
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1' && url.protocol === 'http:') return route.continue();
        refusedRequests.push(url.href);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${name}: page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`${name}: console error: ${message.text()}`);
      });
      contexts[name] = { context, page };
    }
    mkdirSync(RESULTS_DIR, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  /** Opens a page of the dashboard, waits until it has rendered, and leaves a screenshot of it. */
  async function open(viewport: keyof typeof VIEWPORTS, hash: string, screenshot: string): Promise<Page> {
    const { page } = contexts[viewport];
    await page.goto(`${dashboardUrl}${hash}`);
    await page.locator('body[data-page-ready]').waitFor();
    expect(await page.getAttribute('body', 'data-page-ready')).not.toBe('error');
    await page.screenshot({ path: path.join(RESULTS_DIR, `dashboard-${screenshot}-${viewport}.png`), fullPage: viewport === 'phone' ? false : true });
    // Usable on a phone: nothing wider than the screen.
    // Runs in the page; the test's TypeScript has no DOM library.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS[viewport].width);
    return page;
  }

  it('opens the overview: 17 cards in four categories, with the SAMPLE banner and the data version', async () => {
    const page = await open('desktop', '', 'overview');
    expect(page.url()).toBe(dashboardUrl);
    await expect.poll(() => page.locator('.card').count()).toBe(17);
    expect(await page.locator('section.category h2').allInnerTexts()).toEqual([
      expect.stringContaining('人才发展'), expect.stringContaining('人力资源开发'), expect.stringContaining('就业促进'), expect.stringContaining('劳动关系'),
    ]);
    const banner = page.getByRole('status').filter({ hasText: 'SAMPLE' });
    expect(await banner.innerText()).toContain('合成的样例数据');
    expect(await page.locator('[data-field="version"]').innerText()).toMatch(/^[0-9a-f]{16}\+sample$/);

    const i04 = page.locator('.card[data-indicator="I04"]');
    expect(await i04.locator('[data-field="latest"]').innerText()).toBe('8.92');
    expect(await i04.locator('[data-field="baseline"]').innerText()).toBe('7');
    expect(await i04.locator('[data-field="target"]').innerText()).toBe('9');
    expect(await i04.locator('[data-field="completion"]').innerText()).toBe('96%');
    expect(await i04.locator('.pill').innerText()).toBe('进度正常');
    expect(await i04.innerText()).toContain('SAMPLE');
    const i01 = page.locator('.card[data-indicator="I01"]');
    expect(await i01.locator('[data-field="latest"]').innerText()).toBe('30.59');
    expect(await i01.locator('.pill').innerText()).toBe('存在风险');
    expect(await page.locator('.card[data-indicator="I11"] [data-field="treatment"]').innerText()).toBe('界限：低于上限即为达标');
    expect(await page.locator('.card[data-indicator="I11"] [data-field="target"]').innerText()).toBe('<5.5');
    expect(await page.locator('.card[data-indicator="I02"] [data-field="treatment"]').innerText()).toContain('比例');
  });

  it('switches to English and back', async () => {
    const { page } = contexts.desktop;
    await page.locator('[data-lang-toggle]').click();
    try {
      await expect.poll(() => page.locator('h1').innerText()).toBe('Progress of the 17 indicators');
      expect(await page.locator('.card[data-indicator="I04"] h3').innerText()).toContain('Total highly skilled talent');
      expect(await page.locator('.card[data-indicator="I04"] .pill').innerText()).toBe('On track');
      expect(await page.locator('.card[data-indicator="I11"] [data-field="treatment"]').innerText()).toBe('Bound: met when below the limit');
      await page.screenshot({ path: path.join(RESULTS_DIR, 'dashboard-overview-english-desktop.png') });
    } finally {
      // The choice is kept in localStorage; the other tests read the Chinese page.
      await page.locator('[data-lang-toggle]').click();
    }
    await expect.poll(() => page.locator('h1').innerText()).toBe('指标进展总览');
  });

  it('shows an indicator: series from the 2020 baseline, county ranking with shares, consistency and the plan\'s statements', async () => {
    const page = await open('desktop', '#/indicator/I04', 'indicator-I04');
    expect(await page.locator('h1').innerText()).toBe('I04 高技能人才总量（万人）');
    const series = page.locator('[data-chart="series"]');
    expect(await series.innerText()).toContain('8.92');
    const ranking = page.locator('[data-chart="breakdown"]');
    expect(await ranking.locator('h3').innerText()).toBe('分县排名 2025');
    const rankingText = await ranking.innerText();
    expect(rankingText).toContain('1. 遂平县');
    expect(rankingText).toContain('1.22 (13.7%)');
    expect(rankingText).toContain('公平份额目标');
    expect(await page.locator('[data-field="consistency"]').innerText()).toContain('✓ 分县合计 8.92 万人 · 全市 8.92 万人 · 一致');
    expect(await page.locator('.statement').count()).toBeGreaterThan(3);
    // Plan statements only, each with its quote: the SAMPLE observations are the series, not statements.
    expect(await page.locator('.statement blockquote').count()).toBe(await page.locator('.statement').count());
    expect(await page.locator('.statement blockquote').first().innerText()).not.toBe('');

    // Hovering the 2020 point shows the plan's quote and location; a county's bar its file and row.
    expect(await showTip(page, 'series', 0, 0)).toMatch(/规划基期值[\s\S]*出处: [\s\S]*专栏1/);
    expect(await showTip(page, 'breakdown', 0, 0)).toMatch(/遂平县 2025: 1\.22 万人[\s\S]*数据文件: observations\/sample\/[^\s]+ 第\d+行[\s\S]*SAMPLE/);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'dashboard-indicator-I04-tooltip-desktop.png') });
  });

  it('shows conflicting statements side by side', async () => {
    const page = await open('desktop', '#/indicator/I07', 'indicator-I07');
    const conflict = page.locator('.conflict').first();
    expect(await conflict.locator('.statement').count()).toBeGreaterThanOrEqual(2);
    expect(await conflict.locator('blockquote').count()).toBeGreaterThanOrEqual(2);
  });

  it('shows a county against its fair share, with the statements that apply to it, its projects and mentions', async () => {
    const page = await open('desktop', '#/region/411725', 'region-411725');
    expect(await page.locator('h1').innerText()).toBe('确山县');
    const row = page.locator('tr[data-indicator="I04"]');
    expect(await row.locator('[data-field="latest"]').innerText()).toBe('0.8 万人 (2025)');
    expect(await row.locator('[data-field="target"]').innerText()).toBe('0.8038 万人');
    expect(await row.innerText()).toContain('按份额');
    // 各县最低工资标准 1570元/月: a group statement that applies to every county.
    expect(await page.locator('.statement').filter({ hasText: '1570元/月' }).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-mention]').count()).toBeGreaterThan(0);
    expect(await showTip(page, 'region-progress', 0, 0)).toMatch(/数据文件: observations\/sample\//);
  });

  it('shows a chapter\'s targets as chart and table, and its projects', async () => {
    const page = await open('desktop', '#/chapter/6', 'chapter-6');
    expect(await page.locator('h1').innerText()).toContain('第6章');
    expect(await page.locator('.facts-table tbody tr').count()).toBe(8);
    expect(await page.locator('.facts-table').innerText()).toContain('12000人');
    expect(await page.locator('[data-chart="chapter-facts"]').innerText()).toContain('12000人');
    expect(await showTip(page, 'chapter-facts', 0, 0)).toMatch(/目标值[\s\S]*出处: 第6章/);
  });

  it('lays every page out for a phone', async () => {
    for (const [hash, name] of [['', 'overview'], ['#/indicator/I04', 'indicator-I04'], ['#/region/411725', 'region-411725'], ['#/chapter/6', 'chapter-6']] as const) {
      const page = await open('phone', hash, name);
      expect(await page.locator('.banner-sample').isVisible()).toBe(true);
    }
  });

  it('links every chart to /export.csv with the query it was drawn from', async () => {
    const page = await open('desktop', '#/indicator/I04', 'indicator-I04');
    const links = await page.locator('a.csv-link').evaluateAll((anchors) => anchors.map((anchor) => (anchor as unknown as { href: string }).href));
    expect(links.length).toBe(2);
    for (const link of links) {
      expect(new URL(link).pathname).toBe('/export.csv');
      const response = await fetch(link, { signal: AbortSignal.timeout(10_000) });
      const body = await response.text();
      expect(response.status, body).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    }
    const breakdownCsv = await (await fetch(links[1]!)).text();
    expect(breakdownCsv).toContain('"遂平县"');
    expect(breakdownCsv).toContain('1.22');
  });

  it('fetched nothing beyond loopback and logged no errors', () => {
    expect(refusedRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/** Shows a chart item's tooltip, as hovering it does, and returns the tooltip's text. */
async function showTip(page: Page, chart: string, seriesIndex: number, dataIndex: number): Promise<string> {
  await page.evaluate(({ chart, seriesIndex, dataIndex }) => {
    const charts = (globalThis as unknown as { __zmdDashboardCharts: Map<string, { dispatchAction(action: object): void }> }).__zmdDashboardCharts;
    charts.get(chart)!.dispatchAction({ type: 'showTip', seriesIndex, dataIndex });
  }, { chart, seriesIndex, dataIndex });
  const tooltip = page.locator(`[data-chart="${chart}"] .chart-tip`);
  await expect.poll(() => tooltip.isVisible()).toBe(true);
  return tooltip.innerText();
}
