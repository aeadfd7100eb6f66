/**
 * Operations the server's response cache never answers. Whole answers are cached
 * per data version (functions/graphql/apollo-server.ts), so an example sent again
 * and again is answered from memory after the first time; to load the resolvers,
 * loaders and warehouse instead, an operation asks for `dataset { loadedAt }` as
 * well: that field says `@cacheControl(maxAge: 0)`, and an answer holding it is
 * never stored. The load runs check that this still holds: a cached answer carries
 * an `age` header, and an afresh run must see none.
 */
import { createHash } from 'node:crypto';
import { Kind, parse, print, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { ExampleOperation } from '../../examples/example-operations.ts';

/** The response key of the added field, named so it is plain why it is there. */
export const NEVER_CACHED_ALIAS = 'neverCached';

const NEVER_CACHED_FIELD: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: NEVER_CACHED_ALIAS },
  name: { kind: Kind.NAME, value: 'dataset' },
  selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'loadedAt' } }] },
};

/** The document with `neverCached: dataset { loadedAt }` added to its operation's root selection. */
export function executedAfreshDocument(document: string): string {
  const parsed = parse(document);
  return print({
    ...parsed,
    definitions: parsed.definitions.map((definition) => {
      if (definition.kind !== Kind.OPERATION_DEFINITION) return definition;
      const operation: OperationDefinitionNode = definition;
      return { ...operation, selectionSet: { ...operation.selectionSet, selections: [...operation.selectionSet.selections, NEVER_CACHED_FIELD] } };
    }),
  });
}

/** The example, renamed "<name> (afresh)", asking for a field that keeps its answer out of the response cache. */
export function executedAfresh(operation: ExampleOperation): ExampleOperation {
  const document = executedAfreshDocument(operation.document);
  return { ...operation, name: `${operation.name} (afresh)`, document, sha256: createHash('sha256').update(document).digest('hex') };
}
