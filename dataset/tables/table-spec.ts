/**
 * Columns declared once: a table is a record of column specs, from which its Kysely
 * row type (`RowOf`), its DDL on both engines and its column order for appends and
 * copies (create-tables.ts) are derived. An enumerated column names its values, so
 * its row type is their union rather than `string`.
 */

export type SqlType = 'varchar' | 'integer' | 'double precision' | 'boolean';

/** A column of row type `T`, nullable or not (`N`). */
export interface Column<T, N extends boolean = boolean> {
  readonly type: SqlType;
  readonly nullable: N;
  readonly primaryKey: boolean;
  /** The values an enumerated text column may hold; null for any text, and for other types. */
  readonly values: readonly string[] | null;
  /** Never set: carries the row type for `RowOf`. */
  readonly rowType?: T;
}

const column = <T>(type: SqlType, values: readonly string[] | null = null): Column<T, false> => ({ type, nullable: false, primaryKey: false, values });

/** Text; with `values`, one of them (its row type is their union). */
export function text(): Column<string, false>;
export function text<const V extends readonly string[]>(values: V): Column<V[number], false>;
export function text(values?: readonly string[]): Column<string, false> {
  return column('varchar', values ?? null);
}
export const integer = () => column<number>('integer');
export const double = () => column<number>('double precision');
export const boolean = () => column<boolean>('boolean');

/** The column may hold NULL (its row type adds `null`). */
export const nullable = <T>(of: Column<T, false>): Column<T, true> => ({ ...of, nullable: true });
/** The table's key (a PRIMARY KEY where the engine keeps one; create-tables.ts says when). */
export const key = <T>(of: Column<T, false>): Column<T, false> => ({ ...of, primaryKey: true });

export type Columns = Readonly<Record<string, Column<unknown>>>;

/** The row a table of these columns holds. */
export type RowOf<C extends Columns> = {
  -readonly [K in keyof C]: C[K] extends Column<infer T, infer N> ? (N extends true ? T | null : T) : never;
};
