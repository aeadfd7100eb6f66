/**
 * Relay connections over offset pages. Cursors are opaque to clients; inside
 * they carry the data version, so a cursor from an older version is refused
 * rather than silently pointing at different rows.
 */
import type { Page, PageResult } from '../warehouse/page.ts';
import { badUserInput } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
const CURSOR_PREFIX = 'c1';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export function encodeCursor(dataVersion: string, offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}|${dataVersion}|${offset}`).toString('base64url');
}

function decodeCursor(cursor: string, dataVersion: string): number {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const offset = Number(parts[2]);
  if (parts.length !== 3 || parts[0] !== CURSOR_PREFIX || !Number.isSafeInteger(offset) || offset < 0) {
    throw badUserInput('after', 'is not a cursor returned by this API');
  }
  if (parts[1] !== dataVersion) {
    throw badUserInput('after', `the cursor belongs to data version ${parts[1]}; the server now serves ${dataVersion}, so start paging again`);
  }
  return offset;
}

/** Validates `first` and `after` and turns them into a page. */
export function resolvePage(args: PageArgs, dataVersion: string): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw badUserInput('first', `must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${first}`);
  if (first > MAX_PAGE_SIZE) throw badUserInput('first', `must be at most ${MAX_PAGE_SIZE}, got ${first}`);
  const offset = args.after == null ? 0 : decodeCursor(args.after, dataVersion) + 1;
  return { limit: first, offset };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function toConnection<T>(result: PageResult<T>, page: Page, dataVersion: string): Connection<T> {
  const edges = result.rows.map((node, index) => ({ cursor: encodeCursor(dataVersion, page.offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + result.rows.length < result.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: result.totalCount,
  };
}
