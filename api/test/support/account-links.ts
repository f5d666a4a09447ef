import type { DataSource } from 'typeorm';

/**
 * Every link between two records of customers stays within one customer: a task's deal is the
 * task's customer's, an influence joins two people of one organisation, an escalation's object
 * belongs to the escalation's account. The links are read from the schema, not listed: foreign
 * keys, id columns without one that name a table (`feedback.opportunity_id`,
 * `process_run_step.approver_contact_id`) or arrays of ids (`activity.contact_ids`), and polymorphic pairs (`subject_type` +
 * `subject_id`, `entity` + `entity_id`) whose stored kinds name a table. So a table or column
 * added later is checked without anyone remembering to add it here.
 *
 * A link whose target is a customer itself (`account.parent_id`, a name collision's other
 * account) joins two customers by design and is not checked.
 */
export interface AccountLinkMismatch {
  table: string;
  column: string;
  target: string;
  rows: number;
}

interface Link {
  column: string;
  target: string;
  /** An array of ids (`activity.contact_ids`). */
  array?: boolean;
  /** For a polymorphic pair: the kind column and the kind stored for this target. */
  kind?: { column: string; value: string };
}

/** Kinds whose name fits more than one table (a plan's milestone, a payment's). */
const KIND_TABLES: Record<string, string> = { MILESTONE: 'payment_milestone' };

const quote = (name: string) => `"${name.replace(/"/g, '')}"`;

export async function accountLinks(
  db: DataSource,
): Promise<{ checked: string[]; mismatches: AccountLinkMismatch[] }> {
  const columnRows: { table_name: string; column_name: string; data_type: string }[] =
    await db.query(
      `SELECT c.table_name, c.column_name, c.data_type
         FROM information_schema.columns c
         JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'`,
    );
  const columns = new Map<string, Map<string, string>>();
  for (const row of columnRows) {
    if (!columns.has(row.table_name)) columns.set(row.table_name, new Map());
    columns.get(row.table_name)!.set(row.column_name, row.data_type);
  }
  const foreignKeys: { child: string; column: string; parent: string }[] = await db.query(
    `SELECT child.relname AS child, a.attname AS column, parent.relname AS parent
       FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid
       JOIN pg_class parent ON parent.oid = c.confrelid
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1
        AND c.connamespace = 'public'::regnamespace`,
  );

  /** The table a name points at: itself, or the one table ending in `_<name>`. */
  const tableNamed = (name: string): string | undefined => {
    if (columns.has(name)) return name;
    const endings = [...columns.keys()].filter((t) => t.endsWith(`_${name}`));
    return endings.length === 1 ? endings[0] : undefined;
  };

  const links = new Map<string, Link[]>();
  const addLink = (table: string, link: Link) => {
    if (!links.has(table)) links.set(table, []);
    links.get(table)!.push(link);
  };
  for (const fk of foreignKeys) addLink(fk.child, { column: fk.column, target: fk.parent });
  for (const [table, cols] of columns) {
    for (const [column, type] of cols) {
      const array = type === 'ARRAY' && column.endsWith('_ids');
      if (!array && (type !== 'uuid' || !column.endsWith('_id') || column === 'id')) continue;
      if (foreignKeys.some((fk) => fk.child === table && fk.column === column)) continue;
      // `approver_contact_id` names `contact`: the longest ending that is a table.
      const words = column.replace(/_ids?$/, '').split('_');
      for (let i = 0; i < words.length; i++) {
        const target = columns.has(words.slice(i).join('_')) ? words.slice(i).join('_') : null;
        if (target) {
          addLink(table, { column, target, array });
          break;
        }
      }
    }
  }
  // Polymorphic pairs: `<p>_type` + `<p>_id`, or `entity` + `entity_id`.
  for (const [table, cols] of columns) {
    for (const column of cols.keys()) {
      const prefix = column.endsWith('_type') ? column.slice(0, -'_type'.length) : column;
      const idColumn = `${prefix}_id`;
      if (cols.get(idColumn) !== 'uuid' || links.get(table)?.some((l) => l.column === idColumn))
        continue;
      const kinds: { kind: string }[] = await db.query(
        `SELECT DISTINCT ${quote(column)}::text AS kind FROM ${quote(table)} WHERE ${quote(column)} IS NOT NULL`,
      );
      for (const { kind } of kinds) {
        const snake = kind.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
        const target = KIND_TABLES[kind] ?? tableNamed(snake);
        if (!target)
          throw new Error(`${table}.${column} stores the kind ${kind}, which names no table`);
        addLink(table, { column: idColumn, target, kind: { column, value: kind } });
      }
    }
  }

  /** How a row of `table` (alias `alias`) reaches its customer: SQL and the joins it needs. */
  let aliases = 0;
  const accountOf = (
    table: string,
    alias: string,
    depth = 0,
  ): { sql: string; joins: string[] } | undefined => {
    if (table === 'account') return { sql: `${alias}.id`, joins: [] };
    if (columns.get(table)?.has('account_id')) return { sql: `${alias}.account_id`, joins: [] };
    if (depth >= 3) return undefined;
    for (const fk of foreignKeys.filter((f) => f.child === table && f.parent !== 'account')) {
      const next = `a${aliases++}`;
      const parent = accountOf(fk.parent, next, depth + 1);
      if (parent)
        return {
          sql: parent.sql,
          joins: [
            `LEFT JOIN ${quote(fk.parent)} ${next} ON ${next}.id = ${alias}.${quote(fk.column)}`,
            ...parent.joins,
          ],
        };
    }
    return undefined;
  };

  const mismatches: AccountLinkMismatch[] = [];
  const checked: string[] = [];
  for (const [table, tableLinks] of links) {
    const own = accountOf(table, 'r');
    if (!own) continue;
    for (const link of tableLinks) {
      if (link.target === 'account' || link.column === 'account_id') continue;
      const target = `t${aliases++}`;
      const theirs = accountOf(link.target, target);
      if (!theirs) continue;
      // The link that gives the row its customer cannot disagree with itself.
      if (own.joins[0]?.includes(`= r.${quote(link.column)}`)) continue;
      checked.push(
        `${table}.${link.column} → ${link.target}${link.kind ? ` (${link.kind.value})` : ''}`,
      );
      const kind = link.kind ? ` AND r.${quote(link.kind.column)} = '${link.kind.value}'` : '';
      const [{ n } = { n: 0 }]: { n: number }[] = await db.query(
        `SELECT count(*)::int AS n
           FROM ${quote(table)} r
           ${own.joins.join(' ')}
           JOIN ${quote(link.target)} ${target}
             ON ${target}.id = ${link.array ? `ANY(r.${quote(link.column)})` : `r.${quote(link.column)}`}${kind}
           ${theirs.joins.join(' ')}
          WHERE ${own.sql} IS DISTINCT FROM ${theirs.sql}
            AND ${own.sql} IS NOT NULL AND ${theirs.sql} IS NOT NULL`,
      );
      if (n > 0) mismatches.push({ table, column: link.column, target: link.target, rows: n });
    }
  }
  return { checked, mismatches };
}
