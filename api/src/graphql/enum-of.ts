/** A type-graphql enum object ({ A: 'A', … }) from a list of domain values. */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/** The same values as a SQL IN-list, for check constraints. */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
