/**
 * npm run seeds:build [-- seedsDir]: rebuilds every derived seed file from
 * source/plan.txt and curated/, and lists the monitoring files found under
 * observations/ in the manifest.
 */
import path from 'node:path';
import { DEFAULT_SEEDS_DIR, rebuildSeedsDirectory } from '../seeds-directory.ts';

const root = path.resolve(process.argv[2] ?? DEFAULT_SEEDS_DIR);
try {
  const manifest = await rebuildSeedsDirectory(root);
  console.log(`seeds:build wrote data version ${manifest.dataVersion} to ${root}`);
  for (const f of manifest.files) console.log(`  ${f.key.padEnd(44)} ${String(f.rows).padStart(7)} rows ${String(f.bytes).padStart(9)} bytes`);
} catch (error) {
  console.error(`seeds:build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
