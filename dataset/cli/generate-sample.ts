/**
 * npm run seeds:sample [-- seedsDir]: writes the deterministic SAMPLE monitoring
 * file (observations/sample/county-indicators.csv) from the plan's baselines and
 * targets, then rebuilds the manifest so it lists the file. The server loads it
 * only with SEEDS_SAMPLE=1.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../cli/run-cli.ts';
import { generateSampleRows, renderSampleCsv, SAMPLE_KEY } from '../sample/sample-observations.ts';
import { DEFAULT_SEEDS_DIR } from '../../core/config.ts';
import { loadSeedsFromDirectory, rebuildSeedsDirectory } from '../seeds-directory.ts';

await runCli({
  name: 'seeds:sample',
  usage: 'npm run seeds:sample [-- seedsDir]',
  description: `Writes the deterministic SAMPLE monitoring file (${SAMPLE_KEY}) from the plan's baselines and targets, then rebuilds the manifest so it lists the file.`,
  arguments: [{ name: 'seedsDir', description: "the seed directory (default: the repo's seeds/)", optional: true }],
  async run({ positionals: [dir] }) {
    const root = path.resolve(dir ?? DEFAULT_SEEDS_DIR);
    const rows = generateSampleRows(await loadSeedsFromDirectory(root, { includeSample: false }));
    const target = path.join(root, SAMPLE_KEY);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, renderSampleCsv(rows));
    const manifest = await rebuildSeedsDirectory(root);
    console.log(`seeds:sample wrote ${rows.length} SAMPLE observations to ${SAMPLE_KEY}; data version ${manifest.dataVersion}`);
  },
});
