/** The printSchema snapshot in the repo is the schema the server builds: a schema change is always a visible diff. */
import { describe, expect, it } from 'vitest';
import { printSchemaSnapshot, readSchemaSnapshot } from '../infra/schema-snapshot.ts';

const RUN_IT = 'the schema changed: run npm run schema:snapshot and commit the diff';

describe('schema/snapshot/schema.graphql', () => {
  it('is the served schema as printSchema prints it', async () => {
    const snapshot = await readSchemaSnapshot();
    expect(snapshot, `schema/snapshot/schema.graphql is missing: ${RUN_IT.replace('the schema changed: ', '')}`).not.toBeNull();
    // The message comes first; vitest then shows the diff, snapshot (expected) against the schema (received).
    expect(printSchemaSnapshot(), RUN_IT).toBe(snapshot);
  });
});
