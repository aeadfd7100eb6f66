/**
 * npm run seeds:check [-- seedsDir]: validates the seed version in a directory
 * exactly as the server does at start (monitoring files included), and in a source checkout also proves the
 * derived files are what seeds:build makes from the source and curated files.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../cli/run-cli.ts';
import { buildSeedContents } from '../extract/build-seeds.ts';
import { CURATED_FILES } from '../extract/curated.schemas.ts';
import { SeedValidationError } from '../check/seed-issues.ts';
import { SEED_FILE_NAMES, SOURCE_KEY } from '../seed-files.ts';
import { DEFAULT_SEEDS_DIR } from '../../core/config.ts';
import { loadSeedsFromDirectory, readCuratedInputs, renderSeedFiles, scanObservationFiles } from '../seeds-directory.ts';
import { assertLoadable } from '../../warehouse/assert-loadable.ts';

await runCli({
  name: 'seeds:check',
  usage: 'npm run seeds:check [-- seedsDir]',
  description: 'Validates the seed version in a directory exactly as the server does at start (monitoring files included); in a source checkout, also proves the derived files are what seeds:build makes from the source and curated files.',
  arguments: [{ name: 'seedsDir', description: "the seed directory (default: the repo's seeds/)", optional: true }],
  describeError: (error) => (error instanceof SeedValidationError ? error.message : `seeds:check failed: ${(error as Error).message}`),
  async run({ positionals: [dir] }) {
    const root = path.resolve(dir ?? DEFAULT_SEEDS_DIR);
    const dataset = await loadSeedsFromDirectory(root);
    await assertLoadable(dataset, root);
    const observationRows = dataset.observations.reduce((sum, o) => sum + o.rows, 0);
    const counts = [...SEED_FILE_NAMES.filter((n) => n !== 'plan').map((n) => `${(dataset[n] as unknown[]).length} ${n}`), `${observationRows} observations`];
    console.log(`seeds:check ${root}: data version ${dataset.manifest.dataVersion} is valid (${counts.join(', ')})`);

    if (existsSync(path.join(root, CURATED_FILES.facts.key))) {
      const source = await readFile(path.join(root, SOURCE_KEY));
      const rebuilt = renderSeedFiles(buildSeedContents(new TextDecoder().decode(source), await readCuratedInputs(root)), source, await scanObservationFiles(root));
      const differing: string[] = [];
      for (const [key, bytes] of rebuilt) {
        const onDisk = await readFile(path.join(root, key)).catch(() => undefined);
        if (!onDisk || !Buffer.from(bytes).equals(onDisk)) differing.push(key);
      }
      if (differing.length > 0) {
        throw new Error(`derived files differ from what seeds:build makes from the source and curated files: ${differing.join(', ')} (run npm run seeds:build)`);
      }
      console.log('seeds:check: derived files match a fresh build of source and curated files');
    }
  },
});
