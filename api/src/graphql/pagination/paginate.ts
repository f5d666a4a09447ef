import { DEFAULT_PAGE_SIZE } from '@trident/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { badInput } from '../../common/app-error';
import type { Page, PageInfo } from './connection';
import { decodeCursor, encodeCursor, type CursorKind, type CursorValue } from './cursor';
import type { PageArgs } from './page-args';
import { setPlanned, type PlannedSelect } from '../planner/planned';
import { readPlainRows } from '../../db/plain-rows';

/** One ORDER BY key: a non-null SQL expression and how to read it off a row. */
export interface SortKey<T> {
  sql: string;
  direction: 'ASC' | 'DESC';
  value: (row: T) => CursorValue;
  /** SQL type to cast the cursor parameter to (none: text); cursors are checked against it. */
  cast?: Exclude<CursorKind, 'text'>;
}

/**
 * A name as a list orders it: by pinyin where the server has ICU (the NameCollation migration),
 * in an index of that order.
 */
export const byName = (column: string) => `${column} COLLATE trident_names`;

/** A sort key as a service declares it: fixed, or made for the direction asked. */
export type SortKeyOf<T> =
  Omit<SortKey<T>, 'direction'> | ((direction: 'ASC' | 'DESC') => SortKey<T>);

/** The key for one order item of a list's `orderBy`. */
export function sortKey<T>(key: SortKeyOf<T>, direction: 'ASC' | 'DESC'): SortKey<T> {
  return typeof key === 'function' ? key(direction) : { ...key, direction };
}

/**
 * A nullable column as a sort key, its empty values last whichever the direction (a deal with
 * no close date after every dated one, newest or oldest first): they stand in as `high`
 * ascending and as `low` descending, values beyond any real one and valid in a cursor (a
 * `LocalDate` is from the year 1000).
 */
export function emptyLast<T>(
  column: string,
  read: (row: T) => string | null | undefined,
  sentinels: { low: string; high: string; cast?: Exclude<CursorKind, 'text'> },
): (direction: 'ASC' | 'DESC') => SortKey<T> {
  return (direction) => {
    const stand = direction === 'ASC' ? sentinels.high : sentinels.low;
    const literal = `'${stand.replace(/'/g, "''")}'${sentinels.cast ? `::${sentinels.cast}` : ''}`;
    return {
      sql: `COALESCE(${column}, ${literal})`,
      direction,
      value: (row) => read(row) ?? stand,
      ...(sentinels.cast ? { cast: sentinels.cast } : {}),
    };
  };
}

