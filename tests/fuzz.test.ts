/**
 * Schema-aware fuzzing of the real Lambda handler: random valid operations built
 * from the real schema (tests/helpers/graphql-fuzz.ts), each checked with graphql's
 * own `validate` first, so the generator is tested too, then sent as an API
 * Gateway v2 POST. Whatever the operation asks, the answer must be a JSON body
 * with a status below 500, and every error must carry a code that is not
 * INTERNAL_SERVER_ERROR; no promise may be left rejected unhandled. Each operation
 * is also asked for as a CSV export (GET /export.csv), whose route reads the
 * operation's shape itself, under the same rules (or a CSV body with a 200).
 *
 * The seed is fixed, so a run is repeatable; FUZZ_SEED picks another and FUZZ_RUNS
 * another number of runs. A failure names the seed and the shrunk operation.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import fc from 'fast-check';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../core/errors.ts';
import type { FactSeed, IndicatorSeed, ProjectSeed, RegionSeed } from '../dataset/seed.schemas.ts';
import { createExecutableSchema } from '../functions/graphql/apollo-server.ts';
import { encodeCursor } from '../resolvers/pagination.ts';
import { operationArbitrary, type FuzzValues, type GeneratedOperation } from './helpers/graphql-fuzz.ts';
import { getEvent, lambdaContext, postEvent } from './helpers/lambda.ts';
import { readJson, REAL_SEEDS_DIR } from './helpers/seeds.ts';

const DEFAULT_SEED = 20_260_611;
const SEED = Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const MAX_DEPTH = 6;

const savedEnv = { ...process.env };
let handlerModule: typeof import('../functions/graphql/handler.ts');
let schema: GraphQLSchema;
let values: FuzzValues;
const unhandledRejections: unknown[] = [];
const recordUnhandledRejection = (reason: unknown) => { unhandledRejections.push(reason); };

async function fuzzValues(dataVersion: string): Promise<FuzzValues> {
  const [indicators, regions, sections, boxes, projects, facts] = await Promise.all([
    readJson<IndicatorSeed[]>(REAL_SEEDS_DIR, 'data/indicators.json'),
    readJson<RegionSeed[]>(REAL_SEEDS_DIR, 'data/regions.json'),
    readJson<{ id: string }[]>(REAL_SEEDS_DIR, 'data/sections.json'),
    readJson<{ id: string }[]>(REAL_SEEDS_DIR, 'data/boxes.json'),
    readJson<ProjectSeed[]>(REAL_SEEDS_DIR, 'data/projects.json'),
    readJson<FactSeed[]>(REAL_SEEDS_DIR, 'data/facts.json'),
  ]);
  const base64url = (text: string) => Buffer.from(text).toString('base64url');
  return {
    indicatorCodes: indicators.map((indicator) => indicator.code),
    regionCodes: regions.map((region) => region.code),
    sectionIds: sections.map((section) => section.id),
    boxIds: boxes.map((box) => box.id),
    projectCodes: projects.map((project) => project.code),
    units: [...new Set(facts.map((fact) => fact.unit).filter((unit): unit is string => Boolean(unit)))],
    words: ['就业', '返乡创业', '人才', '技能人才', '高技能人才', '驻马店', '确山', '万人', '职业技能培训', 'employment'],
    cursors: [
      ...[0, 1, 10, 194, 1_000_000, 2 ** 31, Number.MAX_SAFE_INTEGER].map((offset) => encodeCursor(dataVersion, offset)),
      encodeCursor('0000000000000000', 1),
      base64url(`c1|${dataVersion}|-1`),
      base64url(`c1|${dataVersion}|1e400`),
      base64url(`c1|${dataVersion}|0x10`),
      'not-a-cursor',
      '',
    ],
  };
}

beforeAll(async () => {
  // SAMPLE data gives progress, series and breakdowns rows to work on.
  Object.assign(process.env, { SEEDS_SAMPLE: '1' });
  handlerModule = await import('../functions/graphql/handler.ts');
  schema = createExecutableSchema();
  const lease = await handlerModule.servingWarehouse.acquire();
  try {
    values = await fuzzValues(lease.warehouse.dataset.version);
  } finally {
    lease.release();
  }
  process.on('unhandledRejection', recordUnhandledRejection);
});

afterAll(async () => {
  process.off('unhandledRejection', recordUnhandledRejection);
  process.env = savedEnv;
  await handlerModule?.servingWarehouse.close();
});

interface Answer {
  status: number;
  csv: boolean;
  body: { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined;
}

async function invoke(event: Parameters<typeof handlerModule.handler>[0], requestId: string): Promise<Answer> {
  const result = await handlerModule.handler(event, lambdaContext(requestId)) as APIGatewayProxyStructuredResultV2;
  const csv = String(result.headers?.['content-type'] ?? '').startsWith('text/csv');
  let body: Answer['body'];
  try {
    body = csv ? undefined : JSON.parse(result.body ?? '');
  } catch {
    body = undefined;
  }
  return { status: result.statusCode ?? 200, csv, body };
}

const postGraphQL = (operation: GeneratedOperation, requestId: string) =>
  invoke(postEvent({ query: operation.query, variables: operation.variables }), requestId);

/** The same operation as a CSV export, whose route reads the operation's shape itself (aliases, fragments, directives). */
const getCsvExport = (operation: GeneratedOperation, requestId: string) =>
  invoke(getEvent({ query: operation.query, variables: JSON.stringify(operation.variables) }, {}, '/export.csv'), requestId);

