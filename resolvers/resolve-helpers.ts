/** Small helpers shared by the resolvers of every domain. */
/** Loads a row a foreign key points at; a miss is a broken warehouse, not a client error. */
export async function required<T>(row: Promise<T | null>, what: string): Promise<T> {
  const value = await row;
  if (value === null) throw new Error(`warehouse integrity: ${what} not found`);
  return value;
}

/** Loads several rows by key, dropping none silently. */
export async function requiredMany<T>(rows: Promise<(T | null | Error)[]>, what: string): Promise<T[]> {
  const values = await rows;
  return values.map((value, index) => {
    if (value === null || value instanceof Error) throw new Error(`warehouse integrity: ${what} #${index} not found`);
    return value;
  });
}
