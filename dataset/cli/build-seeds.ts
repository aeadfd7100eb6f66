/** npm run seeds:build [-- seedsDir]: rebuilds every derived seed file from source/plan.txt and curated/. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSeedContents } from '../extract/build-seeds.ts';
import { SOURCE_KEY } from '../seed-files.ts';
import { parseManifest, validateSeedFiles } from '../check/validate-seeds.ts';
import { DEFAULT_SEEDS_DIR, readCuratedInputs, renderSeedFiles, writeSeedFiles } from '../seeds-directory.ts';
import { MANIFEST_KEY } from '../seed-files.ts';

const root = path.resolve(process.argv[2] ?? DEFAULT_SEEDS_DIR);
try {
  const source = await readFile(path.join(root, SOURCE_KEY));
  const contents = buildSeedContents(new TextDecoder().decode(source), await readCuratedInputs(root));
  const files = renderSeedFiles(contents, source);
  // Refuse to write a version that the loader would reject.
  validateSeedFiles(parseManifest(files.get(MANIFEST_KEY)!), files);
  await writeSeedFiles(root, files);
  const manifest = parseManifest(files.get(MANIFEST_KEY)!);
  console.log(`seeds:build wrote data version ${manifest.dataVersion} to ${root}`);
  for (const f of manifest.files) console.log(`  ${f.key.padEnd(26)} ${String(f.rows).padStart(5)} rows ${String(f.bytes).padStart(8)} bytes`);
} catch (error) {
  console.error(`seeds:build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
