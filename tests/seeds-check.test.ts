/**
 * seeds:check and the loader reject corrupted copies of the real seeds, naming
 * file, row and field. Each corruption except the integrity ones is re-hashed
 * into the manifest first, to prove the deeper check catches it on its own.
 */
import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SeedValidationError, formatSeedIssue } from '../dataset/check/seed-issues.ts';
import type { FactSeed, ProjectSeed } from '../dataset/seed.schemas.ts';
import { loadSeedsFromDirectory } from '../dataset/seeds-directory.ts';
import { copySeeds, editRows, readJson, rehashManifest, writeJson } from './helpers/seeds.ts';

const FACTS = 'data/facts.json';
let copy: Awaited<ReturnType<typeof copySeeds>>;

beforeEach(async () => {
  copy = await copySeeds();
});
afterEach(async () => {
  await copy.remove();
});

async function issuesOf(dir: string): Promise<string[]> {
  try {
    await loadSeedsFromDirectory(dir);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.issues.map(formatSeedIssue);
    throw error;
  }
  throw new Error('the corrupted seeds were accepted');
}

function editFact(id: string, edit: (fact: FactSeed) => void) {
  return editRows<FactSeed>(copy.dir, FACTS, (rows) => edit(rows.find((f) => f.id === id)!));
}

describe('seeds:check', () => {
  it('accepts the real seeds', async () => {
    const data = await loadSeedsFromDirectory(copy.dir);
    expect(data.facts.length).toBeGreaterThanOrEqual(170);
  });

  it('rejects a changed number: the value no longer matches the quote', async () => {
    await editFact('I04-target', (f) => { f.value = 10; });
    await rehashManifest(copy.dir);
    expect(await issuesOf(copy.dir)).toEqual([`${FACTS} row 8 (I04-target) field value: is 10 but the source prints 9 ("9")`]);
  });

  it('rejects a changed printed value: it no longer occurs in the quote', async () => {
    await editFact('s1.1-01', (f) => { f.value = 82.2; f.valueText = '82.2万人'; });
    await rehashManifest(copy.dir);
    expect(await issuesOf(copy.dir)).toEqual([expect.stringMatching(/^data\/facts\.json row \d+ \(s1\.1-01\) field valueText: "82\.2万人" does not occur in the quote$/)]);
  });

  it('rejects a changed quote: it no longer occurs verbatim in the source', async () => {
    await editFact('s1.1-01', (f) => { f.source.quote = f.source.quote.replace('人才资源总量', '人才总量'); });
    await rehashManifest(copy.dir);
    expect(await issuesOf(copy.dir)).toContainEqual(expect.stringMatching(/\(s1\.1-01\) field source\.quote: does not occur verbatim in the source text$/));
  });

  it('rejects a missing file', async () => {
    await rm(path.join(copy.dir, 'data/projects.json'));
    expect(await issuesOf(copy.dir)).toEqual(['data/projects.json: is listed in the manifest but missing']);
  });

  it('rejects a hash mismatch', async () => {
    await writeFile(path.join(copy.dir, 'data/regions.json'), `${JSON.stringify(await readJson(copy.dir, 'data/regions.json'))}\n`);
    const issues = await issuesOf(copy.dir);
    expect(issues).toContainEqual(expect.stringMatching(/^manifest\.json row \d+ \(data\/regions\.json\) field sha256: says [0-9a-f]{64}; the file hashes to [0-9a-f]{64}$/));
    expect(issues).toContainEqual(expect.stringMatching(/field bytes: says \d+ bytes; the file has \d+$/));
  });

  it('rejects a duplicate id', async () => {
    await editRows<ProjectSeed>(copy.dir, 'data/projects.json', (rows) => { rows[1]!.code = rows[0]!.code; rows[1]!.box = rows[0]!.box; rows[1]!.item = rows[0]!.item; });
    await rehashManifest(copy.dir);
    expect(await issuesOf(copy.dir)).toContain('data/projects.json row 2 (3-1-01) field code: duplicates row 1');
  });

  it('rejects a dangling reference', async () => {
    await editFact('s1.1-01', (f) => { f.indicator = 'I99'; f.conflictsWith = ['s9.9-99']; });
    await rehashManifest(copy.dir);
    const issues = await issuesOf(copy.dir);
    expect(issues).toContainEqual(expect.stringMatching(/\(s1\.1-01\) field indicator: indicator I99 does not exist$/));
    expect(issues).toContainEqual(expect.stringMatching(/\(s1\.1-01\) field conflictsWith\.0: fact s9\.9-99 does not exist$/));
  });

  it('rejects a relation stated one way only', async () => {
    await editFact('I01-target', (f) => { f.conflictsWith = f.conflictsWith.filter((id) => id !== 's1.5-02'); });
    await rehashManifest(copy.dir);
    expect(await issuesOf(copy.dir)).toContainEqual(expect.stringMatching(/\(s1\.5-02\) field conflictsWith\.0: fact I01-target does not list s1\.5-02 back in conflictsWith$/));
  });

  it('rejects a row of the wrong shape, naming the field', async () => {
    await editFact('s1.1-02', (f) => { (f as unknown as Record<string, unknown>).kind = 'GUESS'; });
    await rehashManifest(copy.dir);
    expect(await issuesOf(copy.dir)).toContainEqual(expect.stringMatching(/^data\/facts\.json row \d+ \(s1\.1-02\) field kind: /));
  });

  it('rejects a manifest whose data version does not match its files', async () => {
    const manifest = await readJson<Record<string, unknown>>(copy.dir, 'manifest.json');
    await writeJson(copy.dir, 'manifest.json', { ...manifest, dataVersion: '0000000000000000' });
    expect(await issuesOf(copy.dir)).toContainEqual(expect.stringMatching(/^manifest\.json field dataVersion: is 0000000000000000; the listed files give [0-9a-f]{16}$/));
  });

  it('rejects malformed JSON with the file named', async () => {
    await writeFile(path.join(copy.dir, 'data/boxes.json'), '[{"id": "1",');
    await rehashManifest(copy.dir).catch(() => undefined);
    expect((await issuesOf(copy.dir)).join('\n')).toMatch(/data\/boxes\.json/);
  });

  it('the CLI exits 1 and prints file, row and field', async () => {
    await editFact('I04-target', (f) => { f.value = 10; });
    await rehashManifest(copy.dir);
    const run = promisify(execFile)(process.execPath, ['dataset/cli/check-seeds.ts', copy.dir]);
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('data/facts.json row 8 (I04-target) field value: is 10 but the source prints 9') });
  });
});