/**
 * Keyset pagination over a filtered query: `after` seeks past the cursor's sort values
 * (fast at any depth, what BI uses to page through millions of rows); `offset` is for
 * the console's page jumps. The row id (a uuid unless a key names it) always ends the
 * order, so cursors are unique.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  sortKeys: SortKey<T>[],
  args: PageArgs,
  /** Relations the selection asked for, read in the page's own statement. */
  planned: PlannedSelect[] = [],
  /** Only these columns of the rows (the fields asked: `nodeColumns`); default: all. */
  columns?: ColumnMetadata[],
): Promise<Page<T>> {
  // GraphQL lets a client send null for an optional argument: same as leaving it out.
  const after = args.after ?? undefined;
  const offset = args.offset ?? 0;
  if (after !== undefined && args.offset != null) {
    throw badInput('offset', 'NOT_WITH_AFTER');
  }
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const alias = query.alias;
  const endsWithId = sortKeys.some((key) => key.sql === `${alias}.id`);
  // The id tie-break follows the last key's direction, so an index on (key, id) serves the
  // order in one scan, forwards or backwards.
  const tieBreak = sortKeys[sortKeys.length - 1]?.direction ?? 'ASC';
  const keys: SortKey<T>[] = endsWithId
    ? sortKeys
    : [
        ...sortKeys,
        { sql: `${alias}.id`, direction: tieBreak, value: (row) => row.id, cast: 'uuid' },
      ];
  // `query` itself stays as the caller built it: the count, when asked, is made from it.
  const pageQuery = query.clone();

  if (after !== undefined) {
    const values = decodeCursor(
      after,
      keys.map((key) => key.cast ?? 'text'),
    );
    const params: Record<string, CursorValue> = {};
    values.forEach((value, i) => (params[`cursor${i}`] = value));
    const direction = keys[0]!.direction;
    if (keys.every((key) => key.direction === direction)) {
      // A row comparison is an index range condition: page 900 costs what page 1 costs.
      const row = (sql: (key: SortKey<T>, i: number) => string) => `(${keys.map(sql).join(', ')})`;
      pageQuery.andWhere(
        `${row((key) => key.sql)} ${direction === 'ASC' ? '>' : '<'} ${row((key, i) => `:cursor${i}${cast(key)}`)}`,
        params,
      );
    } else {
      const ors = keys.map((key, i) => {
        const ands = keys.slice(0, i).map((prev, j) => `${prev.sql} = :cursor${j}${cast(prev)}`);
        ands.push(`${key.sql} ${key.direction === 'ASC' ? '>' : '<'} :cursor${i}${cast(key)}`);
        return `(${ands.join(' AND ')})`;
      });
      pageQuery.andWhere(`(${ors.join(' OR ')})`, params);
    }
  }
  keys.forEach((key, i) =>
    i === 0
      ? pageQuery.orderBy(key.sql, key.direction)
      : pageQuery.addOrderBy(key.sql, key.direction),
  );
  pageQuery.limit(first + 1);
  if (offset) pageQuery.offset(offset);

  if (columns) selectOnly(pageQuery, columns, keys);
  const rows = await readPage(pageQuery, planned);
  const nodes = rows.slice(0, first);
  const cursor = (i: number) => encodeCursor(keys.map((key) => key.value(nodes[i]!)));
  const pageInfo: PageInfo = {
    hasNextPage: rows.length > first,
    hasPreviousPage: after !== undefined || offset > 0,
    startCursor: nodes.length ? cursor(0) : null,
    endCursor: nodes.length ? cursor(nodes.length - 1) : null,
  };
  let counted: Promise<number> | undefined;
  return { nodes, cursor, pageInfo, count: () => (counted ??= query.getCount()) };
}

/**
 * Reads only the columns asked for, and those the order names (a cursor is made of them):
 * a BI extract asking six fields of a twelve-column row reads six.
 */
function selectOnly<T extends ObjectLiteral>(
  pageQuery: SelectQueryBuilder<T>,
  columns: ColumnMetadata[],
  keys: SortKey<T>[],
) {
  const alias = pageQuery.alias;
  const metadata = pageQuery.expressionMap.mainAlias!.metadata;
  const ordered = new Set(
    keys.flatMap((key) =>
      [...key.sql.matchAll(new RegExp(`\\b${alias}\\.(\\w+)`, 'g'))].map((m) => m[1]),
    ),
  );
  const chosen = new Set(columns);
  for (const column of metadata.columns) if (ordered.has(column.databaseName)) chosen.add(column);
  const others = pageQuery.expressionMap.selects.filter((select) => select.selection !== alias);
  pageQuery.select([...chosen].map((column) => `${alias}.${column.propertyPath}`));
  for (const select of others) pageQuery.addSelect(select.selection, select.aliasName);
}

/** The page's rows, each carrying its planned relations (one row per entity: no to-many joins). */
async function readPage<T extends ObjectLiteral>(
  pageQuery: SelectQueryBuilder<T>,
  planned: PlannedSelect[],
): Promise<T[]> {
  planned.forEach((select, i) => pageQuery.addSelect(select.sql, `planned_${i}`));
  for (const select of planned) if (select.params) pageQuery.setParameters(select.params);
  const plain = await readPlainRows(pageQuery);
  if (!plain && !planned.length) return pageQuery.getMany();
  const { entities, raw } = plain ?? (await pageQuery.getRawAndEntities<Record<string, unknown>>());
  if (entities.length !== raw.length) throw new Error('a planned page must be one row per entity');
  entities.forEach((entity, row) =>
    planned.forEach((select, i) =>
      setPlanned(entity, select.key, select.read(raw[row]![`planned_${i}`])),
    ),
  );
  return entities;
}

const cast = (key: { cast?: string }) => (key.cast ? `::${key.cast}` : '');

/** Timestamps travel in cursors as ISO strings (columns are millisecond precision). */
export const isoTime = (value: Date) => value.toISOString();
