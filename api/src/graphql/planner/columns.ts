import type { ResolveTree } from 'graphql-parse-resolve-info';
import { getMetadataStorage } from 'type-graphql';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Field names that type-graphql resolves with a method, per entity class. */
const resolvedFields = new Map<unknown, Set<string>>();

function fieldsWithResolvers(target: unknown): Set<string> {
  let names = resolvedFields.get(target);
  if (!names) {
    names = new Set(
      getMetadataStorage()
        .fieldResolvers.filter((r) => {
          const objectType = r.getObjectType?.() ?? r.resolverClassMetadata?.getObjectType();
          // A method of the entity class itself (`kind: internal`) has the class as its target.
          return objectType === target || r.target === target;
        })
        .map((r) => r.schemaName),
    );
    resolvedFields.set(target, names);
  }
  return names;
}

/**
 * The columns a planned relation must read for the fields asked of it: a field that is a
 * column reads that column (an embedded one, all of its parts); a field with a resolver may
 * read anything of its row, so then every column is read. The primary key always is (it
 * names the row for loaders and cursors).
 */
export function columnsFor<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  typeName: string,
  asked: ResolveTree[],
): ColumnMetadata[] {
  const metadata = db.getMetadata(entity);
  const all = metadata.columns;
  const names = new Set(
    asked.flatMap((tree) =>
      Object.values(tree.fieldsByTypeName[typeName] ?? {}).map((field) => field.name),
    ),
  );
  names.delete('__typename');
  const resolved = fieldsWithResolvers(metadata.target);
  const chosen = new Set<ColumnMetadata>(metadata.primaryColumns);
  for (const name of names) {
    if (resolved.has(name)) return all;
    const columns = all.filter((c) =>
      c.embeddedMetadata ? c.embeddedMetadata.propertyName === name : c.propertyName === name,
    );
    if (!columns.length) return all;
    for (const column of columns) chosen.add(column);
  }
  return all.filter((c) => chosen.has(c));
}
