import { randomUUID } from 'node:crypto';
import type { ActivityKind, BuyingRole, LeadSource } from '@trident/domain';
import type { EntityManager } from 'typeorm';
import { percentOf } from '../common/decimal';
import { Activity } from '../modules/pipeline/activity.entity';
import { ProductLine } from '../modules/growth/product-line.entity';
import { FunnelStage } from '../modules/pipeline/funnel-stage.entity';
import { Lead } from '../modules/pipeline/lead.entity';
import {
  Opportunity,
  OpportunityContact,
  OpportunityTeamMember,
  StageChange,
} from '../modules/pipeline/opportunity.entity';
import { AccountPlan, AccountPlanMilestone } from '../modules/planning/account-plan.entity';
import { SalesTarget, TargetAdjustment } from '../modules/planning/sales-target.entity';
import { ProcessRun, ProcessRunStep } from '../modules/processes/process-run.entity';
import { random } from './random';

/**
 * How each demo account manager converts from one stage to the next (0→25, 25→50,
 * 50→75, 75→won). Two are planted for the funnel diagnosis (seed 001): Ma Chao rarely
 * finds the need (weak at 50 %), Lin Fang rarely closes (weak at 100 %).
 */
export const DEMO_FUNNEL_PROFILES: Record<string, { deals: number; conversion: number[] }> = {
  'sales@trident.demo': { deals: 74, conversion: [0.85, 0.65, 0.65, 0.55] },
  'sales2@trident.demo': { deals: 70, conversion: [0.8, 0.6, 0.6, 0.5] },
  'sales4@trident.demo': { deals: 72, conversion: [0.85, 0.25, 0.8, 0.6] },
  'sales5@trident.demo': { deals: 72, conversion: [0.85, 0.65, 0.65, 0.12] },
  'sales3@trident.demo': { deals: 30, conversion: [0.8, 0.6, 0.6, 0.5] },
};

const PRODUCTS: [string, string][] = [
  ['5G 专网', '5G private network'],
  ['传输网改造', 'Transport upgrade'],
  ['物联网平台', 'IoT platform'],
  ['云服务', 'Cloud services'],
  ['运维服务', 'Managed operations'],
  ['智能电表', 'Smart meters'],
  ['数据中心', 'Data center'],
  ['网络安全', 'Network security'],
];
/** The same products as ADMIN's product lines: the rows of the whitespace grid. */
const PRODUCT_CODES = [
  'PRIVATE_5G',
  'TRANSPORT',
  'IOT_PLATFORM',
  'CLOUD',
  'MANAGED_OPS',
  'SMART_METERS',
  'DATA_CENTER',
  'SECURITY',
];

const COMPETITORS = [
  {
    name: '华为 Huawei',
    strengths: '品牌与全栈方案 Brand, full stack',
    weaknesses: '价格高 Price',
  },
  {
    name: '中兴 ZTE',
    strengths: '价格灵活 Flexible pricing',
    weaknesses: '本地服务弱 Local service',
  },
  {
    name: '新华三 H3C',
    strengths: '渠道广 Channel reach',
    weaknesses: '定制慢 Slow customisation',
  },
];

const SUMMARIES: Record<ActivityKind, string[]> = {
  VISIT: ['拜访网络部，了解年度建设计划 Visited network dept. for the yearly build plan'],
  CALL: ['电话确认联系人与需求 Phone call to confirm contact and need'],
  MEETING: ['方案交流会 Solution workshop with the technical team'],
  DEMO: ['产品演示，客户关注运维成本 Product demo; the customer cares about running cost'],
  TRIAL: ['试点上线，收集反馈 Pilot went live; collecting feedback'],
  RECEPTION: ['接待客户参观总部 Hosted the customer at headquarters'],
  DINNER: ['与采购负责人晚餐 Dinner with the procurement head'],
  OTHER: ['提交资格预审材料 Submitted pre-qualification documents'],
};

interface Ctx {
  manager: EntityManager;
  now: number;
  stages: FunnelStage[];
  userId: Map<string, string>;
}

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The pipeline demo: 300+ deals with a stage history that makes the funnel and its
 * diagnosis worth reading, a visit log, leads at every BANT state, account plans with
 * milestones and sales targets with their adjustments (one flagged). Dates are relative
 * to today so the funnel always looks current.
 */
