import type { ReadShape } from './shape';

/** Q2 — the org chart of the largest account: units, contacts with owners, influence. */
export const q2: ReadShape = {
  id: 'Q2',
  title: 'orgChart of the largest account',
  trident: (p) => ({
    token: p.biToken,
    variables: { account: p.largestAccountId },
    query: `query Q2($account: ID!) {
      orgChart(accountId: $account) {
        units { id name kind parentId }
        contacts { id name title level stance influence orgUnitId reportsToId relationshipOwner { id name } }
        influences { fromContactId toContactId strength }
      }
    }`,
  }),
  postgraphile: (p) => ({
    variables: { account: p.largestAccountId },
    query: `query Q2($account: UUID!) {
      accountByRowId(rowId: $account) {
        orgUnitsByAccountId(orderBy: [NATURAL]) { nodes { rowId name kind parentId } }
        contactsByAccountId { nodes {
          rowId name title level stance influence orgUnitId reportsToId
          userByRelationshipOwnerId { rowId name }
        } }
      }
      allInfluences(condition: { accountId: $account }) { nodes { fromContactId toContactId strength } }
    }`,
  }),
  sql: async (pool, p) =>
    (
      await pool.query(
        `SELECT
           (SELECT COALESCE(json_agg(u), '[]') FROM (
              SELECT id, name, kind, parent_id FROM org_unit WHERE account_id = $1 ORDER BY name) u) AS units,
           (SELECT COALESCE(json_agg(c), '[]') FROM (
              SELECT c.id, c.name, c.title, c.level, c.stance, c.influence, c.org_unit_id, c.reports_to_id,
                     CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END AS owner
                FROM contact c LEFT JOIN "user" o ON o.id = c.relationship_owner_id
               WHERE c.account_id = $1 ORDER BY c.name) c) AS contacts,
           (SELECT COALESCE(json_agg(i), '[]') FROM (
              SELECT from_contact_id, to_contact_id, strength FROM influence WHERE account_id = $1) i) AS influences`,
        [p.largestAccountId],
      )
    ).rows[0],
};
