import type { FeedbackKind, FeedbackSeverity, TaskKind, TaskStatus } from '@trident/domain';
import { IsNull, type EntityManager } from 'typeorm';
import { completeHandoverItem, createHandover } from '../modules/execution/handover.service';
import { Feedback } from '../modules/execution/feedback.entity';
import { Task } from '../modules/execution/task.entity';
import { WorkPlan } from '../modules/execution/work-plan.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { InternalResource, ResourceRequest } from '../modules/resources/internal-resource.entity';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface DemoTask {
  account: string;
  title: string;
  kind: TaskKind;
  assignee: string | null;
  requester: string;
  status: TaskStatus;
  /** Hours from now; negative is past. */
  due: number;
  score?: number;
  plan?: 'bid' | 'delivery';
  notes?: string;
}

const SZ = '中国移动通信集团广东有限公司深圳分公司';
const GZ = '中国移动通信集团广东有限公司广州分公司';
const GD = '中国移动通信集团广东有限公司';
const NJ = '国网江苏省电力有限公司南京供电分公司';

/** The task table of a bid in Shenzhen (seed 000): every state, a plan that is not ready. */
const TASKS: DemoTask[] = [
  {
    account: SZ,
    title: '客户组织图核对 Verify the org chart',
    kind: 'GENERAL',
    assignee: 'sales',
    requester: 'manager',
    status: 'DONE',
    due: -240,
    score: 90,
    plan: 'bid',
  },
  {
    account: SZ,
    title: '技术方案 Solution design',
    kind: 'SOLUTION',
    assignee: 'tech',
    requester: 'sales',
    status: 'IN_PROGRESS',
    due: 20,
    plan: 'bid',
  },
  {
    account: SZ,
    title: '投标报价 Bid pricing',
    kind: 'BID',
    assignee: 'sales',
    requester: 'manager',
    status: 'ACKNOWLEDGED',
    due: 72,
    plan: 'bid',
  },
  {
    account: SZ,
    title: '资质文件 Qualification documents',
    kind: 'BID',
    assignee: 'delivery',
    requester: 'sales',
    status: 'PROPOSED',
    due: 96,
    plan: 'bid',
  },
  {
    account: SZ,
    title: '样板点参观 Showcase site visit',
    kind: 'GENERAL',
    assignee: null,
    requester: 'sales',
    status: 'PROPOSED',
    due: 120,
    plan: 'bid',
  },
  {
    account: SZ,
    title: '测试报告 Test report',
    kind: 'SOLUTION',
    assignee: 'tech',
    requester: 'sales',
    status: 'SUBMITTED',
    due: 4,
    plan: 'bid',
  },
  {
    account: GZ,
    title: '割接方案 Cut-over plan',
    kind: 'DELIVERY',
    assignee: 'delivery',
    requester: 'sales',
    status: 'REWORK',
    due: -20,
    plan: 'delivery',
    notes: '缺回退步骤 Rollback steps missing',
  },
  {
    account: GZ,
    title: '验收材料 Acceptance documents',
    kind: 'DELIVERY',
    assignee: 'delivery',
    requester: 'sales',
    status: 'IN_PROGRESS',
    due: -30,
    plan: 'delivery',
  },
  {
    account: GZ,
    title: '客户培训 Customer training',
    kind: 'DELIVERY',
    assignee: 'delivery',
    requester: 'sales',
    status: 'DONE',
    due: -300,
    score: 70,
    plan: 'delivery',
  },
  {
    account: GD,
    title: '年度高层拜访 Yearly executive visit',
    kind: 'GENERAL',
    assignee: 'sales',
    requester: 'manager',
    status: 'PROPOSED',
    due: 22,
  },
  {
    account: NJ,
    title: '配网自动化技术交流 Distribution automation workshop',
    kind: 'SOLUTION',
    assignee: 'tech',
    requester: 'sales2',
    status: 'CANCELLED',
    due: -100,
  },
];