/** The demo's products as ADMIN's product lines (also added to an older demo database). */
export async function seedProductLines(manager: EntityManager): Promise<void> {
  await manager.getRepository(ProductLine).save(
    PRODUCTS.map(([nameZh, nameEn], i) => ({
      code: PRODUCT_CODES[i]!,
      nameZh,
      nameEn,
      position: (i + 1) * 10,
    })),
  );
}

export async function seedPipeline(manager: EntityManager): Promise<void> {
  await seedProductLines(manager);
  const stages = await manager.getRepository(FunnelStage).find({ order: { position: 'ASC' } });
  const open = stages.filter((s) => !s.isWon && !s.isLost);
  const won = stages.find((s) => s.isWon);
  const lost = stages.find((s) => s.isLost);
  if (!won || !lost || open.length === 0) return;
  const users: { id: string; email: string; manager_id: string | null }[] = await manager.query(
    `SELECT id, email, manager_id FROM "user"`,
  );
  const ctx: Ctx = {
    manager,
    now: Date.now(),
    stages,
    userId: new Map(users.map((u) => [u.email, u.id])),
  };
  const rnd = random(2026);
  const ladder = [...open, won];

  const accounts: { id: string; ar: string; sr: string | null; fr: string | null }[] =
    await manager.query(
      `SELECT a.id,
              max(m.user_id::text) FILTER (WHERE m.team_role = 'AR') AS ar,
              max(m.user_id::text) FILTER (WHERE m.team_role = 'SR') AS sr,
              max(m.user_id::text) FILTER (WHERE m.team_role = 'FR') AS fr
         FROM account a JOIN account_team_member m ON m.account_id = a.id
        GROUP BY a.id ORDER BY a.name`,
    );
  const contacts: { id: string; account_id: string; buying_roles: BuyingRole[] }[] =
    await manager.query(
      `SELECT id, account_id, buying_roles FROM contact WHERE status = 'ACTIVE' ORDER BY name`,
    );
  const contactsOf = new Map<string, typeof contacts>();
  for (const c of contacts)
    contactsOf.set(c.account_id, [...(contactsOf.get(c.account_id) ?? []), c]);
  // Deals go through their customer's own procurement process where it has one (its
  // approvers named), else through the global pattern.
  interface DemoStep {
    id: string;
    name: string;
    position: number;
    typical_days: number;
    approver_contact_id: string | null;
    approver_org_unit_id: string | null;
    condition: string | null;
  }
  const procurement: { id: string; account_id: string | null }[] = await manager.query(
    `SELECT t.id, t.account_id FROM process_template t
      WHERE t.kind = 'PROCUREMENT' ORDER BY t.account_id NULLS LAST, t.name`,
  );
  const stepsOf = new Map<string, DemoStep[]>();
  for (const t of procurement)
    stepsOf.set(
      t.id,
      await manager.query(
        `SELECT id, name, position, typical_days, approver_contact_id, approver_org_unit_id, condition
           FROM approval_step WHERE template_id = $1 ORDER BY position`,
        [t.id],
      ),
    );
  const globalTemplate = procurement.find((t) => t.account_id === null);
  const templateOf = (accountId: string) =>
    procurement.find((t) => t.account_id === accountId) ?? globalTemplate;

  const deals: Partial<Opportunity>[] = [];
  const changes: Partial<StageChange>[] = [];
  const dealTeams: Partial<OpportunityTeamMember>[] = [];
  const dealContacts: Partial<OpportunityContact>[] = [];
  const activities: Partial<Activity>[] = [];
  const runs: Partial<ProcessRun>[] = [];
  const runSteps: Partial<ProcessRunStep>[] = [];

  for (const [email, profile] of Object.entries(DEMO_FUNNEL_PROFILES)) {
    const ownerId = ctx.userId.get(email);
    if (!ownerId) continue;
    const own = accounts.filter((a) => a.ar === ownerId);
    if (!own.length) continue;
    for (let n = 0; n < profile.deals; n++) {
      const account = own[n % own.length]!;
      // Most deals started 3–10 months ago; a tail of recent ones is still young.
      const created = ctx.now - (n % 6 === 5 ? rnd.int(5, 60) : rnd.int(90, 320)) * DAY;
      let level = 0;
      while (level < ladder.length - 1 && rnd.next() < profile.conversion[level]!) level++;
      const id = randomUUID();
      const amount = `${rnd.int(20, 800) * 10_000}.00`;
      const [productZh, productEn] = rnd.pick(PRODUCTS);
      let at = created;
      let reached = 0;
      let fromStage: string | null = null;
      for (let step = 0; step <= level; step++) {
        if (step > 0) at += rnd.int(6, 25) * DAY;
        if (at > ctx.now - DAY) break;
        changes.push({
          id: randomUUID(),
          opportunityId: id,
          fromStageId: fromStage,
          toStageId: ladder[step]!.id,
          note: step === 0 ? null : '推进 Moved forward',
          actorId: ownerId,
          at: new Date(at),
        });
        fromStage = ladder[step]!.id;
        reached = step;
      }
      let stage = ladder[reached]!;
      let closedAt: Date | null = stage.isWon ? new Date(at) : null;
      // Old deals that stopped short were lost; young ones are still open.
      if (!stage.isWon && ctx.now - at > 75 * DAY && rnd.next() < 0.75) {
        at += rnd.int(10, 40) * DAY;
        if (at < ctx.now - DAY) {
          changes.push({
            id: randomUUID(),
            opportunityId: id,
            fromStageId: stage.id,
            toStageId: lost.id,
            note: rnd.pick([
              '价格 Lost on price',
              '预算取消 Budget cut',
              '竞品关系 Competitor relationship',
            ]),
            actorId: ownerId,
            at: new Date(at),
          });
          stage = lost;
          closedAt = new Date(at);
        }
      }
      const enteredAt = new Date(Math.min(at, ctx.now - DAY));
      deals.push({
        id,
        accountId: account.id,
        name: `${productZh}项目 ${productEn} #${n + 1}`,
        amount,
        currency: 'CNY',
        contractAmount: stage.isWon ? percentOf(amount, rnd.int(88, 100)) : null,
        products: [productZh],
        expectedCloseDate: stage.isWon
          ? isoDate(enteredAt.getTime())
          : isoDate(enteredAt.getTime() + rnd.int(20, 150) * DAY),
        stageId: stage.id,
        stageEnteredAt: enteredAt,
        ownerId,
        coachContactId: null,
        competitors: rnd.next() < 0.6 ? [rnd.pick(COMPETITORS)] : [],
        leadId: null,
        closedAt,
        createdById: ownerId,
        createdAt: new Date(created),
        updatedAt: enteredAt,
      });
      dealTeams.push({ opportunityId: id, userId: ownerId, teamRole: 'AR' });
      if (account.sr) dealTeams.push({ opportunityId: id, userId: account.sr, teamRole: 'SR' });
      if (account.fr && stage.isWon)
        dealTeams.push({ opportunityId: id, userId: account.fr, teamRole: 'FR' });
      // Deals past the 50 % stage know their decision maker; past 75 % the customer's process runs.
      const people = contactsOf.get(account.id) ?? [];
      const decider =
        people.find((c) => c.buying_roles.includes('DECISION_MAKER')) ??
        people.find((c) => c.buying_roles.includes('ECONOMIC_BUYER'));
      const reachedPosition = ladder[reached]!.position;
      if (decider && reachedPosition >= (open[2]?.position ?? Infinity)) {
        dealContacts.push({
          opportunityId: id,
          contactId: decider.id,
          role: 'DECISION_MAKER',
          note: '拍板人，关注交付风险 Decides; watches the delivery risk',
        });
      }
      const coach = people.find((c) => c.buying_roles.includes('COACH'));
      if (coach && rnd.next() < 0.5) deals[deals.length - 1]!.coachContactId = coach.id;
      const template = templateOf(account.id);
      // Unconditioned steps, and the ones the deal's amount calls for (≥ 2 M: a public tender).
      const templateSteps = (template ? stepsOf.get(template.id)! : []).filter(
        (step) =>
          !step.condition ||
          (step.condition.startsWith('amount >=') && Number(amount) >= 2_000_000),
      );
      if (template && reachedPosition >= (open[3]?.position ?? Infinity)) {
        const runId = randomUUID();
        const started = new Date(created + 20 * DAY);
        runs.push({
          id: runId,
          templateId: template.id,
          accountId: account.id,
          subjectType: 'OPPORTUNITY',
          subjectId: id,
          title: deals[deals.length - 1]!.name!,
          amount,
          productLines: [productZh],
          region: null,
          status: stage.isWon ? 'DONE' : 'RUNNING',
          startedById: ownerId,
          startedAt: started,
          finishedAt: stage.isWon ? closedAt : null,
        });
        templateSteps.forEach((s, i) =>
          runSteps.push({
            id: randomUUID(),
            runId,
            stepId: s.id,
            position: i + 1,
            name: s.name,
            typicalDays: s.typical_days,
            approverContactId: s.approver_contact_id,
            approverOrgUnitId: s.approver_org_unit_id,
            status: stage.isWon || i < 2 ? 'PASSED' : i === 2 ? 'IN_REVIEW' : 'PENDING',
            since: started,
          }),
        );
      }
      // The visit log: a few records along the deal's life.
      const visits = 1 + Math.min(reached, 3) + (rnd.next() < 0.3 ? 1 : 0);
      for (let v = 0; v < visits; v++) {
        const when = created + Math.floor(((at - created) * (v + 1)) / (visits + 1)) + DAY;
        if (when > ctx.now - DAY) continue;
        const kind = rnd.pick<ActivityKind>(
          v === 0
            ? ['CALL', 'VISIT']
            : ['VISIT', 'MEETING', 'DEMO', 'TRIAL', 'DINNER', 'RECEPTION'],
        );
        const met = people.length ? [rnd.pick(people).id] : [];
        activities.push({
          id: randomUUID(),
          accountId: account.id,
          opportunityId: id,
          kind,
          occurredAt: new Date(when),
          summary: rnd.pick(SUMMARIES[kind]),
          nextSteps: v === visits - 1 ? '约下次技术交流 Book the next technical session' : null,
          participantIds: account.sr && kind === 'DEMO' ? [ownerId, account.sr] : [ownerId],
          contactIds: met,
          createdById: ownerId,
          createdAt: new Date(when),
        });
      }
    }
  }

  const chunks = <T>(rows: T[], size = 500) =>
    Array.from({ length: Math.ceil(rows.length / size) }, (_, i) =>
      rows.slice(i * size, (i + 1) * size),
    );
  for (const part of chunks(deals)) await manager.insert(Opportunity, part);
  for (const part of chunks(changes)) await manager.insert(StageChange, part);
  for (const part of chunks(dealTeams)) await manager.insert(OpportunityTeamMember, part);
  for (const part of chunks(dealContacts)) await manager.insert(OpportunityContact, part);
  for (const part of chunks(runs)) await manager.insert(ProcessRun, part);
  for (const part of chunks(runSteps)) await manager.insert(ProcessRunStep, part);
  for (const part of chunks(activities)) await manager.insert(Activity, part);

  await seedLeads(ctx, accounts, contactsOf, rnd);
  await seedPlansAndTargets(ctx, accounts, users, rnd);
}

