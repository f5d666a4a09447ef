import { matrixQuadrant, type TeamRole } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { Account } from '../modules/accounts/account.entity';
import { AccountTeamMember } from '../modules/accounts/account-team-member.entity';
import { normalizeAccountName } from '../modules/accounts/normalize-account-name';
import { hashPassword } from '../modules/identity/password';
import { User } from '../modules/identity/user.entity';
import { seedCustomerMaps, seedProcesses } from './demo-customer-maps';
import { seedPipeline, seedProductLines } from './demo-pipeline';
import { seedExecution } from './demo-execution';
import { seedCollections } from './demo-collections';
import { seedChains } from './demo-chains';
import { seedSurveyAnswers, seedSurveys } from './demo-surveys';
import { EscalationEngine } from '../modules/escalations/escalation-engine';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';

/** A stable, well-formed unified social credit code per demo account. */
const registrationNo = (index: number) =>
  `9144${String(10_000_000_000_000 + index * 7919).slice(-14)}`;

/**
 * Loads the demo data set once: a database that already has the demo admin is left
 * alone, so restarts keep whatever users changed — except that a demo database from an
 * older version gets the parts added since (pipeline, execution). Returns whether it
 * loaded anything. Those parts need the customer maps (deals name their decision makers).
 */
export async function seedDemoData(db: DataSource, { customerMaps = true } = {}): Promise<boolean> {
  if (await db.getRepository(User).existsBy({ email: 'admin@trident.demo' })) {
    if (!customerMaps) return false;
    const has = async (table: string) =>
      ((await db.query(`SELECT EXISTS (SELECT 1 FROM ${table}) AS yes`)) as { yes: boolean }[])[0]!
        .yes;
    let loaded = false;
    if (!(await has('opportunity')) && (await has('contact'))) {
      await db.transaction((manager) => seedPipeline(manager));
      loaded = true;
    }
    if (!(await has('product_line')) && (await has('opportunity'))) {
      await db.transaction((manager) => seedProductLines(manager));
      loaded = true;
    }
    if (!(await has('task')) && (await has('opportunity'))) {
      await db.transaction((manager) => seedExecution(manager));
      loaded = true;
    }
    if (!(await has('contract')) && (await has('opportunity'))) {
      await db.transaction((manager) => seedCollections(manager));
      loaded = true;
    }
    if (!(await has('process_run_plan')) && (await has('process_run'))) {
      await db.transaction((manager) => seedChains(manager));
      loaded = true;
    }
    if (!(await has('survey'))) {
      await db.transaction(async (manager) => {
        await seedSurveys(manager);
        if (await has('contact')) await seedSurveyAnswers(manager);
      });
      loaded = true;
    }
    // Issue 20: an older demo gets its risk register raised from the signals it holds.
    if (!(await has('account_risk')) && (await has('contact'))) loaded = true;
    if (loaded) await raiseAsTheWorkerWould(db);
    return loaded;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (manager) => {
    const users = new Map<string, User>();
    for (const demo of DEMO_USERS) {
      const user = await manager.getRepository(User).save(
        manager.getRepository(User).create({
          name: demo.name,
          email: demo.email,
          passwordHash,
          roles: demo.roles,
          managerId: demo.manager ? (users.get(demo.manager)?.id ?? null) : null,
        }),
      );
      users.set(demo.key, user);
    }

    const accounts = new Map<string, Account>();
    const seeded = new Map<string, { id: string; demo: (typeof DEMO_ACCOUNTS)[number] }>();
    for (const [index, demo] of DEMO_ACCOUNTS.entries()) {
      const owner = users.get(demo.team.AR);
      if (!owner) throw new Error(`demo account ${demo.key}: unknown AR ${demo.team.AR}`);
      const account = await manager.getRepository(Account).save(
        manager.getRepository(Account).create({
          name: demo.name,
          normalizedName: normalizeAccountName(demo.name),
          registrationNo: registrationNo(index + 1),
          industry: demo.industry,
          region: demo.region,
          tier: demo.tier,
          parentId: demo.parent ? (accounts.get(demo.parent)?.id ?? null) : null,
          purchaseMode: demo.purchaseMode,
          lifecycleStage: demo.lifecycleStage,
          potential: { amount: demo.potential.toFixed(2), currency: 'CNY' },
          relationshipLevel: demo.relationshipLevel,
          quadrant: matrixQuadrant(demo.potential, demo.relationshipLevel),
          drivers: demo.drivers,
          claimedById: owner.id,
        }),
      );
      accounts.set(demo.key, account);
      seeded.set(demo.key, { id: account.id, demo });
      const members = Object.entries(demo.team).map(([teamRole, key]) => ({
        accountId: account.id,
        userId: users.get(key)!.id,
        teamRole: teamRole as TeamRole,
      }));
      await manager.insert(AccountTeamMember, members);
    }

    if (customerMaps) {
      const userIdOf = (key: string) => users.get(key)!.id;
      const maps = await seedCustomerMaps(manager, seeded, userIdOf);
      await seedProcesses(manager, maps, seeded, userIdOf);
      await seedPipeline(manager);
      await seedExecution(manager);
      await seedCollections(manager);
      await seedChains(manager);
    }
    await seedSurveys(manager);
    if (customerMaps) await seedSurveyAnswers(manager);
  });
  if (customerMaps) await raiseAsTheWorkerWould(db);
  return true;
}

/** Escalations in progress, risks and reminders, as the worker would have raised them by now. */
async function raiseAsTheWorkerWould(db: DataSource) {
  const engine = new EscalationEngine(db);
  await engine.run(new Date());
  await engine.sweepSignals(new Date());
}
