/**
 * What the self-hosted pages' builds (explorer/build-explorer.ts, dashboard/build-dashboard.ts)
 * share: content-hashed names, finding esbuild's outputs, gzipped twins, and the
 * same-origin Content-Security-Policy that keeps a page off every CDN.
 */
import type { Metafile } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Eight base32 characters, the form of esbuild's `[hash]` that the page routes cache as immutable. */
export function contentHash(content: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = createHash('sha256').update(content).digest();
  return Array.from({ length: 8 }, (_, index) => alphabet[bytes[index]! % 32]).join('');
}

/** The one output of a build whose file name matches; `who` names the build in the error. */
export function outputNamed(metafile: Metafile, pattern: RegExp, who: string): string {
  const names = Object.keys(metafile.outputs).map((output) => path.basename(output));
  const name = names.find((candidate) => pattern.test(candidate));
  if (!name) throw new Error(`${who}: esbuild wrote no file matching ${pattern} (wrote ${names.join(', ')})`);
  return name;
}

/**
 * A gzipped copy beside a file of the given kinds: through API Gateway and Lambda (6 MB
 * per response) a large script fits only gzipped, so the routes prefer the twin.
 */
export function writeGzippedTwin(dir: string, file: string, kinds: RegExp): void {
  if (!kinds.test(file)) return;
  writeFileSync(path.join(dir, `${file}.gz`), gzipSync(readFileSync(path.join(dir, file)), { level: 9 }));
}

/**
 * Same origin only, so the browser itself guarantees the page reaches no CDN, which is
 * what an intranet without internet needs; the one inline script (moving the page to
 * the URL form its relative links need) is allowed by its hash.
 */
export function sameOriginPolicy(inlineScript: string, allow: { dataFonts?: boolean; workers?: boolean } = {}): string {
  const scriptHash = createHash('sha256').update(inlineScript).digest('base64');
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${scriptHash}'`,
    "style-src 'self' 'unsafe-inline'",
    `font-src 'self'${allow.dataFonts ? ' data:' : ''}`,
    "img-src 'self' data:",
    ...(allow.workers ? ["worker-src 'self'"] : []),
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}
