import { sameOriginPolicy } from '../../infra/page-build/page-assets.ts';

export const DASHBOARD_TITLE = '驻马店市“十四五”人才发展规划 · 数据看板 / Dashboard';

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
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${sameOriginPolicy(CANONICAL_FORM_SCRIPT)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="驻马店市“十四五”人才发展、人力资源开发和就业促进规划（驻政〔2022〕36号）实施进展看板。Progress dashboard of the Zhumadian 14th Five-Year talent and employment plan.">
<title>${DASHBOARD_TITLE}</title>
<script>${CANONICAL_FORM_SCRIPT}</script>
<link rel="icon" href="dashboard/${assets.favicon}" type="image/svg+xml">
<link rel="stylesheet" href="dashboard/${assets.stylesheet}">
<script type="module" src="dashboard/${assets.script}"></script>
</head>
<body>
<div id="dashboard"><p class="loading" style="padding:40px 20px">正在加载数据看板… / Loading the dashboard…</p></div>
<noscript>数据看板需要 JavaScript。/ The dashboard needs JavaScript.</noscript>
</body>
</html>
`;
}

