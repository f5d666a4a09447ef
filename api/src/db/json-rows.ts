import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Several entity lists in one statement: `jsonRowsSql` builds a JSON array of an entity's
 * rows keyed by property name, `fromJsonRows` turns it back into entities (timestamps
 * become Dates again). Used where one round trip matters more than the query builder.
 */
export function jsonRowsSql<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  orderBy?: string,
): string {
  const pairs = db
    .getMetadata(entity)
    .columns.map((c) => `'${c.propertyName}', ${alias}."${c.databaseName}"`);
  // json_build_object takes at most 100 arguments: build in chunks and merge.
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += 40) {
    chunks.push(`jsonb_build_object(${pairs.slice(i, i + 40).join(', ')})`);
  }
  const order = orderBy ? ` ORDER BY ${orderBy}` : '';
  return `COALESCE(jsonb_agg(${chunks.join(' || ')}${order}), '[]'::jsonb)`;
}

export function fromJsonRows<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  rows: Record<string, unknown>[],
): T[] {
  const metadata = db.getMetadata(entity);
  const dates = metadata.columns
    .filter(
      (c) => c.type === 'timestamptz' || c.type === 'timestamp' || c.isCreateDate || c.isUpdateDate,
    )
    .map((c) => c.propertyName);
  // The pg driver reads numeric and bigint as strings; JSON gives numbers.
  const decimals = metadata.columns
    .filter((c) => c.type === 'numeric' || c.type === 'decimal' || c.type === 'bigint')
    .map((c) => c.propertyName);
  return rows.map((row) => {
    for (const key of dates) {
      const value = row[key];
      if (typeof value === 'string') row[key] = new Date(value);
    }
    for (const key of decimals) {
      const value = row[key];
      if (typeof value === 'number') row[key] = String(value);
    }
    return db.getRepository(entity).create(row as never) as unknown as T;
  });
}
