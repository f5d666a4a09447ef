import { insert, prepare, type GenerateContext } from './context';
import { ANCHOR, personName, uuidOf } from './sql';

/**
 * The people: an admin, a finance collector, managers with their SALES reports (round
 * robin, so bench-sales-1 reports to bench-manager-1), and the TECHNICAL and DELIVERY
 * users the account teams draw their SR and FR from. Those two report to no manager here:
 * in Trident a manager sees every account their line sits on, and an SR on thousands of
 * accounts would turn a sales manager's dashboard into a whole-company one.
 *
 * `bench_user` keeps (kind, idx) → id for the later steps; every user shares one
 * password hash, computed once by the caller.
 */
export async function generateUsers(ctx: GenerateContext, passwordHash: string): Promise<void> {
  const { managers, sales, technical, delivery } = ctx.sizes;
  await prepare(
    ctx,
    `CREATE TEMP TABLE bench_user ON COMMIT DROP AS
     WITH people (kind, idx, roles, manager_idx) AS (
       SELECT 'admin', 1, ARRAY['ADMIN'], NULL::int
       UNION ALL SELECT 'finance', 1, ARRAY['FINANCE'], NULL
       UNION ALL SELECT 'manager', g, ARRAY['MANAGER'], NULL FROM generate_series(1, ${managers}) g
       UNION ALL SELECT 'sales', g, ARRAY['SALES'], 1 + (g - 1) % ${managers}
                   FROM generate_series(1, ${sales}) g
       UNION ALL SELECT 'technical', g, ARRAY['TECHNICAL'], NULL FROM generate_series(1, ${technical}) g
       UNION ALL SELECT 'delivery', g, ARRAY['DELIVERY'], NULL FROM generate_series(1, ${delivery}) g
     )
     SELECT p.kind, p.idx, p.roles, p.manager_idx, e.email, ${uuidOf(`'user:' || e.email`)} AS id
       FROM people p
      CROSS JOIN LATERAL (
        SELECT 'bench-' || p.kind
               || CASE WHEN p.kind IN ('admin', 'finance') THEN '' ELSE '-' || p.idx END
               || '@trident.bench' AS email) e`,
  );
  await prepare(ctx, `CREATE UNIQUE INDEX ON bench_user (kind, idx)`);
  await insert(
    ctx,
    'user',
    `INSERT INTO "user" (id, name, email, password_hash, roles, status, manager_id,
                         created_at, updated_at, version)
     SELECT u.id,
            ${personName('hashtext(u.email)', 1)} || ' Bench ' || u.kind
              || CASE WHEN u.kind IN ('admin', 'finance') THEN '' ELSE ' ' || u.idx END,
            u.email, $1, u.roles, 'ACTIVE', m.id,
            ${ANCHOR} - interval '4 years', ${ANCHOR} - interval '4 years', 1
       FROM bench_user u
       LEFT JOIN bench_user m ON m.kind = 'manager' AND m.idx = u.manager_idx
      ORDER BY u.kind, u.idx`,
    [passwordHash],
  );
}