async function seedLeads(
  ctx: Ctx,
  accounts: { id: string; ar: string }[],
  contactsOf: Map<string, { id: string; buying_roles: BuyingRole[] }[]>,
  rnd: ReturnType<typeof random>,
) {
  const sources: LeadSource[] = [
    'REFERRAL',
    'INBOUND',
    'OUTBOUND',
    'EVENT',
    'PARTNER',
    'TENDER_NOTICE',
  ];
  const leads: Partial<Lead>[] = [];
  accounts.slice(0, 24).forEach((account, i) => {
    const [productZh, productEn] = PRODUCTS[i % PRODUCTS.length]!;
    // 0–4 confirmed BANT items, so every state of the checklist shows up.
    const confirmed = i % 5;
    const check = (k: number, note: string) => ({
      confirmed: confirmed > k,
      note: confirmed > k ? note : null,
    });
    const decider = (contactsOf.get(account.id) ?? []).find((c) =>
      c.buying_roles.includes('DECISION_MAKER'),
    );
    leads.push({
      id: randomUUID(),
      accountId: account.id,
      title: `${productZh}需求 ${productEn} need`,
      source: sources[i % sources.length]!,
      scenario: i % 2 ? 'CONTINUOUS' : 'OCCASIONAL',
      estimated: { amount: `${rnd.int(30, 500) * 10_000}.00`, currency: 'CNY' },
      spin: {
        situation: '现网设备老化，年底前需扩容 Ageing network, expansion due by year end',
        problem: '故障率上升 Rising fault rate',
        implication: '影响用户满意度与考核 Hurts satisfaction and KPIs',
        needPayoff: '降低运维成本 30% Cut operating cost by 30%',
      },
      budget: check(0, '年度预算已批 Yearly budget approved'),
      authority: check(1, '网络部总经理拍板 Network GM decides'),
      authorityContactId: confirmed > 1 ? (decider?.id ?? null) : null,
      need: check(2, '技术交流确认需求 Need confirmed in workshop'),
      timing: check(3, '四季度招标 Tender in Q4'),
      status: 'OPEN',
      ownerId: account.ar,
      opportunityId: null,
      overrideReason: null,
      createdAt: new Date(ctx.now - rnd.int(3, 60) * DAY),
    });
  });
  await ctx.manager.insert(Lead, leads);
}

