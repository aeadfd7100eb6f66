/**
 * HTTP caching keyed on the data version. A data version never changes once
 * published and a query's answer depends only on it and on the API's schema, so a
 * GET answer may be cached until the next refresh check, and its ETag (version plus
 * schema revision) lets a CDN or browser revalidate cheaply: a new data version
 * means a new ETag, so stale copies are replaced on the next check.
 */
import { createHash } from 'node:crypto';
import type { Audience } from '../../core/request.ts';

/**
 * A weak validator: the same query on the same version gives the same data, though not
 * byte for byte (`loadedAt` differs per container). Internal callers see more rows, so
 * their answers carry their own tag.
 */
export function versionEtag(dataVersion: string, apiRevision: string, audience: Audience = 'public'): string {
  return `W/"${dataVersion}.${apiRevision}${audience === 'internal' ? '.internal' : ''}"`;
}

/**
 * A short, stable fingerprint of the schema's SDL files, so a deploy that changes the
 * schema also changes ETags. The files as written rather than the printed schema:
 * printing it took ~6 ms of every cold start, and an edit to a comment costing one
 * extra revalidation is harmless.
 */
export function apiRevisionOf(typeDefs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const typeDef of typeDefs) hash.update(typeDef).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** If-None-Match uses weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored, `*` matches anything. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

export interface CachePolicy {
  /** How long shared caches may serve an answer without asking again: the data refresh interval. */
  maxAgeSeconds: number;
  apiRevision: string;
}

export function cacheableHeaders(policy: CachePolicy, dataVersion: string, audience: Audience = 'public'): Record<string, string> {
  return {
    // An internal answer may sit in the caller's own cache, never in a CDN that would hand it to the public.
    'cache-control': `${audience === 'internal' ? 'private' : 'public'}, max-age=${policy.maxAgeSeconds}`,
    etag: versionEtag(dataVersion, policy.apiRevision, audience),
    // The content type follows Accept (application/json or application/graphql-response+json); the
    // audience follows the credentials.
    vary: 'accept, authorization, x-api-key',
  };
}

export const NOT_CACHEABLE = { 'cache-control': 'no-store' } as const;
