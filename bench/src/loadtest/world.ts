import type { Client } from 'pg';

/** The demo users the load test signs in as (api/src/demo/demo-data.ts, password trident-demo). */
export const DEMO_PASSWORD = 'trident-demo';

export type Persona = 'SALES' | 'MANAGER' | 'TECHNICAL' | 'DELIVERY' | 'FINANCE' | 'ADMIN';

export interface DemoLogin {
  email: string;
  persona: Persona;
}

/**
 * Virtual user n signs in as ROTATION[n % length]: with 16, three account managers (two of
 * them twice), two managers, two solution and two delivery engineers, three finance sessions
 * and an admin. Sessions of one user share a token (one person, several browser tabs), so
 * two tabs of the same person race each other as much as two people do.
 */
const ROTATION: DemoLogin[] = [
  { email: 'sales@trident.demo', persona: 'SALES' },
  { email: 'finance@trident.demo', persona: 'FINANCE' },
  { email: 'manager@trident.demo', persona: 'MANAGER' },
  { email: 'tech@trident.demo', persona: 'TECHNICAL' },
  { email: 'sales2@trident.demo', persona: 'SALES' },
  { email: 'delivery@trident.demo', persona: 'DELIVERY' },
  { email: 'sales@trident.demo', persona: 'SALES' },
  { email: 'finance@trident.demo', persona: 'FINANCE' },
  { email: 'sales4@trident.demo', persona: 'SALES' },
  { email: 'manager@trident.demo', persona: 'MANAGER' },
  { email: 'tech2@trident.demo', persona: 'TECHNICAL' },
  { email: 'delivery2@trident.demo', persona: 'DELIVERY' },
  { email: 'sales2@trident.demo', persona: 'SALES' },
  { email: 'finance@trident.demo', persona: 'FINANCE' },
  { email: 'sales5@trident.demo', persona: 'SALES' },
  { email: 'admin@trident.demo', persona: 'ADMIN' },
];

export const loginOf = (index: number): DemoLogin => ROTATION[index % ROTATION.length]!;

export interface Deal {
  id: string;
  ownerId: string;
  /** The stage the deal sits in, whose entry criteria it meets… */
  home: string;
  /** …and the open stage before it: moving back checks nothing, forward checks `home`. */
  previous: string;
}

export interface TaskAccount {
  accountId: string;
  /** Solution and delivery people on the team, who get the AR's tasks. */
  assignees: string[];
}

export interface World {
  runId: string;
  userIds: Map<string, string>;
  /** Deals of the manager's reporting line that move back and forth between two stages. */
  deals: Deal[];
  /** Per AR: their accounts with SR/FR members to give tasks to. */
  taskAccounts: Map<string, TaskAccount[]>;
  /** Stage ids the solution desk counts (need found, solution matched). */
  solutionStageIds: string[];
}

/**
 * Reads what the virtual users need from the seeded database: user ids, the deals to move
 * (open deals below the manager whose own stage's entry criteria hold, so moving forward
 * again is never refused; up to 4 per owner, so sessions race on them), the AR's accounts
 * with someone to assign tasks to.
 */
export async function discoverWorld(client: Client, runId: string): Promise<World> {
  const users = await client.query<{ id: string; email: string }>('SELECT id, email FROM "user"');
  const userIds = new Map(users.rows.map((u) => [u.email, u.id]));
  const deals = await client.query<Deal>(
    `SELECT id, "ownerId", home, previous FROM (
       SELECT o.id, o.owner_id AS "ownerId", s.id AS home, prev.id AS previous,
              row_number() OVER (PARTITION BY o.owner_id ORDER BY o.id) AS n
         FROM opportunity o
         JOIN funnel_stage s ON s.id = o.stage_id
         JOIN "user" u ON u.id = o.owner_id
         JOIN "user" m ON m.id = u.manager_id AND m.email = 'manager@trident.demo'
         JOIN LATERAL (
           SELECT p.id FROM funnel_stage p
            WHERE p.active AND NOT p.is_won AND NOT p.is_lost AND p.position < s.position
            ORDER BY p.position DESC LIMIT 1) prev ON true
        WHERE o.closed_at IS NULL AND s.active AND NOT s.is_won AND NOT s.is_lost
          AND NOT EXISTS (
            SELECT 1 FROM unnest(s.entry_criteria) AS c(criterion)
             WHERE NOT CASE c.criterion
               WHEN 'ACTIVITY_LOGGED' THEN EXISTS (
                 SELECT 1 FROM activity a WHERE a.opportunity_id = o.id OR a.account_id = o.account_id)
               WHEN 'DECISION_MAKER' THEN EXISTS (
                 SELECT 1 FROM opportunity_contact oc
                  WHERE oc.opportunity_id = o.id AND oc.role IN ('DECISION_MAKER', 'ECONOMIC_BUYER'))
               WHEN 'SOLUTION_WORK' THEN EXISTS (
                 SELECT 1 FROM task t WHERE t.opportunity_id = o.id
                    AND t.kind IN ('SOLUTION', 'BID') AND t.status <> 'CANCELLED')
                 OR EXISTS (
                 SELECT 1 FROM process_run r WHERE r.subject_type = 'OPPORTUNITY'
                    AND r.subject_id = o.id AND r.status <> 'CANCELLED')
               ELSE false END)) ranked
      WHERE n <= 4 ORDER BY id`,
  );
  if (deals.rows.length < 4) throw new Error(`only ${deals.rows.length} deals to move`);
  const teams = await client.query<{ ar: string; account_id: string; assignees: string[] }>(
    `SELECT ar.user_id AS ar, ar.account_id,
            array_agg(m.user_id ORDER BY m.team_role, m.user_id) AS assignees
       FROM account_team_member ar
       JOIN account_team_member m ON m.account_id = ar.account_id AND m.team_role IN ('SR', 'FR')
      WHERE ar.team_role = 'AR'
      GROUP BY 1, 2`,
  );
  const taskAccounts = new Map<string, TaskAccount[]>();
  for (const row of teams.rows) {
    const list = taskAccounts.get(row.ar) ?? [];
    list.push({ accountId: row.account_id, assignees: row.assignees });
    taskAccounts.set(row.ar, list);
  }
  const stages = await client.query<{ id: string }>(
    `SELECT id FROM funnel_stage WHERE code IN ('NEED_FOUND', 'SOLUTION_MATCHED')`,
  );
  return {
    runId,
    userIds,
    deals: deals.rows,
    taskAccounts,
    solutionStageIds: stages.rows.map((s) => s.id),
  };
}
