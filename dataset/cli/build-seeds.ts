/** npm run seeds:build [-- seedsDir]: rebuilds every derived seed file from source/plan.txt and curated/. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSeedContents } from '../extract/build-seeds.ts';
import { MANIFEST_KEY, SOURCE_KEY } from '../seed-files.ts';
import { parseManifest, validateSeedFiles } from '../check/validate-seeds.ts';
import { DEFAULT_SEEDS_DIR, readCuratedInputs, renderSeedFiles, writeSeedFiles } from '../seeds-directory.ts';

const root = path.resolve(process.argv[2] ?? DEFAULT_SEEDS_DIR);
try {
  const source = await readFile(path.join(root, SOURCE_KEY));
  const contents = buildSeedContents(new TextDecoder().decode(source), await readCuratedInputs(root));
  const files = renderSeedFiles(contents, source);
  const manifest = parseManifest(files.get(MANIFEST_KEY)!);
  // Refuse to write a version that the loader would reject.
  validateSeedFiles(manifest, files);
  await writeSeedFiles(root, files);
  console.log(`seeds:build wrote data version ${manifest.dataVersion} to ${root}`);
  for (const f of manifest.files) console.log(`  ${f.key.padEnd(26)} ${String(f.rows).padStart(5)} rows ${String(f.bytes).padStart(8)} bytes`);
} catch (error) {
  console.error(`seeds:build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
