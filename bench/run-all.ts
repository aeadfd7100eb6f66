/**
 * npm run bench: every benchmark, one after another (never side by side: they would
 * measure each other), then bench/results/summary.md with each one's targets and
 * where its full results are. One command reproduces every figure in the README.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../cli/run-cli.ts';
import { createBenchLog, describeMachine, machineLine, RESULTS_DIR } from './bench-kit.ts';

/** Script, its results file (without extension) and what it measures, in the order they run. */
const BENCHES = [
  { script: 'bench:seeds', results: 'seed-load', what: 'the embedded default: validation, warehouse load, first queries' },
  { script: 'bench:warehouse', results: 'warehouse', what: 'seeds from S3, 1M and 10M rows, group-by on DuckDB and PostgreSQL, pushes' },
  { script: 'bench:lambda', results: 'lambda-package', what: 'the packaged handler: artifact, cold starts, warm requests, memory' },
  { script: 'bench:api', results: 'api', what: 'warm handler time per example, SQL statements, aggregate vs raw SQL at 1M and 10M rows, memory per 1M rows' },
  { script: 'bench:load', results: 'load', what: 'autocannon against the local server, and a 100,000-invocation soak' },
  { script: 'bench:search', results: 'search', what: 'word search: recall@10 and nDCG@10 against the substring search, index build, latency' },
  { script: 'bench:peer', results: 'peer', what: 'side by side with PostGraphile on the same data: five queries afresh and cached at concurrency 1 and 20, on both engines' },
  { script: 'bench:dashboard', results: 'dashboard', what: 'the dashboard: bundle size (raw and gzipped) and first render in headless Chromium, medians' },
];

const log = createBenchLog('bench');

/** The "## Targets" section of a results file, if it has one. */
function targetsSection(markdown: string): string | undefined {
  const match = /^## Targets\n([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(markdown);
  return match?.[1]?.trim();
}

await runCli({
  name: 'bench',
  usage: 'npm run bench [-- --summary-only]',
  description: 'Runs every benchmark, one after another, then writes bench/results/summary.md with each one\'s targets and where its full results are.',
  options: {
    // Rewrites summary.md from the results already there (after re-running one part).
    'summary-only': { type: 'boolean', description: 'run no benchmark: rewrite summary.md from the results already there' },
  },
  async run({ values }) {
    const summaryOnly = values['summary-only'] === true;
    const outcomes: { script: string; status: number | null; seconds: number | null }[] = [];
    for (const bench of BENCHES) {
      if (summaryOnly) {
        outcomes.push({ script: bench.script, status: 0, seconds: null });
        continue;
      }
      log(`npm run ${bench.script}`);
      const started = performance.now();
      const run = spawnSync('npm', ['run', '--silent', bench.script], { stdio: 'inherit' });
      outcomes.push({ script: bench.script, status: run.status, seconds: Math.round((performance.now() - started) / 1000) });
    }

    const lines = [
      `# Benchmarks (${new Date().toISOString()})`,
      '',
      `${machineLine(describeMachine())} Reproduce with \`npm run bench\`; each part alone with the script named.`,
      'Shared and noisy machines: compare figures within one run, as medians and ratios.',
      '',
    ];
    for (const [index, bench] of BENCHES.entries()) {
      const outcome = outcomes[index]!;
      lines.push(`## \`npm run ${bench.script}\`: ${bench.what}`, '');
      const ran = outcome.status === 0 ? (outcome.seconds === null ? 'Ran' : `Ran in ${outcome.seconds} s`) : `**Failed (exit ${outcome.status})** after ${outcome.seconds} s`;
      lines.push(`${ran}; full results in [${bench.results}.md](${bench.results}.md) and ${bench.results}.json.`, '');
      const markdown = await readFile(path.join(RESULTS_DIR, `${bench.results}.md`), 'utf8').catch(() => '');
      const targets = targetsSection(markdown);
      if (targets) lines.push(targets, '');
    }
    await writeFile(path.join(RESULTS_DIR, 'summary.md'), `${lines.join('\n')}\n`);
    log('wrote bench/results/summary.md');
    return outcomes.every((outcome) => outcome.status === 0) ? 0 : 1;
  },
});
