import { renderPageHtml } from '../../infra/page-build/page-html.ts';

export const DASHBOARD_TITLE = '驻马店市“十四五”人才发展规划 · 数据看板 / Dashboard';

const DASHBOARD_DESCRIPTION = '驻马店市“十四五”人才发展、人力资源开发和就业促进规划（驻政〔2022〕36号）实施进展看板。'
  + 'Progress dashboard of the Zhumadian 14th Five-Year talent and employment plan.';

/**
 * The page lives at /dashboard (no trailing slash) and names its assets
 * "dashboard/<name>" and the API "graphql", all relative: under an API Gateway stage
 * /dev/dashboard they resolve to /dev/dashboard/… and /dev/graphql. Opened as
 * /dashboard/ they would not, so the page first moves itself to the form without it.
 */
const CANONICAL_FORM_SCRIPT =
  "if(location.pathname.endsWith('/'))location.replace(location.pathname.replace(/\\/+$/,'')+location.search+location.hash);";

export interface DashboardAssets {
  script: string;
  stylesheet: string;
  favicon: string;
}

export function renderDashboardHtml(assets: DashboardAssets): string {
  return renderPageHtml({
    title: DASHBOARD_TITLE,
    description: DASHBOARD_DESCRIPTION,
    assetFolder: 'dashboard',
    urlFormScript: CANONICAL_FORM_SCRIPT,
    icons: [{ file: assets.favicon, type: 'image/svg+xml' }],
    stylesheet: assets.stylesheet,
    script: assets.script,
    mountPoint: '<div id="dashboard"><p class="loading" style="padding:40px 20px">正在加载数据看板… / Loading the dashboard…</p></div>',
    noscript: '数据看板需要 JavaScript。/ The dashboard needs JavaScript.',
  });
}
