/**
 * Values derived once per data version (the plan catalog, the search index): kept as
 * long as the version's object is (a WeakMap, so a retired version's value goes with
 * it), built by the first caller and shared by concurrent ones; a failed build is
 * forgotten, so the next caller tries again.
 */
export interface PerVersion<K extends object, V> {
  /** The value once built, else a promise of it (starting the build on first use). */
  nowOrLater(key: K): V | Promise<V>;
  /** Makes `value` the one the version answers, e.g. built from what the version was loaded from. */
  prime(key: K, value: V): void;
}

export function perVersion<K extends object, V>(build: (key: K) => Promise<V>): PerVersion<K, V> {
  const entries = new WeakMap<K, { building: Promise<V>; built?: V }>();
  return {
    nowOrLater(key) {
      const known = entries.get(key);
      if (known) return known.built ?? known.building;
      const entry: { building: Promise<V>; built?: V } = { building: build(key) };
      entries.set(key, entry);
      entry.building.then((value) => { entry.built = value; }, () => entries.delete(key));
      return entry.building;
    },
    prime(key, value) {
      entries.set(key, { building: Promise.resolve(value), built: value });
    },
  };
}
