/**
 * The self-hosted dashboard: `GET /dashboard` (and `/dashboard/`) answers
 * dashboard/dist/index.html, `GET /dashboard/<name>` the files `npm run dashboard:build`
 * put beside it. The page reads nothing but this server's /graphql and /export.csv,
 * so it works on an intranet without internet. Serving itself is
 * functions/http/built-page-route.ts.
 */
import path from 'node:path';
import { assetNameAfter, createBuiltPageRoute, INDEX_FILE, type BuiltPageRoute } from '../http/built-page-route.ts';

/** The Lambda artifact keeps this layout: functions/dashboard/ and dashboard/dist/ under one root. */
export const DASHBOARD_DIST_DIR = path.join(import.meta.dirname, '..', '..', 'dashboard', 'dist');
export const DASHBOARD_PATH = '/dashboard';

export type DashboardRoute = BuiltPageRoute;

/** Answers the dashboard's paths from `distDir` (and nothing else), reading each file on first use and keeping it. */
export function createDashboardRoute(distDir: string): DashboardRoute {
  return createBuiltPageRoute({
    distDir,
    label: 'the dashboard',
    buildScript: 'dashboard:build',
    fileNameOf: (requestPath) => (requestPath === DASHBOARD_PATH || requestPath === `${DASHBOARD_PATH}/` ? INDEX_FILE : assetNameAfter(`${DASHBOARD_PATH}/`, requestPath)),
  });
}

export const dashboardResponse: DashboardRoute = createDashboardRoute(DASHBOARD_DIST_DIR);
