import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

/**
 * Rows of an entity read as JSON inside another statement: `jsonObjectSql` builds one row
 * keyed by property name, `jsonRowsSql` a JSON array of them, and `fromJsonRows` turns them
 * back into entities (timestamps become Dates again). Used where one round trip matters more
 * than the query builder: the org chart, and relations planned from a request's selection.
 */
export function jsonObjectSql<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  /** Some columns only (the fields a request asked for); default: every column. */
  columns: ColumnMetadata[] = db.getMetadata(entity).columns,
): string {
  const pairs = columns.map((c) => {
    // As text, as the pg driver reads them: a JSON number would lose digits and trailing zeros.
    const exact = isExactNumber(c.type) ? '::text' : '';
    // An embedded column (Money's amount) by its path, `potential.amount`: nested again on read.
    return `'${c.propertyPath}', ${alias}."${c.databaseName}"${exact}`;
  });
  // Plain json is built several times faster than jsonb (no binary form, no key sorting): a
  // 5,707-contact org chart took 331 ms as jsonb and 62 ms as json of the columns asked.
  // json_build_object takes at most 100 arguments; above that, jsonb chunks merged by `||`.
  if (pairs.length <= 50) return `json_build_object(${pairs.join(', ')})`;
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += 40) {
    chunks.push(`jsonb_build_object(${pairs.slice(i, i + 40).join(', ')})`);
  }
  return chunks.join(' || ');
}

export function jsonRowsSql<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  orderBy?: string,
  /** Some columns only (see jsonObjectSql); default: every column. */
  columns?: ColumnMetadata[],
): string {
  const order = orderBy ? ` ORDER BY ${orderBy}` : '';
  const object = jsonObjectSql(db, entity, alias, columns);
  return object.startsWith('json_build_object')
    ? `COALESCE(json_agg(${object}${order}), '[]'::json)`
    : `COALESCE(jsonb_agg(${object}${order}), '[]'::jsonb)`;
}

const isExactNumber = (type: unknown) =>
  type === 'numeric' || type === 'decimal' || type === 'bigint';

interface JsonShape {
  dates: string[];
  transformed: { key: string; from: (value: unknown) => unknown }[];
  embedded: string[];
  prototype: object;
}

/** What reading an entity's JSON rows needs to know, worked out once per entity. */
const shapes = new WeakMap<EntityMetadata, JsonShape>();

function jsonShape(metadata: EntityMetadata): JsonShape {
  let shape = shapes.get(metadata);
  if (!shape) {
    shape = {
      dates: metadata.columns
        .filter(
          (c) =>
            c.type === 'timestamptz' || c.type === 'timestamp' || c.isCreateDate || c.isUpdateDate,
        )
        .map((c) => c.propertyPath),
      // A column with a transformer (e.g. numeric read as a number) is read through it.
      transformed: metadata.columns.flatMap((c) =>
        c.transformer && !Array.isArray(c.transformer)
          ? [{ key: c.propertyPath, from: c.transformer.from.bind(c.transformer) }]
          : [],
      ),
      embedded: metadata.columns.filter((c) => c.embeddedMetadata).map((c) => c.propertyPath),
      prototype: (metadata.target as { prototype: object }).prototype,
    };
    shapes.set(metadata, shape);
  }
  return shape;
}

export function fromJsonRows<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  rows: Record<string, unknown>[],
): T[] {
  const { dates, transformed, embedded, prototype } = jsonShape(db.getMetadata(entity));
  return rows.map((row) => {
    for (const key of dates) {
      const value = row[key];
      if (typeof value === 'string') row[key] = new Date(value);
    }
    for (const { key, from } of transformed) if (key in row) row[key] = from(row[key]);
    for (const path of embedded) {
      if (!(path in row)) continue;
      const [outer, inner] = splitPath(path);
      const holder = (row[outer] ??= {}) as Record<string, unknown>;
      holder[inner] = row[path];
      delete row[path];
    }
    // The entity's class without TypeORM's hydration: the row is already in its shape.
    return Object.assign(Object.create(prototype) as T, row);
  });
}

/** `potential.amount` → ['potential', 'amount'] (one level of embedding, as the entities use). */
function splitPath(path: string): [string, string] {
  const dot = path.lastIndexOf('.');
  return [path.slice(0, dot), path.slice(dot + 1)];
}
