/**
 * One convention for single-item lookups: every one takes `id`, the thing's
 * identifier as a string (`chapter(id: "6")`, `indicator(id: "I04")`), and those
 * the contract (api.md) names by `number` or `code` keep that name too. Exactly one
 * of the two is given.
 */
import { badUserInput } from '../core/errors.ts';

export function lookupKey(args: { id?: string | null } & Record<string, unknown>, contractName: 'number' | 'code'): string {
  const own = args[contractName];
  const hasOwn = own !== null && own !== undefined;
  const hasId = args.id !== null && args.id !== undefined;
  if (hasOwn === hasId) throw badUserInput(hasId ? 'id' : contractName, `give either ${contractName} or id (the same key), not ${hasId ? 'both' : 'neither'}`);
  return hasId ? args.id! : String(own);
}
