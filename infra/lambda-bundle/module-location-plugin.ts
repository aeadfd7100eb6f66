/**
 * An esbuild plugin that keeps `import.meta.dirname`, `import.meta.filename` and
 * `import.meta.url` of the project's own modules meaning what they meant before
 * bundling. Bundled, every module shares the bundle's `import.meta`, so
 * schema/type-defs.ts would look for its *.graphql files next to the bundle. The
 * plugin rewrites each use into the original module's location expressed relative
 * to the bundle at run time (`join(import.meta.dirname, '../../schema')`), and the
 * build copies the files those modules read into the artifact in the same layout.
 *
 * Only project sources are rewritten: dependencies in node_modules that use
 * `import.meta.url` mostly hand it to createRequire, for which the bundle's own URL
 * is right. Any other `import.meta.<name>` in project sources (resolve, main) stops
 * the build, since no relocation is known to be right for it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader, Plugin } from 'esbuild';

const IMPORT_META_PROPERTY = /\bimport\.meta\.([A-Za-z_$][\w$]*)/g;
const RELOCATED = new Set(['dirname', 'filename', 'url']);
const LOADERS: Record<string, Loader> = { '.ts': 'ts', '.mts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.jsx': 'jsx' };

// Names unlikely to clash with a module's own; esbuild renames them if they do, since
// they are ordinary imports it sees.
const PATH_BINDING = '__moduleLocationPath';
const URL_BINDING = '__moduleLocationUrl';

export interface RelocatedModule {
  /** Relative to the project root, with forward slashes. */
  file: string;
  properties: string[];
}

export interface ModuleLocationOptions {
  projectRoot: string;
  /** The bundle's directory as it will sit in the artifact, relative to the artifact root (= project root). */
  bundleDir: string;
  /** Filled with every module rewritten, so the build can report them. */
  relocated?: RelocatedModule[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** The source of `file` with its import.meta location properties pointing at its original place. */
export function relocateImportMeta(source: string, file: string, options: ModuleLocationOptions): { contents: string; properties: string[] } {
  const relativeDir = toPosix(path.relative(path.join(options.projectRoot, options.bundleDir), path.dirname(file))) || '.';
  const relativeFile = `${relativeDir}/${path.basename(file)}`;
  const properties = new Set<string>();
  const unsupported: string[] = [];

  const contents = source.replace(IMPORT_META_PROPERTY, (match, property: string, offset: number) => {
    if (!RELOCATED.has(property)) {
      const line = source.slice(0, offset).split('\n').length;
      unsupported.push(`${match} at line ${line}`);
      return match;
    }
    properties.add(property);
    const original = property === 'dirname' ? relativeDir : relativeFile;
    const location = `${PATH_BINDING}.join(import.meta.dirname, ${JSON.stringify(original)})`;
    return property === 'url' ? `${URL_BINDING}.pathToFileURL(${location}).href` : location;
  });

  if (unsupported.length > 0) {
    throw new Error(`${toPosix(path.relative(options.projectRoot, file))}: cannot bundle ${unsupported.join(', ')}; only import.meta.dirname, filename and url are relocated`);
  }
  if (properties.size === 0) return { contents: source, properties: [] };

  // Appended, not prepended, so every line keeps its number for the source map;
  // imports are hoisted, so their place in the file does not matter.
  const imports = [`import * as ${PATH_BINDING} from 'node:path';`];
  if (properties.has('url')) imports.push(`import * as ${URL_BINDING} from 'node:url';`);
  return { contents: `${contents}\n${imports.join('\n')}\n`, properties: [...properties].sort() };
}

export function moduleLocationPlugin(options: ModuleLocationOptions): Plugin {
  const projectPrefix = options.projectRoot.endsWith(path.sep) ? options.projectRoot : options.projectRoot + path.sep;
  return {
    name: 'module-location',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
        if (!args.path.startsWith(projectPrefix) || args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const loader = LOADERS[path.extname(args.path)];
        if (!loader) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta')) return undefined;
        const { contents, properties } = relocateImportMeta(source, args.path, options);
        if (properties.length > 0) options.relocated?.push({ file: toPosix(path.relative(options.projectRoot, args.path)), properties });
        return { contents, loader };
      });
    },
  };
}
