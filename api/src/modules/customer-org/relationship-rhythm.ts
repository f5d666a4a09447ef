/**
 * The relationship rhythm of contacts in SQL (issue 20, seed 003), shared by the contact's
 * fields, the stale list, the RELATIONSHIP_STALE trigger and the risk sweep so they cannot
 * drift: the last visit-log entry that met each contact, the visits of the last 90 days, and
 * the cadence that applies (the contact's level, or the rising-star one when shorter).
 *
 * The visit log is read once per statement for all the contacts asked about: the visits of
 * their accounts, unnested to the contacts met, and one aggregate gives each contact's
 * figures — never one probe per contact (the largest customers have thousands of contacts).
 */

/** Days between contacts for contact `c`, null when neither its level nor rising star has one. */
export const cadenceDaysSql = (c: string) =>
  `(SELECT min(rc.days) FROM relationship_cadence rc
     WHERE rc.key = ${c}.level OR (${c}.rising_star AND rc.key = 'RISING_STAR'))`;

/**
 * `contact_id`, `last_at` and `recent` (visits in the 90 days before `now`) for the contacts in
 * the uuid[] expression `ids` that were ever met, reading the visits of their accounts (the SQL
 * set `accounts`) through the visit log's account index; visits planned after `now` do not
 * count. (A GIN index on the contacts met was slower: one probe per contact asked.)
 */
export const lastContactsSql = (ids: string, accounts: string, now: string) => `
  SELECT met.id AS contact_id, max(a.occurred_at) AS last_at,
         count(*) FILTER (WHERE a.occurred_at > ${now} - interval '90 days')::int AS recent
    FROM activity a CROSS JOIN LATERAL unnest(a.contact_ids) AS met(id)
   WHERE a.account_id IN (${accounts}) AND a.occurred_at <= ${now}
     AND met.id IN (SELECT unnest(${ids}))
   GROUP BY met.id`;

/**
 * Active contacts matching `where` (on contact `c`) whose relationship is past its cadence at
 * `$1` (now), with the columns every stale list needs. A caller's scope goes into `where`, so
 * only its contacts' visits are read.
 */
export const staleContactsSql = (where = 'TRUE') => `
  WITH due AS MATERIALIZED (
    SELECT c.id, c.account_id, c.relationship_owner_id, c.name, c.level, c.created_at, k.cadence
      FROM contact c CROSS JOIN LATERAL (SELECT ${cadenceDaysSql('c')} AS cadence) k
     WHERE c.status = 'ACTIVE' AND k.cadence IS NOT NULL AND (${where})),
  asked AS (SELECT coalesce(array_agg(id), '{}') AS ids FROM due)
  SELECT d.id AS contact_id, d.account_id, d.relationship_owner_id, d.name, d.level,
         m.last_at, m.recent, d.cadence,
         coalesce(m.last_at, d.created_at) + make_interval(days => d.cadence) AS due_at
    FROM due d
    LEFT JOIN (${lastContactsSql(
      '((SELECT ids FROM asked)::uuid[])',
      'SELECT DISTINCT account_id FROM due',
      '$1::timestamptz',
    )}) m
      ON m.contact_id = d.id
   WHERE coalesce(m.last_at, d.created_at) + make_interval(days => d.cadence) < $1::timestamptz`;
