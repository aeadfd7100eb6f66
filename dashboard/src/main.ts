/**
 * The dashboard's shell: the header with the data version and the SAMPLE banner, the
 * navigation (overview, indicator, region, chapter), the language toggle and a hash
 * router (#/indicator/I04, #/region/411725, #/chapter/6), so the one page served at
 * /dashboard needs no server-side routes and works under any stage prefix.
 */
import './dashboard.css';
import { disposeCharts } from './charts.ts';
import { request } from './client.ts';
import { h } from './dom.ts';
import type { DashboardNavigationQuery } from './gql/graphql.ts';
import { currentLanguage, named, setLanguage, t, titled } from './i18n.ts';
import { chapterPage } from './pages/chapter.ts';
import { indicatorPage } from './pages/indicator.ts';
import { overviewPage } from './pages/overview.ts';
import type { Page } from './pages/page.ts';
import { regionPage } from './pages/region.ts';
import { NavigationQuery } from './queries.ts';

const PAGES: Record<string, Page> = { '': overviewPage, indicator: indicatorPage, region: regionPage, chapter: chapterPage };
const INDICATOR_CODES = Array.from({ length: 17 }, (_, index) => `I${String(index + 1).padStart(2, '0')}`);

const root = document.getElementById('dashboard')!;
let navigation: DashboardNavigationQuery | undefined;
let rendering = 0;

function route(): { name: string; parameter: string } {
  const [, name = '', parameter = ''] = location.hash.split('/');
  return PAGES[name] ? { name, parameter: decodeURIComponent(parameter) } : { name: '', parameter: '' };
}

async function render(): Promise<void> {
  const attempt = ++rendering;
  document.body.removeAttribute('data-page-ready');
  const { name, parameter } = route();
  const main = h('main', { id: 'content', 'aria-busy': 'true' }, h('p', { className: 'loading' }, t('正在加载…', 'Loading…')));
  disposeCharts();
  root.replaceChildren(header(name, parameter), main);
  try {
    const page = await PAGES[name]!(parameter);
    if (attempt !== rendering) return;
    document.title = `${page.title} · ${t('驻马店市“十四五”人才发展规划 · 数据看板', 'Zhumadian talent plan · Dashboard')}`;
    main.replaceChildren(h('h1', { className: 'page-title' }, page.title), ...page.nodes.filter((node): node is Node => node !== null));
    main.removeAttribute('aria-busy');
    page.afterMount?.();
    // bench:dashboard reads this mark: from navigation to a page drawn with its data.
    performance.mark(`dashboard-ready:${name || 'overview'}`);
    document.body.setAttribute('data-page-ready', name || 'overview');
  } catch (error) {
    if (attempt !== rendering) return;
    main.replaceChildren(h('p', { className: 'error', role: 'alert' }, `${t('加载失败', 'Could not load')}: ${(error as Error).message}`));
    main.removeAttribute('aria-busy');
    document.body.setAttribute('data-page-ready', 'error');
  }
}

function header(name: string, parameter: string): HTMLElement {
  const data = navigation;
  const select = (label: string, kind: string, options: { value: string; text: string }[]) => h('label', { className: 'nav-pick' },
    h('span', {}, label),
    h('select', { 'data-nav': kind, onchange: (event: Event) => { location.hash = `#/${kind}/${(event.target as HTMLSelectElement).value}`; } },
      h('option', { value: '', disabled: true, selected: name !== kind }, '—'),
      options.map((option) => h('option', { value: option.value, selected: name === kind && parameter.toUpperCase() === option.value.toUpperCase() }, option.text))));
  const dataset = data?.dataset;
  return h('header', { className: 'top' },
    h('div', { className: 'brand' },
      h('a', { href: '#/', className: 'brand-title' }, t('驻马店市“十四五”人才发展规划 · 数据看板', 'Zhumadian 14th Five-Year talent plan · Dashboard')),
      h('span', { className: 'brand-sub' }, t('驻政〔2022〕36号 · 数据来自公开 GraphQL 接口', 'Plan 驻政〔2022〕36号 · all data from the public GraphQL API')),
      dataset ? h('span', { className: 'chip', title: t('数据版本', 'Data version') }, t('数据版本 ', 'Data version '), h('code', { 'data-field': 'version' }, dataset.version)) : null,
      h('button', { type: 'button', className: 'lang', 'data-lang-toggle': true, onclick: () => { setLanguage(currentLanguage() === 'zh' ? 'en' : 'zh'); void render(); } },
        currentLanguage() === 'zh' ? 'English' : '中文')),
    dataset?.includesSample ? h('div', { className: 'banner-sample', role: 'status' },
      h('strong', {}, 'SAMPLE'),
      ' ',
      t('本看板的监测数据是合成的样例数据（SAMPLE），不是真实统计，仅供演示。规划原文的基期值、目标值不受影响。',
        'The monitoring figures shown are synthetic SAMPLE data, not real statistics, for demonstration only. The plan\'s own baselines and targets are real.')) : null,
    h('nav', { className: 'nav' },
      h('a', { href: '#/', className: name === '' ? 'active' : '' }, t('总览', 'Overview')),
      select(t('指标', 'Indicator'), 'indicator', INDICATOR_CODES.map((code) => ({ value: code, text: code }))),
      select(t('地区', 'Region'), 'region', (data?.regions ?? []).filter((region) => region.level !== 'TOWNSHIP').map((region) => ({ value: region.code, text: named(region) }))),
      select(t('章节', 'Chapter'), 'chapter', (data?.chapters ?? []).map((chapter) => ({ value: String(chapter.number), text: `${chapter.number}. ${titled(chapter)}` })))));
}

setLanguage(currentLanguage());
addEventListener('hashchange', () => void render());
try {
  navigation = await request(NavigationQuery);
} catch {
  // The page still renders; it shows its own error if the API is unreachable.
}
await render();
