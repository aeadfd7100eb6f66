/** Small helpers shared by the resolvers of every domain. */

/** A value now, or later: lookups in the plan catalog answer synchronously once it has been read. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Applies `next` now if the value is there, else when it arrives; a resolver that stays
 * synchronous spares GraphQL a promise per field. (Not named `then`: a module exporting
 * `then` is a thenable, and awaiting its dynamic import would call it.)
 */
export function andThen<A, B>(value: MaybePromise<A>, next: (value: A) => MaybePromise<B>): MaybePromise<B> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** Loads a row a foreign key points at; a miss is a broken warehouse, not a client error. */
export function required<T>(row: MaybePromise<T | null>, what: string): MaybePromise<T> {
  return andThen(row, (value) => {
    if (value === null) throw new Error(`warehouse integrity: ${what} not found`);
    return value;
  });
}

/** Loads several rows by key, dropping none silently. */
export function requiredMany<T>(rows: MaybePromise<(T | null | Error)[]>, what: string): MaybePromise<T[]> {
  return andThen(rows, (values) => values.map((value, index) => {
    if (value === null || value instanceof Error) throw new Error(`warehouse integrity: ${what} #${index} not found`);
    return value;
  }));
}
