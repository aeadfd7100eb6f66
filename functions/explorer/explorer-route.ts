/**
 * The self-hosted GraphiQL explorer: `GET /` answers explorer/dist/index.html and
 * `GET /explorer/<name>` the files `npm run explorer:build` put beside it (the page
 * links its icon there too, so API Gateway's /explorer/{proxy+} route covers it);
 * `GET /favicon.ico` answers the icon for clients that ask for it without reading the
 * page. Serving itself is functions/http/built-page-route.ts.
 */
import path from 'node:path';
import { assetNameAfter, createBuiltPageRoute, INDEX_FILE, type BuiltPageRoute } from '../http/built-page-route.ts';

/** The Lambda artifact keeps this layout: functions/explorer/ and explorer/dist/ under one root. */
export const EXPLORER_DIST_DIR = path.join(import.meta.dirname, '..', '..', 'explorer', 'dist');

const FAVICON_PATH = '/favicon.ico';

const explorerFileNameOf = (requestPath: string) =>
  (requestPath === '/' ? INDEX_FILE : requestPath === FAVICON_PATH ? 'favicon.ico' : assetNameAfter('/explorer/', requestPath));

/** Answers the explorer's paths from `distDir`, reading each file on first use and keeping it in memory. */
export function createExplorerRoute(distDir: string): BuiltPageRoute {
  return createBuiltPageRoute({ distDir, label: 'the GraphQL explorer', buildScript: 'explorer:build', fileNameOf: explorerFileNameOf });
}

export const explorerResponse = createExplorerRoute(EXPLORER_DIST_DIR);