const FEEDBACK: {
  account: string;
  reporter: string;
  kind: FeedbackKind;
  severity: FeedbackSeverity;
  text: string;
  hoursAgo: number;
  ackMinutes: number | null;
}[] = [
  {
    account: SZ,
    reporter: 'tech',
    kind: 'NEW_NEED',
    severity: 'MINOR',
    text: '机房需要环境监控 The machine room needs environment monitoring',
    hoursAgo: 1,
    ackMinutes: null,
  },
  {
    account: SZ,
    reporter: 'delivery',
    kind: 'NEGATIVE',
    severity: 'MAJOR',
    text: '上周割接超时两小时 Last week’s cut-over ran two hours late',
    hoursAgo: 3,
    ackMinutes: null,
  },
  {
    account: GZ,
    reporter: 'delivery',
    kind: 'POSITIVE',
    severity: 'MINOR',
    text: '客户表扬驻场工程师 The customer praised our on-site engineer',
    hoursAgo: 30,
    ackMinutes: 12,
  },
  {
    account: GZ,
    reporter: 'tech',
    kind: 'NEW_NEED',
    severity: 'MINOR',
    text: '希望增加 5G 室分 They want 5G indoor coverage',
    hoursAgo: 50,
    ackMinutes: 45,
  },
  {
    account: GD,
    reporter: 'tech',
    kind: 'NEGATIVE',
    severity: 'MINOR',
    text: '报告格式不统一 Report formats differ',
    hoursAgo: 80,
    ackMinutes: 240,
  },
  {
    account: NJ,
    reporter: 'tech',
    kind: 'NEW_NEED',
    severity: 'MINOR',
    text: '计划扩容变电站监控 Substation monitoring expansion planned',
    hoursAgo: 20,
    ackMinutes: 30,
  },
  {
    account: NJ,
    reporter: 'delivery2',
    kind: 'POSITIVE',
    severity: 'MINOR',
    text: '验收一次通过 Acceptance passed first time',
    hoursAgo: 6,
    ackMinutes: null,
  },
];

/**
 * Execution demo: the task table of a bid and a delivery (every state, one plan not ready),
 * feedback waiting and acknowledged, internal resources with requests, and the departed
 * 吴静 (sales3@) handing her customers to 王伟 (sales@), half done.
 */
