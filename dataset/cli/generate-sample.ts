/**
 * npm run seeds:sample [-- seedsDir]: writes the deterministic SAMPLE monitoring
 * file (observations/sample/county-indicators.csv) from the plan's baselines and
 * targets, then rebuilds the manifest so it lists the file. The server loads it
 * only with SEEDS_SAMPLE=1.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSampleRows, renderSampleCsv, SAMPLE_KEY } from '../sample/sample-observations.ts';
import { DEFAULT_SEEDS_DIR, loadSeedsFromDirectory, rebuildSeedsDirectory } from '../seeds-directory.ts';

const root = path.resolve(process.argv[2] ?? DEFAULT_SEEDS_DIR);
try {
  const rows = generateSampleRows(await loadSeedsFromDirectory(root, { includeSample: false }));
  const target = path.join(root, SAMPLE_KEY);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, renderSampleCsv(rows));
  const manifest = await rebuildSeedsDirectory(root);
  console.log(`seeds:sample wrote ${rows.length} SAMPLE observations to ${SAMPLE_KEY}; data version ${manifest.dataVersion}`);
} catch (error) {
  console.error(`seeds:sample failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
