/**
 * Codes that arguments and filters name, checked against the data version: an
 * unknown code is BAD_USER_INPUT naming the argument and the value, never an empty
 * answer an analyst would read as "the plan has nothing on this". Lookups go
 * through the request's loaders, so a check costs one batched statement per kind
 * and warms the rows the answer needs anyway.
 */
import { badUserInput } from '../core/errors.ts';
import { planCatalogOf } from '../warehouse/plan-catalog.ts';
import type { GraphQLContext } from './context.ts';

export type CodeKind = 'indicator' | 'region' | 'chapter' | 'section' | 'box' | 'project';

/** What a code of each kind looks like, for the message that refuses an unknown one. */
const CODE_HINTS: Record<CodeKind, { noun: string; hint: string }> = {
  indicator: { noun: 'indicator code', hint: 'indicator codes are "I01" to "I17" (专栏1 rows), e.g. "I04"' },
  region: { noun: 'region code', hint: 'the regions query lists the codes, e.g. "411700" (the city) or "411725"' },
  chapter: { noun: 'chapter', hint: 'chapters are numbered 1 to 13' },
  section: { noun: 'section id', hint: 'section ids are "chapter.section", e.g. "8.2"' },
  box: { noun: 'box id', hint: 'box ids are as printed, e.g. "1", "3-3", "12"' },
  project: { noun: 'project code', hint: 'project codes are "box-item", e.g. "3-3-07"' },
};

/**
 * Indicator and region codes in the case they are stored in ("i04" → "I04",
 * "zmd-z01" → "ZMD-Z01"): codes are identifiers, not words, and no two differ by case
 * alone. Other kinds are digits and dots and pass unchanged.
 */
export function canonicalCode(kind: CodeKind, code: string): string {
  return kind === 'indicator' || kind === 'region' ? code.trim().toUpperCase() : code;
}

function loadRows(ctx: GraphQLContext, kind: CodeKind, codes: readonly (string | number)[]) {
  const { loaders } = ctx;
  switch (kind) {
    case 'indicator': return loaders.indicator.loadMany(codes as string[]);
    case 'region': return loaders.region.loadMany(codes as string[]);
    case 'chapter': return loaders.chapter.loadMany(codes as number[]);
    case 'section': return loaders.section.loadMany(codes as string[]);
    case 'box': return loaders.box.loadMany(codes as string[]);
    case 'project': return loaders.project.loadMany(codes as string[]);
  }
}

/** Refuses the argument when any of the codes is unknown; the message quotes each unknown one, so an empty code shows. */
export async function requireKnownCodes(ctx: GraphQLContext, kind: CodeKind, codes: readonly (string | number)[], argument: string): Promise<void> {
  if (codes.length === 0) return;
  const rows = await loadRows(ctx, kind, codes);
  const unknown = codes.filter((_, k) => rows[k] === null || rows[k] instanceof Error);
  if (unknown.length === 0) return;
  const { noun, hint } = CODE_HINTS[kind];
  throw badUserInput(argument, `unknown ${noun}(s): ${unknown.map((code) => JSON.stringify(code)).join(', ')}; ${hint}`);
}

/** Refuses a unit no fact has, listing those there are (units are matched exactly as printed). */
export async function requireKnownUnit(ctx: GraphQLContext, unit: string, argument: string): Promise<void> {
  const { units } = await planCatalogOf(ctx.warehouse.db);
  if (!units.includes(unit)) throw badUserInput(argument, `no fact is in the unit ${JSON.stringify(unit)}; units are matched exactly as printed: ${units.map((u) => JSON.stringify(u)).join(', ')}`);
}