export async function seedExecution(manager: EntityManager): Promise<void> {
  const userIds = new Map<string, string>(
    ((await manager.query('SELECT email, id FROM "user"')) as { email: string; id: string }[]).map(
      (u) => [u.email.split('@')[0]!, u.id],
    ),
  );
  const user = (key: string) => {
    const found = userIds.get(key);
    if (!found) throw new Error(`demo user ${key} missing`);
    return found;
  };
  const accountIds = new Map<string, string>(
    ((await manager.query('SELECT name, id FROM account')) as { name: string; id: string }[]).map(
      (a) => [a.name, a.id],
    ),
  );
  const account = (name: string) => accountIds.get(name)!;
  const now = Date.now();

  const [bid] = (await manager.getRepository(WorkPlan).save([
    {
      accountId: account(SZ),
      name: '深圳 5G 专网投标 Shenzhen 5G bid',
      presentationScore: null,
      createdById: user('sales'),
    },
    {
      accountId: account(GZ),
      name: '广州传输网交付 Guangzhou transport delivery',
      presentationScore: 70,
      createdById: user('sales'),
    },
  ])) as WorkPlan[];
  const delivery = await manager
    .getRepository(WorkPlan)
    .findOneByOrFail({ accountId: account(GZ) });
  for (const t of TASKS) {
    const due = new Date(now + t.due * HOUR);
    const past = (h: number) => new Date(Math.min(due.getTime(), now) - h * HOUR);
    const reached = (s: TaskStatus) =>
      ['ACKNOWLEDGED', 'IN_PROGRESS', 'SUBMITTED', 'REWORK', 'DONE'].indexOf(t.status) >=
      ['ACKNOWLEDGED', 'IN_PROGRESS', 'SUBMITTED', 'REWORK', 'DONE'].indexOf(s);
    await manager.insert(Task, {
      accountId: account(t.account),
      planId: t.plan === 'bid' ? bid!.id : t.plan === 'delivery' ? delivery.id : null,
      kind: t.kind,
      title: t.title,
      content: t.title,
      qualityRequirement: '客户可直接使用 Ready for the customer as is',
      expectedResult: '提交文档并讲解 Document handed in and explained',
      due,
      assigneeId: t.assignee ? user(t.assignee) : null,
      requesterId: user(t.requester),
      status: t.status,
      acknowledgedAt: t.status !== 'PROPOSED' && t.status !== 'CANCELLED' ? past(72) : null,
      submittedAt: reached('SUBMITTED') && t.status !== 'IN_PROGRESS' ? past(10) : null,
      reviewScore: t.score ?? null,
      reviewNotes: t.notes ?? null,
      doneAt: t.status === 'DONE' ? past(2) : null,
    });
  }

  for (const f of FEEDBACK) {
    const created = new Date(now - f.hoursAgo * HOUR);
    const [ar] = (await manager.query(
      `SELECT user_id FROM account_team_member WHERE account_id = $1 AND team_role = 'AR'`,
      [account(f.account)],
    )) as { user_id: string }[];
    const row = await manager.getRepository(Feedback).save({
      accountId: account(f.account),
      kind: f.kind,
      severity: f.severity,
      text: f.text,
      reporterId: user(f.reporter),
      routedToId: ar!.user_id,
      createdAt: created,
      acknowledgedAt:
        f.ackMinutes === null ? null : new Date(created.getTime() + f.ackMinutes * 60_000),
      acknowledgedById: f.ackMinutes === null ? null : ar!.user_id,
    });
    await manager.insert(Notification, {
      userId: ar!.user_id,
      kind: 'FEEDBACK',
      title:
        f.kind === 'NEGATIVE'
          ? 'Negative feedback'
          : f.kind === 'NEW_NEED'
            ? 'New need'
            : 'Positive feedback',
      body: f.text,
      entity: 'Feedback',
      entityId: row.id,
      accountId: row.accountId,
      createdAt: created,
      readAt: f.ackMinutes === null ? null : row.acknowledgedAt,
    });
  }

  const [cto, vp] = (await manager.getRepository(InternalResource).save([
    {
      name: '刘总 CTO Liu',
      title: '首席技术官 Chief technology officer',
      userId: null,
      level: 'EXECUTIVE' as const,
      conditions: '客户副总以上出席的技术高层会 When the customer’s VP or above attends',
      maxPerMonth: 2,
      maxPerQuarter: 5,
      preparation: [
        '客户组织图 Org chart',
        '项目简报一页纸 One-page brief',
        '竞争对手分析 Competitor analysis',
      ],
    },
    {
      name: '陈刚 销售总监 Sales director',
      title: null,
      userId: user('manager'),
      level: 'DECISION' as const,
      conditions: '商务谈判与签约 Negotiation and signing',
      maxPerMonth: 4,
      maxPerQuarter: null,
      preparation: ['报价底线 Price floor', '合同条款 Contract terms'],
    },
  ])) as InternalResource[];
  const month = new Date(now).toISOString().slice(0, 8);
  await manager.insert(ResourceRequest, [
    {
      resourceId: cto!.id,
      accountId: account(SZ),
      purpose: '5G 专网高层交流 5G executive exchange',
      date: `${month}05`,
      status: 'APPROVED',
      requesterId: user('sales'),
    },
    {
      resourceId: cto!.id,
      accountId: account(GZ),
      purpose: '年度合作回顾 Yearly review',
      date: `${month}12`,
      status: 'APPROVED',
      requesterId: user('sales'),
    },
    {
      resourceId: cto!.id,
      accountId: account(NJ),
      purpose: '配网方案汇报 Distribution automation briefing',
      date: `${month}26`,
      status: 'PENDING',
      requesterId: user('sales2'),
    },
    {
      resourceId: vp!.id,
      accountId: account(SZ),
      purpose: '投标前商务沟通 Pre-bid commercial talk',
      date: `${month}20`,
      status: 'APPROVED',
      requesterId: user('sales'),
    },
  ]);

  // 吴静 left last week: her customers go to 王伟; the customer handovers are done, the deals not yet.
  await manager.query(`UPDATE "user" SET status = 'DEPARTED', departed_at = $2 WHERE id = $1`, [
    user('sales3'),
    new Date(now - 7 * DAY),
  ]);
  const { handover } = await createHandover(manager, user('sales3'), user('sales'), user('admin'));
  const customerItems = await manager.getRepository(Task).find({
    where: { handoverId: handover.id, opportunityId: IsNull() },
    order: { title: 'ASC' },
  });
  for (const task of customerItems) {
    await manager.update(
      Task,
      { id: task.id },
      {
        status: 'DONE',
        acknowledgedAt: new Date(now - 6 * DAY),
        submittedAt: new Date(now - 2 * DAY),
        doneAt: new Date(now - DAY),
        reviewScore: 90,
      },
    );
    await completeHandoverItem(manager, task);
  }
}
