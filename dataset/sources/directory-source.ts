/** Seeds in a directory: the embedded default (the repo's seeds/) and any local copy. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex } from '../manifest.ts';
import { MANIFEST_KEY } from '../seed-files.ts';
import { SeedReadError, type SeedSource } from './seed-source.ts';

async function readIfPresent(root: string, key: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path.join(root, key));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new SeedReadError(key, `cannot be read from ${root} (${code ?? (error as Error).message})`, { cause: error });
  }
}

export function createDirectorySeedSource(root: string): SeedSource {
  const location = path.resolve(root);
  return {
    location,
    async readManifest({ ifNoneMatch } = {}) {
      const bytes = await readIfPresent(location, MANIFEST_KEY);
      if (!bytes) throw new SeedReadError(MANIFEST_KEY, `is missing in ${location}`);
      // A directory has no ETag; the manifest's hash changes exactly when the manifest does.
      const etag = sha256Hex(bytes);
      return etag === ifNoneMatch ? 'unchanged' : { bytes, etag };
    },
    readFile: (_manifest, entry) => readIfPresent(location, entry.key),
  };
}
