/**
 * Relay connections over offset pages. Cursors are opaque to clients; inside they
 * carry the data version and the list they were minted for, so a cursor is refused
 * (BAD_USER_INPUT naming `after`) rather than silently pointing at other rows when
 * it comes from an older version, from another field, another parent's list, or
 * the same field with another filter or order.
 *
 * The list is a short hash of the field's path (`Query.facts`, `Indicator.facts`),
 * the parent's key where the list is a parent's, and the filter and order as the
 * resolver checked them (codes in their stored case, no nulls); `first` is left out,
 * so a client may change its page size between pages.
 */
import { createHash } from 'node:crypto';
import { badUserInput } from '../core/errors.ts';
import type { LazyPageResult, Page, PageResult } from '../warehouse/page.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
/** c1: version and offset (before cursors named their list); c2: version, list and offset. */
const LEGACY_PREFIX = 'c1';
const CURSOR_PREFIX = 'c2';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** The list a cursor belongs to: the data version and the list's hash (see listKey). */
export interface CursorScope {
  dataVersion: string;
  list: string;
}

/** A value with its object keys sorted and null or undefined members dropped, so equal arguments hash alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v != null).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** A short hash naming one list: a field's path and the arguments (parent key, filter, order) that decide its rows. */
export function listKey(path: string, args: unknown = null): string {
  return createHash('sha256').update(JSON.stringify([path, canonical(args)])).digest('base64url').slice(0, 12);
}

export function encodeCursor(dataVersion: string, offset: number, list = ''): string {
  return Buffer.from(`${CURSOR_PREFIX}|${dataVersion}|${list}|${offset}`).toString('base64url');
}

function decodeCursor(cursor: string, scope: CursorScope): number {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const legacy = parts[0] === LEGACY_PREFIX && parts.length === 3;
  const current = parts[0] === CURSOR_PREFIX && parts.length === 4;
  const offset = Number(parts.at(-1));
  if (!(legacy || current) || !Number.isSafeInteger(offset) || offset < 0) {
    throw badUserInput('after', 'is not a cursor returned by this API');
  }
  if (parts[1] !== scope.dataVersion) {
    throw badUserInput('after', `the cursor belongs to data version ${parts[1]}; the server now serves ${scope.dataVersion}, so start paging again`);
  }
  if (legacy) throw badUserInput('after', 'the cursor was made by an earlier release of this API, which did not record its list; start paging again');
  if (parts[2] !== scope.list) {
    throw badUserInput('after', 'the cursor was returned by another list (another field, parent, filter or orderBy); pass an endCursor of this same field with the same filter and orderBy, or start paging again without after');
  }
  return offset;
}

/** Validates `first` alone (before a filter is checked, so its error comes first as it always has). */
export function pageSize(args: PageArgs): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw badUserInput('first', `must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${first}`);
  if (first > MAX_PAGE_SIZE) throw badUserInput('first', `must be at most ${MAX_PAGE_SIZE}, got ${first}`);
  return first;
}

/** Validates `first` and `after` (which must be a cursor of this list) and turns them into a page. */
function resolvePage(args: PageArgs, scope: CursorScope): Page {
  const first = pageSize(args);
  const offset = args.after == null ? 0 : decodeCursor(args.after, scope) + 1;
  return { limit: first, offset };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** A number, or a thunk GraphQL's default resolver calls only when `totalCount` is selected. */
  totalCount: number | (() => Promise<number>);
}

/** One page of a list as a connection: `after` must be a cursor of `list` (see listKey) in this data version, and the page's cursors are minted for it. */
export async function connectionOf<T>(
  dataVersion: string, list: string, args: PageArgs, fetchPage: (page: Page) => Promise<PageResult<T> | LazyPageResult<T>>,
): Promise<Connection<T>> {
  const scope = { dataVersion, list };
  const page = resolvePage(args, scope);
  return toConnection(await fetchPage(page), page, scope);
}

/**
 * A root list's page: `first` is checked before the list's own arguments (`check`, so
 * its error comes first as it always has), and the page's cursors name the checked
 * arguments, so a cursor of another filter or order is refused.
 */
export async function checkedConnection<A, T>(
  dataVersion: string, list: string, args: PageArgs, check: () => Promise<A>, fetchPage: (checked: A, page: Page) => Promise<PageResult<T> | LazyPageResult<T>>,
): Promise<Connection<T>> {
  pageSize(args);
  const checked = await check();
  return connectionOf(dataVersion, listKey(list, checked), args, (page) => fetchPage(checked, page));
}

function toConnection<T>(result: PageResult<T> | LazyPageResult<T>, page: Page, scope: CursorScope): Connection<T> {
  const edges = result.rows.map((node, index) => ({ cursor: encodeCursor(scope.dataVersion, page.offset + index, scope.list), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: 'hasNextPage' in result ? result.hasNextPage : page.offset + result.rows.length < result.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: result.totalCount,
  };
}
