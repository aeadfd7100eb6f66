/**
 * An esbuild plugin that loads Node's built-in modules with `require` instead of
 * `import`. For an ESM import of a built-in, Node builds a module facade that reads
 * every export once; node:http's exports include lazy getters (WebSocket and friends)
 * that load and compile undici, ~10 ms of every cold start for code the function never
 * runs (bench:lambda). `require` hands back the built-in as it is. The bundle's banner
 * provides `require` (bundle-handler.ts).
 */
import { isBuiltin } from 'node:module';
import type { Plugin } from 'esbuild';

const NAMESPACE = 'node-builtin-by-require';

export function builtinsByRequirePlugin(): Plugin {
  return {
    name: 'builtins-by-require',
    setup(build) {
      build.onResolve({ filter: /^[a-z_:/0-9]+$/ }, (args) => {
        if ((args.kind !== 'import-statement' && args.kind !== 'dynamic-import') || !isBuiltin(args.path)) return undefined;
        return { path: args.path, namespace: NAMESPACE };
      });
      // A CommonJS module of one line: esbuild's interop gives default, named and namespace imports alike.
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}
