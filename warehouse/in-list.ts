/**
 * The values of an `in` condition. SQL has no empty `IN ()`, so an empty list becomes
 * `IN ('')`, which matches nothing: no code, id or key in the warehouse is ''.
 */
export function inList<T extends string>(values: readonly T[]): T[] {
  return values.length > 0 ? [...values] : ['' as T];
}
