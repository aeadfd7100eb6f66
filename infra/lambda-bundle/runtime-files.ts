/**
 * Copies the files bundled modules read at run time (SDL, example operations, the
 * built explorer) into the artifact at the same paths as in the project, which is
 * where module-location-plugin.ts makes those modules look.
 */
import { cp, glob, mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface RuntimeFilePattern {
  pattern: string;
  /** Who reads these files, for the error when none are there. */
  why: string;
}

export interface CopiedRuntimeFiles {
  pattern: string;
  files: number;
}

/** Copies each pattern's matches; a pattern without matches stops the build. */
export async function copyRuntimeFiles(projectRoot: string, artifactRoot: string, patterns: readonly RuntimeFilePattern[]): Promise<CopiedRuntimeFiles[]> {
  const copied: CopiedRuntimeFiles[] = [];
  for (const { pattern, why } of patterns) {
    const files: string[] = [];
    for await (const entry of glob(pattern, { cwd: projectRoot, withFileTypes: true })) {
      if (entry.isFile()) files.push(path.relative(projectRoot, path.join(entry.parentPath, entry.name)));
    }
    if (files.length === 0) throw new Error(`no file matches ${pattern}, but ${why}`);
    for (const file of files.sort()) {
      await mkdir(path.dirname(path.join(artifactRoot, file)), { recursive: true });
      await cp(path.join(projectRoot, file), path.join(artifactRoot, file));
    }
    copied.push({ pattern, files: files.length });
  }
  return copied;
}
