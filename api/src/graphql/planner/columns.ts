import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { getMetadataStorage } from 'type-graphql';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { connectionNodeFields } from './requested-fields';

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

/** Per entity class: resolved fields that read only the named properties of their row. */
const declaredReads = new Map<unknown, Map<string, string[]>>();

/**
 * Declares which properties of its row a field resolver reads (a relation read by its foreign
 * key), so a read planned from the selection can read just those columns for it instead of the
 * whole row. Undeclared resolved fields read the whole row. A wrong declaration is caught by
 * the planned-read tests, which ask every field alone and compare with the whole row's answer.
 */
export function resolvedReads<T>(
  entity: new () => T,
  reads: Partial<Record<string, (keyof T & string)[]>>,
): void {
  const map = declaredReads.get(entity) ?? new Map<string, string[]>();
  for (const [field, properties] of Object.entries(reads))
    if (properties) map.set(field, properties);
  declaredReads.set(entity, map);
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
  const names = new Set(
    asked.flatMap((tree) =>
      Object.values(tree.fieldsByTypeName[typeName] ?? {}).map((field) => field.name),
    ),
  );
  return columnsForFields(db, entity, names);
}

/** The columns that GraphQL fields of an entity's type read (see columnsFor). */
export function columnsForFields<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  fields: Iterable<string>,
): ColumnMetadata[] {
  const metadata = db.getMetadata(entity);
  const all = metadata.columns;
  const names = new Set(fields);
  names.delete('__typename');
  const resolved = fieldsWithResolvers(metadata.target);
  const declared = declaredReads.get(metadata.target);
  const chosen = new Set<ColumnMetadata>(metadata.primaryColumns);
  for (const asked of names) {
    const reads = declared?.get(asked);
    if (resolved.has(asked) && !reads) return all;
    for (const name of reads ?? [asked]) {
      const columns = all.filter((c) =>
        c.embeddedMetadata ? c.embeddedMetadata.propertyName === name : c.propertyName === name,
      );
      if (!columns.length) return all;
      for (const column of columns) chosen.add(column);
    }
  }
  return all.filter((c) => chosen.has(c));
}

/**
 * The columns a page of `entity` must read for the fields asked of its nodes, or undefined
 * (every column) when there is no request to plan from.
 */
export function nodeColumns<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  typeName: string,
  info: GraphQLResolveInfo | undefined,
): ColumnMetadata[] | undefined {
  if (!info) return undefined;
  return unlessWhole(
    db,
    entity,
    columnsForFields(db, entity, connectionNodeFields(info, typeName).keys()),
  );
}

/**
 * The columns, or undefined when they are all of the entity's: a whole row, which (unlike a
 * partial one) may be primed into a loader that other paths of the request read.
 */
export function unlessWhole<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  columns: ColumnMetadata[],
): ColumnMetadata[] | undefined {
  return columns.length === db.getMetadata(entity).columns.length ? undefined : columns;
}
