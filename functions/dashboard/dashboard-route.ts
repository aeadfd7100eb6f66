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

const dashboardFileNameOf = (requestPath: string) =>
  (requestPath === DASHBOARD_PATH || requestPath === `${DASHBOARD_PATH}/` ? INDEX_FILE : assetNameAfter(`${DASHBOARD_PATH}/`, requestPath));

/** Answers the dashboard's paths from `distDir` (and nothing else), reading each file on first use and keeping it. */
export function createDashboardRoute(distDir: string): BuiltPageRoute {
  return createBuiltPageRoute({ distDir, label: 'the dashboard', buildScript: 'dashboard:build', fileNameOf: dashboardFileNameOf });
}

export const dashboardResponse = createDashboardRoute(DASHBOARD_DIST_DIR);