/** What is wrong with an answer, or nothing. */
function problemsOf(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (answer.csv) return answer.status === 200 ? problems : [...problems, `a CSV body with HTTP ${answer.status}`];
  if (!answer.body || typeof answer.body !== 'object') return [...problems, 'the body is not a JSON object'];
  if (answer.body.data === undefined && !answer.body.errors?.length) problems.push('neither data nor errors');
  for (const error of answer.body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || code === '') problems.push(`an error without a code: ${JSON.stringify(error)}`);
    else if (code === ErrorCode.INTERNAL_SERVER_ERROR) problems.push(`INTERNAL_SERVER_ERROR: ${JSON.stringify(error)}`);
  }
  return problems;
}

describe('fuzz: random valid operations through the Lambda handler', () => {
  it(`answers ${RUNS} random valid operations (seed ${SEED}) without a 5xx, an internal error or an unhandled rejection`, async () => {
    const tally = { data: 0, withErrors: 0, refused: 0, csv: 0 };
    const codes = new Map<string, number>();
    let requests = 0;
    const property = fc.asyncProperty(operationArbitrary(schema, values, { maxDepth: MAX_DEPTH }), async (operation) => {
      // The generator's own check: every document it makes is valid on the schema.
      const validationErrors = validate(schema, parse(operation.query)).map((error) => error.message);
      if (validationErrors.length) throw new Error(`the generator made an invalid document: ${validationErrors.join('; ')}`);
      const answer = await postGraphQL(operation, `fuzz-${(requests += 1)}`);
      const problems = problemsOf(answer);
      if (problems.length) throw new Error(`POST /graphql: ${problems.join('\n')}`);
      const exported = await getCsvExport(operation, `fuzz-${(requests += 1)}`);
      const exportProblems = problemsOf(exported);
      if (exportProblems.length) throw new Error(`GET /export.csv: ${exportProblems.join('\n')}`);
      if (exported.csv) tally.csv += 1;
      for (const error of answer.body?.errors ?? []) codes.set(String(error.extensions?.code), (codes.get(String(error.extensions?.code)) ?? 0) + 1);
      if (answer.status >= 400) tally.refused += 1;
      else if (answer.body?.errors?.length) tally.withErrors += 1;
      else tally.data += 1;
    });

    const details = await fc.check(property, { seed: SEED, numRuns: RUNS });
    if (details.failed) {
      const [operation] = details.counterexample ?? [];
      throw new Error([
        `Fuzz failure after ${details.numRuns} runs (${details.numShrinks} shrinks). Reproduce with FUZZ_SEED=${SEED}${RUNS !== 400 ? ` FUZZ_RUNS=${RUNS}` : ''}`
          + ` (fast-check path ${details.counterexamplePath}).`,
        'Operation:', operation?.query ?? '(none)',
        `Variables: ${JSON.stringify(operation?.variables ?? {})}`,
        `Problem: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`,
      ].join('\n'));
    }
    console.info(`fuzz (seed ${SEED}): ${RUNS} operations, ${requests} requests; POST: ${tally.data} answered with data only, ${tally.withErrors} with errors in a 200, `
      + `${tally.refused} refused (4xx); CSV exports made: ${tally.csv}; `
      + `error codes ${JSON.stringify(Object.fromEntries(codes))}`);

    expect(unhandledRejections).toEqual([]);
    // Guards the generator, not the server: most operations must get past validation and limits into the resolvers.
    expect(tally.data + tally.withErrors).toBeGreaterThan(RUNS / 2);
  }, 120_000);
});
