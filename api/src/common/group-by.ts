/** Rows grouped under each key, in key order: the shape a one-to-many DataLoader returns. */
export function groupByKeys<T>(
  keys: readonly string[],
  rows: T[],
  keyOf: (row: T) => string | null,
): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
