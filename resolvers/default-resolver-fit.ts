/**
 * The fields no resolver map names are served by the default resolver
 * (snake-case-fields.ts), which reads the parent's property of the field's name, or of
 * its snake_case name when the parent has none (and calls it if it is a function). The
 * generated types check the resolvers that are written; these types check the rest, at
 * compile time only: every such field must be a property of its type's parent (the
 * codegen mappers, infra/resolver-types-codegen.ts), by either name, whose type fits the
 * SDL's. resolvers/index.ts applies them to the maps it serves, so renaming a column or
 * changing its type fails `tsc` there, naming `Type.field`.
 */
import type { Resolvers, ResolversParentTypes } from './generated/resolver-types.ts';
import type { CamelToSnake } from './snake-case-fields.ts';

type ObjectType = Exclude<keyof Resolvers & keyof ResolversParentTypes, 'Node'>;

/** The fields of `T` a resolver map names (distributes over the maps). */
type WrittenFields<Map, T extends string> = Map extends { [K in T]: infer Fields } ? keyof Fields : never;

/** The fields of `T` that no map (of the union `Maps`) names, left to the default resolver. */
type DefaultFields<Maps, T extends ObjectType> = Exclude<keyof NonNullable<Resolvers[T]>, WrittenFields<Maps, T> | `__${string}`>;

/** What the SDL lets field `F` of `T` resolve to, promises unwrapped. */
type FieldResult<T extends ObjectType, F extends keyof NonNullable<Resolvers[T]>> =
  Awaited<ReturnType<Extract<NonNullable<NonNullable<Resolvers[T]>[F]>, (...args: never[]) => unknown>>>;

/** A value the default resolver turns into `R`: `R` itself, a promise of it, or a function (a thunk) giving either; undefined reads as null. */
type DefaultServes<R> = DefaultValue<R | (null extends R ? undefined : never)>;
type DefaultValue<R> = R | Promise<R> | ((...args: never[]) => R | Promise<R>);

/** What the default resolver reads for field `F` of a `Parent`, boxed (a property may be typed never); 'absent' when the parent has neither name. */
type DefaultRead<Parent, F extends string> =
  F extends keyof Parent ? { read: Parent[F] }
    : CamelToSnake<F> extends keyof Parent ? { read: Parent[CamelToSnake<F>] }
    : 'absent';

type MisfitsOf<Maps, T extends ObjectType> = {
  [F in DefaultFields<Maps, T>]: DefaultRead<ResolversParentTypes[T], F & string> extends { read: infer Read }
    ? ([Read] extends [DefaultServes<FieldResult<T, F>>] ? never : `${T}.${F & string}`)
    : `${T}.${F & string} (no such property)`;
}[DefaultFields<Maps, T>];

/** Every field of the resolver maps' types left to the default resolver that does not fit the SDL, as "Type.field". */
export type DefaultResolverMisfits<Maps> = { [T in ObjectType]: MisfitsOf<Maps, T> }[ObjectType];

/** `true` only when the union is empty; otherwise tsc's message names its members ("Type 'true' is not assignable to type '"Fact.kind"'"). */
export type NoneOf<Names> = [Names] extends [never] ? true : Names;
