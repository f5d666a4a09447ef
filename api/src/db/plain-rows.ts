import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

interface Part {
  alias: string;
  metadata: EntityMetadata;
  /** The property of the main row a to-one join is put on; none for the main row. */
  property?: string;
  columns: { key: string; column: ColumnMetadata }[];
}

/**
 * The rows of a query builder whose rows are one per entity (a page: no to-many joins), as
 * entities of their class, with every value read exactly as TypeORM reads it (the driver's
 * hydration of each column and its transformer), but without TypeORM's general machinery:
 * grouping rows by primary key to rebuild to-many relations and broadcasting load events to
 * listeners no entity has. On a page of 1,000 rows that machinery was most of the read's
 * CPU in Node. To-one joins that are selected (`leftJoinAndSelect('o.stage', 'stage')`) are
 * read onto their property; for any other query the answer is null (read it as before).
 */
export async function readPlainRows<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
): Promise<{ entities: T[]; raw: Record<string, unknown>[] } | null> {
  const parts = partsOf(query);
  if (!parts) return null;
  const driver = query.connection.driver;
  const raw = await query.getRawMany<Record<string, unknown>>();
  const entities = raw.map((row) => {
    const [main, ...joined] = parts.map((part) => {
      let hasData = false;
      const entity = part.metadata.create(undefined, { fromDeserializer: true }) as ObjectLiteral;
      for (const { key, column } of part.columns) {
        const value = row[key];
        if (value === undefined) continue;
        if (value !== null) hasData = true;
        column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
      }
      return hasData ? entity : undefined;
    });
    joined.forEach((entity, i) => {
      if (entity) (main as ObjectLiteral)[parts[i + 1]!.property!] = entity;
    });
    return main as T;
  });
  return { entities, raw };
}

/** The main entity and its selected to-one joins, or null when the query has anything else. */
function partsOf<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Part[] | null {
  const map = query.expressionMap;
  const main = map.mainAlias;
  if (!main?.hasMetadata || main.metadata.inheritanceTree.length > 1) return null;
  const driver = query.connection.driver;
  const part = (alias: string, metadata: EntityMetadata, property?: string): Part => ({
    alias,
    metadata,
    property,
    columns: metadata.columns
      .filter((column) => !column.isVirtual)
      .map((column) => ({
        key: DriverUtils.buildAlias(driver, undefined, alias, column.databaseName),
        column,
      })),
  });
  const parts = [part(main.name, main.metadata)];
  for (const join of map.joinAttributes) {
    if (!join.isSelected) continue;
    const relation = join.relation;
    if (
      !relation ||
      !join.metadata ||
      join.mapToProperty ||
      join.parentAlias !== main.name ||
      !(relation.isManyToOne || relation.isOneToOneOwner)
    ) {
      return null;
    }
    parts.push(part(join.alias.name, join.metadata, relation.propertyName));
  }
  // Extra expressions under a name of their own (`addSelect(sql, 'planned_0')`) only add raw
  // columns, and chosen columns of the row (`select(['o.name'])`) leave the others unset.
  const whole = (selection: string) => parts.some((p) => p.alias === selection);
  const property = new Set(parts[0]!.metadata.columns.map((c) => `${main.name}.${c.propertyPath}`));
  const readable = (select: { selection: string; aliasName?: string }) =>
    !!select.aliasName || whole(select.selection) || property.has(select.selection);
  if (!map.selects.every(readable)) return null;
  if (map.relationIdAttributes.length) return null;
  return parts;
}
