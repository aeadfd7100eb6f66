/** The SDL files of this folder, read in name order (common.graphql declares the root Query). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SCHEMA_DIR = import.meta.dirname;

export function loadTypeDefs(dir: string = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort((a, b) => (a === 'common.graphql' ? -1 : b === 'common.graphql' ? 1 : a.localeCompare(b)))
    .map((name) => readFileSync(path.join(dir, name), 'utf8'));
}
