// The benchmark data set, generated in SQL (INSERT … SELECT over generate_series) on an
// empty, migrated database. At scale 1: 60 users, 10k accounts, 200k contacts, 50k deals
// with their stage history, 1M activities, and contracts with 200k payment milestones;
// every count is multiplied by the scale. Alongside them, what the API would have written
// too: org units and influence edges, deal teams and decision makers, solution and
// next-step tasks, and each milestone's evidence checklist and booked payment.
//
// Values come from hashes of row numbers (hashint8extended) and ids from md5 of a row
// key, so two runs on the same day write the same rows (the funnel stage ids, seeded by
// the migrations, and the password salt aside); dates are relative to today.
//
// Logins — every user's password is `trident-demo`:
//   bench-admin@trident.bench            ADMIN
//   bench-finance@trident.bench          FINANCE
//   bench-manager-<n>@trident.bench      MANAGER (n = 1…6 at scale 1)
//   bench-sales-<n>@trident.bench        SALES, reports to bench-manager-<(n − 1) mod managers + 1>
//   bench-technical-<n>@trident.bench    TECHNICAL (the SR of the accounts)
//   bench-delivery-<n>@trident.bench     DELIVERY (the FR of the accounts)
// bench-sales-1 is the AR of 40 accounts (fewer below scale 0.008), among them the
// largest one (account number 1: the most contacts and activities), so "my open deals"
// has data and the largest account is in its scope. Find that account with:
//   SELECT account_id FROM contact GROUP BY account_id ORDER BY count(*) DESC LIMIT 1;
//
// The funnel stages and escalation rules are the ones the migrations seed.
import type { Client } from 'pg';
import { generateActivities } from './activities';
import { generateAccounts, planAccounts } from './accounts';
import {
  generateContracts,
  generateEvidenceAndPayments,
  generateMilestones,
  planContracts,
} from './collections';
import {
  generateContacts,
  generateInfluence,
  generateOrgUnits,
  planContactTrees,
} from './contacts';
import type { GenerateContext } from './context';
import {
  generateDealPeople,
  generateOpportunities,
  generateStageHistory,
  loadFunnel,
  planOpportunities,
} from './opportunities';
import { sizesFor } from './sizes';
import { generateTasks } from './tasks';
import { generateUsers } from './users';

export { ACCOUNT_REGIONS } from './accounts';
export { sizesFor, type Sizes } from './sizes';

export const BENCH_PASSWORD = 'trident-demo';
export const BENCH_SALES_EMAIL = 'bench-sales-1@trident.bench';
export const BENCH_ADMIN_EMAIL = 'bench-admin@trident.bench';

export interface GenerateResult {
  scale: number;
  rows: Record<string, number>;
  seconds: number;
}

export async function generate(
  client: Client,
  scale: number,
  log: (msg: string) => void,
): Promise<GenerateResult> {
  const started = process.hrtime.bigint();
  const sizes = sizesFor(scale);
  const existing = await client.query<{ n: string }>(`SELECT count(*) AS n FROM account`);
  if (Number(existing.rows[0]?.n ?? 0) > 0) {
    throw new Error('generate() needs an empty database: the account table has rows');
  }
  // One argon2 hash for everyone: hashing 60 (or 600) passwords would cost more than
  // the rest of the small scales.
  const { hashPassword } = await import('@trident/api/dist/modules/identity/password.js');
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const ctx: GenerateContext = { client, sizes, log, rows: {} };
  log(
    `generating scale ${scale}: ${sizes.accounts} accounts, ${sizes.contacts} contacts, ` +
      `${sizes.opportunities} deals, ${sizes.activities} activities`,
  );
  // One transaction: a failed run leaves the database empty, and the plan's temp tables
  // (ON COMMIT DROP) vanish with it. JIT only adds compile time to these one-off scans.
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await client.query(`SET LOCAL jit = off`);
    await client.query(`SET LOCAL synchronous_commit = off`);

    await generateUsers(ctx, passwordHash);
    await planAccounts(ctx);
    await generateAccounts(ctx);

    await planContactTrees(ctx);
    await generateOrgUnits(ctx);
    await generateContacts(ctx);
    await generateInfluence(ctx);

    const funnel = await loadFunnel(ctx);
    await planOpportunities(ctx, funnel);
    await generateOpportunities(ctx, funnel);
    await generateStageHistory(ctx, funnel);
    await generateDealPeople(ctx, funnel);
    await generateTasks(ctx, funnel);

    await generateActivities(ctx);

    await planContracts(ctx);
    await generateContracts(ctx);
    await generateMilestones(ctx);
    await generateEvidenceAndPayments(ctx);

    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  // Fresh tables have no statistics: without them the first benchmark queries would be
  // planned for empty tables.
  const analyzing = process.hrtime.bigint();
  await client.query('ANALYZE');
  log(`  analyze: ${(Number(process.hrtime.bigint() - analyzing) / 1e9).toFixed(1)} s`);

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  log(`generated scale ${scale} in ${seconds.toFixed(1)} s`);
  return { scale, rows: ctx.rows, seconds };
}
