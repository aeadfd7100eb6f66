/**
 * npm run seeds:build [-- seedsDir]: rebuilds every derived seed file from
 * source/plan.txt and curated/, and lists the monitoring files found under
 * observations/ in the manifest.
 */
import path from 'node:path';
import { runCli } from '../../cli/run-cli.ts';
import { DEFAULT_SEEDS_DIR } from '../../core/config.ts';
import { rebuildSeedsDirectory } from '../seeds-directory.ts';

await runCli({
  name: 'seeds:build',
  usage: 'npm run seeds:build [-- seedsDir]',
  description: 'Rebuilds every derived seed file (data/*.json, manifest.json) from source/plan.txt and curated/, listing the monitoring files under observations/.',
  arguments: [{ name: 'seedsDir', description: "the seed directory (default: the repo's seeds/)", optional: true }],
  async run({ positionals: [dir] }) {
    const root = path.resolve(dir ?? DEFAULT_SEEDS_DIR);
    const manifest = await rebuildSeedsDirectory(root);
    console.log(`seeds:build wrote data version ${manifest.dataVersion} to ${root}`);
    for (const f of manifest.files) console.log(`  ${f.key.padEnd(44)} ${String(f.rows).padStart(7)} rows ${String(f.bytes).padStart(9)} bytes`);
  },
});
