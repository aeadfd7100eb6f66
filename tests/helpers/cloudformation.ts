/** Just enough of CloudFormation to read a packaged template's values as they will be once deployed. */

export type References = Readonly<Record<string, string>>;

/** Resolves Ref, Fn::Join and Fn::Sub (string form) against `references`; any other intrinsic is an error. */
export function resolveIntrinsics(value: unknown, references: References): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveIntrinsics(item, references));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const [key, argument] = entries[0] ?? [];
  if (entries.length === 1 && key === 'Ref') return lookUp(String(argument), references);
  if (entries.length === 1 && key === 'Fn::Join') {
    const [separator, parts] = argument as [string, unknown[]];
    return parts.map((part) => resolveIntrinsics(part, references)).join(separator);
  }
  if (entries.length === 1 && key === 'Fn::Sub') {
    if (typeof argument !== 'string') throw new Error('Fn::Sub with a variable map is not supported here');
    return argument.replace(/\$\{([^}!]+)\}/g, (_, name: string) => lookUp(name, references));
  }
  if (entries.length === 1 && key?.startsWith('Fn::')) throw new Error(`${key} is not supported here`);
  return Object.fromEntries(entries.map(([name, item]) => [name, resolveIntrinsics(item, references)]));
}

function lookUp(name: string, references: References): string {
  const found = references[name];
  if (found === undefined) throw new Error(`the template refers to ${name}, which was not given`);
  return found;
}
