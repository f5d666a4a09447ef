/**
 * The relationship rhythm of a contact in SQL (issue 20, seed 003), shared by the contact's
 * fields, the stale list, the RELATIONSHIP_STALE trigger and the risk sweep so they cannot
 * drift: the last visit-log entry that met the contact, the visits of the last 90 days, and
 * the cadence that applies (the contact's level, or the rising-star one when shorter).
 */

/** Days between contacts for contact `c`, null when neither its level nor rising star has one. */
export const cadenceDaysSql = (c: string) =>
  `(SELECT min(rc.days) FROM relationship_cadence rc
     WHERE rc.key = ${c}.level OR (${c}.rising_star AND rc.key = 'RISING_STAR'))`;

/**
 * A LATERAL join giving `last_at` and `recent` (visits in the 90 days before `now`) for
 * contact `c`; visits planned after `now` do not count. The GIN index on the visit log's
 * contacts (`activity_contacts_idx`) finds them.
 */
export const lastContactJoin = (c: string, now: string) =>
  `LEFT JOIN LATERAL (
     SELECT max(a.occurred_at) AS last_at,
            count(*) FILTER (WHERE a.occurred_at > ${now} - interval '90 days')::int AS recent
       FROM activity a
      WHERE a.contact_ids @> ARRAY[${c}.id] AND a.account_id = ${c}.account_id
        AND a.occurred_at <= ${now}) lc ON TRUE`;

/**
 * When contact `c` is next due for a contact: the last one (or, for someone never met, when
 * they were entered) plus the cadence. Needs `lastContactJoin` and a `cadence` column.
 */
export const dueAtSql = (c: string) =>
  `(coalesce(lc.last_at, ${c}.created_at) + make_interval(days => cadence))`;

/**
 * Active contacts of the visible accounts whose relationship is past its cadence at `now`,
 * with the columns every stale list needs. `$1` is now; the caller adds its scope.
 */
export const STALE_CONTACTS_SQL = `
  SELECT c.id AS contact_id, c.account_id, c.relationship_owner_id, c.name, c.level,
         lc.last_at, lc.recent, k.cadence,
         coalesce(lc.last_at, c.created_at) + make_interval(days => k.cadence) AS due_at
    FROM contact c
    CROSS JOIN LATERAL (SELECT ${cadenceDaysSql('c')} AS cadence) k
    ${lastContactJoin('c', '$1::timestamptz')}
   WHERE c.status = 'ACTIVE' AND k.cadence IS NOT NULL
     AND coalesce(lc.last_at, c.created_at) + make_interval(days => k.cadence) < $1::timestamptz`;