async function seedPlansAndTargets(
  ctx: Ctx,
  accounts: { id: string; ar: string }[],
  users: { id: string; email: string; manager_id: string | null }[],
  rnd: ReturnType<typeof random>,
) {
  const year = String(new Date(ctx.now).getUTCFullYear());
  const managerId = ctx.userId.get('manager@trident.demo') ?? users[0]!.id;
  const potentials: {
    id: string;
    potential_amount: string | null;
    lifecycle_stage: string | null;
  }[] = await ctx.manager.query('SELECT id, potential_amount, lifecycle_stage FROM account');
  const plans: Partial<AccountPlan>[] = [];
  const milestones: Partial<AccountPlanMilestone>[] = [];
  for (const account of accounts) {
    const info = potentials.find((p) => p.id === account.id);
    if (!info?.potential_amount || Number(info.potential_amount) < 3_000_000) continue;
    const id = randomUUID();
    // A tenth of the yearly potential; a few stretch plans the pipeline cannot cover.
    const share = rnd.next() < 0.25 ? 30 : 8;
    plans.push({
      id,
      accountId: account.id,
      period: year,
      intelligenceSummary: '年度投资向 5G 与数字化倾斜 Yearly investment shifts to 5G and digital',
      potentialAmount: info.potential_amount,
      currency: 'CNY',
      relationshipStage: info.lifecycle_stage as AccountPlan['relationshipStage'],
      strategy: '高层拜访 + 技术交流 + 样板工程 Executive visits, workshops, a showcase site',
      productTargets: [
        { product: '5G 专网', amount: percentOf(info.potential_amount, share / 2) },
        { product: '运维服务', amount: percentOf(info.potential_amount, share / 2) },
      ],
      targetAmount: percentOf(info.potential_amount, share),
      riskMargin: 3,
      createdById: account.ar,
    });
    const q = (m: number) => `${year}-${String(m).padStart(2, '0')}-28`;
    milestones.push(
      {
        id: randomUUID(),
        planId: id,
        task: '高层拜访 Executive visit',
        ownerId: managerId,
        due: q(3),
        floorTarget: null,
        done: true,
        position: 1,
      },
      {
        id: randomUUID(),
        planId: id,
        task: '技术交流会 Technical workshop',
        ownerId: account.ar,
        due: q(6),
        floorTarget: null,
        done: true,
        position: 2,
      },
      {
        id: randomUUID(),
        planId: id,
        task: '年度框架签约 Framework contract',
        ownerId: account.ar,
        due: q(11),
        floorTarget: percentOf(info.potential_amount, share / 2),
        done: false,
        position: 3,
      },
    );
  }
  if (plans.length) await ctx.manager.insert(AccountPlan, plans);
  if (milestones.length) await ctx.manager.insert(AccountPlanMilestone, milestones);

  const targets: Partial<SalesTarget>[] = [];
  const adjustments: Partial<TargetAdjustment>[] = [];
  for (const email of Object.keys(DEMO_FUNNEL_PROFILES)) {
    const userId = ctx.userId.get(email);
    if (!userId) continue;
    const id = randomUUID();
    const revenue = `${rnd.int(4, 9) * 10_000_000}.00`;
    targets.push({
      id,
      userId,
      period: year,
      revenue,
      currency: 'CNY',
      newAccounts: 3,
      renewalRate: 90,
      riskMargin: 3,
    });
    adjustments.push({
      id: randomUUID(),
      targetId: id,
      userId,
      period: year,
      fromRevenue: null,
      toRevenue: revenue,
      reason: '年度目标 Yearly target',
      wonAtChange: '0.00',
      flagged: false,
      actorId: managerId,
      at: new Date(Date.UTC(Number(year), 0, 5)),
    });
  }
  if (targets.length) await ctx.manager.insert(SalesTarget, targets);
  if (adjustments.length) await ctx.manager.insert(TargetAdjustment, adjustments);
}
