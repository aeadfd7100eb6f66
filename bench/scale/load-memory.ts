/**
 * The memory one version's load takes, in a process of its own: `node --expose-gc
 * bench/scale/load-memory.ts <seeds dir>` prints {"rssGrowthMiB", "heapUsedMiB"} as
 * JSON. bench:api runs it a few times and takes the median: measured inside a long
 * benchmark, RSS growth depends on what earlier steps freed and the allocator kept
 * (the same load read 89 MiB after some steps and 202 MiB after others).
 */
import { loadSeedsFromDirectory } from '../../dataset/seeds-directory.ts';
import { createDuckDbWarehouse } from '../../warehouse/warehouse.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node --expose-gc bench/scale/load-memory.ts <seeds dir>');
if (!globalThis.gc) throw new Error('run with --expose-gc');
globalThis.gc();
const before = process.memoryUsage().rss;
const warehouse = await createDuckDbWarehouse(await loadSeedsFromDirectory(dir, { includeSample: true }), { origin: dir });
globalThis.gc();
const after = process.memoryUsage();
process.stdout.write(`${JSON.stringify({ rssGrowthMiB: Math.round((after.rss - before) / 2 ** 20), heapUsedMiB: Math.round(after.heapUsed / 2 ** 20) })}\n`);
await warehouse.close();
