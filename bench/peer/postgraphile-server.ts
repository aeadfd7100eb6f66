/**
 * PostGraphile 4 as the peer bench runs it: a process of its own (as our server
 * is), library mode on node:http, the way its docs deploy it, over the pushed
 * version's schema and the bench's `peer_bench` schema (the one aggregate view,
 * see peer-queries.ts). Production settings: no GraphiQL, no query log, no schema
 * watching, no mutations. PostGraphile infers relations from foreign keys only and
 * the version's tables have none, so smart tags add the two `fact_all` relations
 * (indicator, region) the queries follow, and the view's key.
 *
 * Started by peer.bench.ts with DATABASE_URL, PEER_SCHEMA and PEER_EXTRA_SCHEMA in
 * its environment; prints one JSON line `{"url":"http://127.0.0.1:<port>/graphql"}`
 * once it listens, and closes its pool on SIGTERM.
 */
import { createRequire, registerHooks } from 'node:module';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

/**
 * One graphql for all of PostGraphile. The app depends on graphql 16; PostGraphile 4
 * needs 15, and npm nests a copy of 15 under each package that cannot share the
 * app's (postgraphile, graphile-build-pg), while graphql-parse-resolve-info takes
 * the app's 16. Types built by one copy are not types to another ("Unexpected input
 * type: Int"), so in this process every `graphql` import resolves from postgraphile's
 * own folder: its graphql 15.
 */
const requireFromPostgraphile = createRequire(createRequire(import.meta.url).resolve('postgraphile'));
let redirecting = false;
registerHooks({
  resolve(specifier, context, nextResolve) {
    // The resolve below passes through this hook again: that time it resolves as usual.
    if (redirecting || (specifier !== 'graphql' && !specifier.startsWith('graphql/'))) return nextResolve(specifier, context);
    redirecting = true;
    try {
      return { url: pathToFileURL(requireFromPostgraphile.resolve(specifier)).href, shortCircuit: true };
    } finally {
      redirecting = false;
    }
  },
});
const { postgraphile, makeJSONPgSmartTagsPlugin } = (await import('postgraphile')).default as unknown as typeof import('postgraphile');

const url = process.env.DATABASE_URL;
const schema = process.env.PEER_SCHEMA;
const extraSchema = process.env.PEER_EXTRA_SCHEMA;
if (!url || !schema || !extraSchema) throw new Error('run by bench/peer.bench.ts: DATABASE_URL, PEER_SCHEMA and PEER_EXTRA_SCHEMA must be set');

const tags = makeJSONPgSmartTagsPlugin({
  version: 1,
  config: {
    class: {
      [`${schema}.fact_all`]: {
        tags: {
          primaryKey: 'id',
          foreignKey: [`(indicator) references ${schema}.indicator (code)`, `(region) references ${schema}.region (code)`],
        },
      },
    },
  },
});

const middleware = postgraphile(url, [schema, extraSchema], {
  graphiql: false,
  disableQueryLog: true,
  watchPg: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  disableDefaultMutations: true,
  ignoreRBAC: false,
  legacyRelations: 'omit',
  enableQueryBatching: false,
  retryOnInitFail: false,
  appendPlugins: [tags],
});

const server = createServer(middleware);
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}/graphql` })}\n`);
});

const stop = () => {
  server.close();
  void middleware.release().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
