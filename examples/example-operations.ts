/**
 * The example operations of examples/*.graphql, one per analyst question. They are
 * the explorer's starting tabs, the persisted operations that GET and CSV export
 * accept by id, and the operations the tests and benchmarks run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const EXAMPLES_DIR = import.meta.dirname;

export interface ExampleOperation {
  /** The file name without .graphql, e.g. "county-ranking-2023"; usable as a persisted operation id. */
  name: string;
  /** The operation name inside the document, e.g. "CountyRanking". */
  operationName: string;
  /** The first line of the file's leading comment. */
  title: string;
  /** The whole file, comments included, exactly as clients send it. */
  document: string;
  /** Hex SHA-256 of the document: the automatic persisted query hash. */
  sha256: string;
}

export function loadExampleOperations(dir: string = EXAMPLES_DIR): ExampleOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const document = readFileSync(path.join(dir, file), 'utf8');
      const operationName = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(document)?.[1];
      if (!operationName) throw new Error(`${file}: an example must hold one named operation`);
      const title = /^#\s*(.+)$/m.exec(document)?.[1]?.trim() ?? operationName;
      return { name: file.slice(0, -'.graphql'.length), operationName, title, document, sha256: createHash('sha256').update(document).digest('hex') };
    });
}
