import { randomUUID } from 'node:crypto';
import type {
  BuyingRole,
  CoachLevel,
  ContactLevel,
  OrgUnitKind,
  ProcessKind,
  RunStepStatus,
  Stance,
  TeamRole,
} from '@trident/domain';
import type { EntityManager } from 'typeorm';
import { Contact } from '../modules/customer-org/contact.entity';
import { Influence } from '../modules/customer-org/influence.entity';
import { OrgUnit } from '../modules/customer-org/org-unit.entity';
import { ApprovalStep } from '../modules/processes/approval-step.entity';
import {
  ProcessRun,
  ProcessRunStep,
  ProcessRunStepChange,
} from '../modules/processes/process-run.entity';
import { ProcessTemplate } from '../modules/processes/process-template.entity';
import type { DemoAccount } from './demo-data';
import { random } from './random';

/** A small deterministic generator, so every demo database is the same. */
const SURNAMES = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['黄', 'Huang'],
  ['赵', 'Zhao'],
  ['吴', 'Wu'],
  ['周', 'Zhou'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['马', 'Ma'],
  ['朱', 'Zhu'],
  ['胡', 'Hu'],
  ['郭', 'Guo'],
  ['何', 'He'],
  ['林', 'Lin'],
  ['罗', 'Luo'],
  ['高', 'Gao'],
  ['梁', 'Liang'],
  ['谢', 'Xie'],
  ['宋', 'Song'],
  ['唐', 'Tang'],
  ['邓', 'Deng'],
  ['冯', 'Feng'],
  ['曾', 'Zeng'],
  ['彭', 'Peng'],
] as const;
const GIVEN = [
  ['建国', 'Jianguo'],
  ['伟', 'Wei'],
  ['芳', 'Fang'],
  ['敏', 'Min'],
  ['静', 'Jing'],
  ['丽', 'Li'],
  ['强', 'Qiang'],
  ['磊', 'Lei'],
  ['军', 'Jun'],
  ['洋', 'Yang'],
  ['勇', 'Yong'],
  ['艳', 'Yan'],
  ['杰', 'Jie'],
  ['娟', 'Juan'],
  ['涛', 'Tao'],
  ['明', 'Ming'],
  ['超', 'Chao'],
  ['秀英', 'Xiuying'],
  ['华', 'Hua'],
  ['平', 'Ping'],
  ['志强', 'Zhiqiang'],
  ['海燕', 'Haiyan'],
  ['晓东', 'Xiaodong'],
  ['文博', 'Wenbo'],
  ['子涵', 'Zihan'],
  ['浩然', 'Haoran'],
  ['雪梅', 'Xuemei'],
  ['国华', 'Guohua'],
  ['红梅', 'Hongmei'],
  ['俊杰', 'Junjie'],
] as const;

interface UnitPlan {
  name: string;
  kind: OrgUnitKind;
  /** Titles from the head down; the head's level is given, the rest step down. */
  titles: string[];
  headLevel: ContactLevel;
  roles: BuyingRole[];
  /** Which of our team keeps the head's relationship, if anyone. */
  owner?: TeamRole;
}

const UNITS_BY_INDUSTRY: Record<string, UnitPlan[]> = {
  Telecom: [
    {
      name: '总经理室 General Manager’s Office',
      kind: 'EXECUTIVE',
      headLevel: 'EXECUTIVE',
      titles: ['总经理', '副总经理', '副总经理'],
      roles: ['DECISION_MAKER'],
      owner: 'AR',
    },
    {
      name: '网络部 Network Dept.',
      kind: 'TECHNICAL',
      headLevel: 'DECISION',
      titles: [
        '网络部总经理',
        '副总经理',
        '传输室主任',
        '无线室主任',
        '网络工程师',
        '网络工程师',
        '维护员',
      ],
      roles: ['TECHNICAL_GATEKEEPER', 'USER'],
      owner: 'SR',
    },
    {
      name: '市场部 Marketing Dept.',
      kind: 'OTHER',
      headLevel: 'MANAGEMENT',
      titles: ['市场部总经理', '政企客户经理', '产品经理', '业务支撑专员'],
      roles: ['USER'],
    },
    {
      name: '采购与物流中心 Procurement Center',
      kind: 'PROCUREMENT',
      headLevel: 'DECISION',
      titles: ['采购中心主任', '采购经理', '招标专员', '合同管理员'],
      roles: ['PROCUREMENT'],
    },
    {
      name: '财务部 Finance Dept.',
      kind: 'FINANCE',
      headLevel: 'DECISION',
      titles: ['财务总监', '预算经理', '会计', '出纳'],
      roles: ['FINANCE_APPROVER', 'ECONOMIC_BUYER'],
      owner: 'FINANCE',
    },
    {
      name: '工程建设部 Construction Dept.',
      kind: 'ENGINEERING',
      headLevel: 'MANAGEMENT',
      titles: ['工程建设部经理', '项目经理', '监理工程师', '现场施工员'],
      roles: ['USER'],
      owner: 'FR',
    },
    {
      name: '法律事务部 Legal Dept.',
      kind: 'LEGAL',
      headLevel: 'MANAGEMENT',
      titles: ['法务经理', '法务专员'],
      roles: [],
    },
    {
      name: '综合办公室 General Office',
      kind: 'FRONT_OFFICE',
      headLevel: 'MANAGEMENT',
      titles: ['办公室主任', '总经理秘书', '前台', '司机'],
      roles: [],
    },
  ],
  Energy: [
    {
      name: '公司领导 Company Leadership',
      kind: 'EXECUTIVE',
      headLevel: 'EXECUTIVE',
      titles: ['总经理', '副总经理', '总工程师'],
      roles: ['DECISION_MAKER'],
      owner: 'AR',
    },
    {
      name: '运维检修部 Operations & Maintenance',
      kind: 'TECHNICAL',
      headLevel: 'DECISION',
      titles: ['运检部主任', '副主任', '变电专责', '配电专责', '检修班长'],
      roles: ['TECHNICAL_GATEKEEPER', 'USER'],
      owner: 'SR',
    },
    {
      name: '物资部 Materials Dept.',
      kind: 'SUPPLY_CHAIN',
      headLevel: 'DECISION',
      titles: ['物资部主任', '采购专责', '仓储专责'],
      roles: ['PROCUREMENT'],
    },
    {
      name: '财务资产部 Finance & Assets',
      kind: 'FINANCE',
      headLevel: 'DECISION',
      titles: ['财务部主任', '资金专责', '会计'],
      roles: ['FINANCE_APPROVER'],
      owner: 'FINANCE',
    },
    {
      name: '安全监察质量部 Safety & Quality',
      kind: 'QUALITY',
      headLevel: 'MANAGEMENT',
      titles: ['安质部主任', '安全专责'],
      roles: ['SUPERVISOR'],
    },
    {
      name: '建设部 Construction Dept.',
      kind: 'ENGINEERING',
      headLevel: 'MANAGEMENT',
      titles: ['建设部主任', '项目专责', '现场监理'],
      roles: ['USER'],
      owner: 'FR',
    },
    {
      name: '办公室 Office',
      kind: 'FRONT_OFFICE',
      headLevel: 'MANAGEMENT',
      titles: ['办公室主任', '文秘', '驾驶员'],
      roles: [],
    },
  ],
  Healthcare: [
    {
      name: '院领导 Hospital Leadership',
      kind: 'EXECUTIVE',
      headLevel: 'EXECUTIVE',
      titles: ['院长', '副院长', '副院长'],
      roles: ['DECISION_MAKER'],
      owner: 'AR',
    },
    {
      name: '信息中心 IT Center',
      kind: 'TECHNICAL',
      headLevel: 'DECISION',
      titles: ['信息中心主任', '系统工程师', '网络管理员'],
      roles: ['TECHNICAL_GATEKEEPER'],
      owner: 'SR',
    },
    {
      name: '设备科 Equipment Dept.',
      kind: 'PROCUREMENT',
      headLevel: 'DECISION',
      titles: ['设备科科长', '采购员'],
      roles: ['PROCUREMENT'],
    },
    {
      name: '财务科 Finance Dept.',
      kind: 'FINANCE',
      headLevel: 'MANAGEMENT',
      titles: ['财务科科长', '会计'],
      roles: ['FINANCE_APPROVER'],
      owner: 'FINANCE',
    },
    {
      name: '医务科 Medical Affairs',
      kind: 'OTHER',
      headLevel: 'MANAGEMENT',
      titles: ['医务科科长', '主任医师', '护士长'],
      roles: ['USER'],
    },
    {
      name: '院办 President’s Office',
      kind: 'FRONT_OFFICE',
      headLevel: 'MANAGEMENT',
      titles: ['院办主任', '院长秘书'],
      roles: [],
    },
    {
      name: '护理部 Nursing',
      kind: 'OTHER',
      headLevel: 'MANAGEMENT',
      titles: ['护理部主任', '护士长', '护士'],
      roles: ['USER'],
    },
  ],
  Other: [
    {
      name: '管理层 Management',
      kind: 'EXECUTIVE',
      headLevel: 'EXECUTIVE',
      titles: ['总裁', '副总裁'],
      roles: ['DECISION_MAKER'],
      owner: 'AR',
    },
    {
      name: 'IT 部 IT Dept.',
      kind: 'TECHNICAL',
      headLevel: 'DECISION',
      titles: ['CIO', 'IT 经理', '系统工程师'],
      roles: ['TECHNICAL_GATEKEEPER'],
      owner: 'SR',
    },
    {
      name: '采购部 Procurement',
      kind: 'PROCUREMENT',
      headLevel: 'DECISION',
      titles: ['采购总监', '采购经理'],
      roles: ['PROCUREMENT'],
    },
    {
      name: '财务部 Finance',
      kind: 'FINANCE',
      headLevel: 'MANAGEMENT',
      titles: ['财务总监', '会计'],
      roles: ['FINANCE_APPROVER'],
      owner: 'FINANCE',
    },
    {
      name: '生产制造部 Manufacturing',
      kind: 'ENGINEERING',
      headLevel: 'DECISION',
      titles: ['生产总监', '车间主任', '设备工程师', '班组长'],
      roles: ['USER'],
      owner: 'FR',
    },
    {
      name: '质量部 Quality',
      kind: 'QUALITY',
      headLevel: 'MANAGEMENT',
      titles: ['质量经理', '质检员'],
      roles: ['SUPERVISOR'],
    },
    {
      name: '供应链管理部 Supply Chain',
      kind: 'SUPPLY_CHAIN',
      headLevel: 'MANAGEMENT',
      titles: ['供应链经理', '计划员'],
      roles: ['PROCUREMENT'],
    },
    {
      name: '总裁办 President’s Office',
      kind: 'FRONT_OFFICE',
      headLevel: 'MANAGEMENT',
      titles: ['总裁办主任', '总裁秘书', '司机'],
      roles: [],
    },
  ],
};

const LEVELS: ContactLevel[] = ['EXECUTIVE', 'DECISION', 'MANAGEMENT', 'OPERATIONAL', 'FRONTLINE'];
const STANCE_WEIGHTS: Stance[] = [
  'CHAMPION',
  'SUPPORTER',
  'SUPPORTER',
  'NEUTRAL',
  'NEUTRAL',
  'NEUTRAL',
  'SKEPTIC',
  'OPPONENT',
];

/** Accounts with a full map; the others get a small one. */
const FULL_MAPS = new Set([
  'cmcc-gd',
  'cmcc-gz',
  'cmcc-sz',
  'sgcc-js',
  'sgcc-nj',
  'sgcc-sz',
  'crmed',
  'crmed-hs',
  'byd',
  'midea',
]);

function industryOf(account: DemoAccount): string {
  const key = account.industry.split(' ')[0]!;
  return key in UNITS_BY_INDUSTRY ? key : 'Other';
}

interface SeededMap {
  units: OrgUnit[];
  contacts: Contact[];
}

/**
 * Org charts for the demo accounts: departments from the general office to the driver
 * (seed 003), a reporting line in each, influence edges, a coach, rising stars, and
 * relationship owners from the account team — with gaps, as in real life.
 */
export async function seedCustomerMaps(
  manager: EntityManager,
  accounts: Map<string, { id: string; demo: DemoAccount }>,
  userIdOf: (key: string) => string,
): Promise<Map<string, SeededMap>> {
  const maps = new Map<string, SeededMap>();
  let seed = 7;
  for (const [key, { id: accountId, demo }] of accounts) {
    const rnd = random(seed++);
    const plans = UNITS_BY_INDUSTRY[industryOf(demo)]!;
    const full = FULL_MAPS.has(key);
    const units: OrgUnit[] = [];
    const contacts: Contact[] = [];
    const person = () => {
      const [surname, surnameEn] = rnd.pick(SURNAMES);
      const [given, givenEn] = rnd.pick(GIVEN);
      return `${surname}${given} ${surnameEn} ${givenEn}`;
    };
    let topExecutive: Contact | undefined;
    for (const plan of full ? plans : plans.slice(0, 4)) {
      const unit = Object.assign(new OrgUnit(), {
        id: randomUUID(),
        accountId,
        name: plan.name,
        kind: plan.kind,
        parentId: null,
      });
      units.push(unit);
      // Key accounts: several people per working title, more in the technical and build teams.
      const repeats = full ? (plan.kind === 'TECHNICAL' || plan.kind === 'ENGINEERING' ? 4 : 2) : 1;
      const titles = full
        ? plan.titles.flatMap((t, i) => (i === 0 ? [t] : (Array(repeats).fill(t) as string[])))
        : plan.titles.slice(0, 2);
      let head: Contact | undefined;
      let deputy: Contact | undefined;
      titles.forEach((title, i) => {
        const level =
          i === 0
            ? plan.headLevel
            : LEVELS[Math.min(LEVELS.indexOf(plan.headLevel) + (i <= 2 ? 1 : 2), 4)]!;
        const ownerRole = i === 0 ? plan.owner : undefined;
        const owner =
          ownerRole && demo.team[ownerRole]
            ? userIdOf(demo.team[ownerRole]!)
            : i > 0 && rnd.next() < 0.15
              ? userIdOf(demo.team.AR)
              : null;
        const contact = Object.assign(new Contact(), {
          id: randomUUID(),
          accountId,
          orgUnitId: unit.id,
          name: person(),
          title,
          level,
          reportsToId:
            i === 0
              ? plan.kind === 'EXECUTIVE'
                ? null
                : (topExecutive?.id ?? null)
              : i <= 2
                ? (head?.id ?? null)
                : (deputy?.id ?? head?.id ?? null),
          responsibilities: i === 0 ? `${plan.name.split(' ')[0]}负责人` : null,
          influence: Math.max(
            1,
            Math.min(5, 5 - LEVELS.indexOf(level) + (rnd.next() < 0.2 ? 1 : 0)),
          ),
          stance: rnd.pick(STANCE_WEIGHTS),
          buyingRoles: i === 0 ? plan.roles : [],
          coachLevel: null as CoachLevel | null,
          risingStar: level === 'OPERATIONAL' && rnd.next() < 0.25,
          relationshipOwnerId: owner,
          status: 'ACTIVE' as const,
          notes:
            i === 0 && owner
              ? '关键决策人，每季度至少拜访一次。Key decision maker: visit quarterly.'
              : null,
        });
        if (i === 0) head = contact;
        if (i === 1) deputy = contact;
        if (plan.kind === 'EXECUTIVE' && i === 0) topExecutive = contact;
        contacts.push(contact);
      });
    }
    // The executive office heads every other unit's head (set above once it exists).
    for (const contact of contacts) {
      if (
        contact.reportsToId === null &&
        contact !== topExecutive &&
        contact.buyingRoles.length > 0 &&
        topExecutive
      ) {
        contact.reportsToId = topExecutive.id;
      }
    }
    // One coach: a supportive middle manager who tells us how things work inside (seed 002).
    const coach = contacts.find(
      (c) => c.level === 'MANAGEMENT' && c.stance !== 'OPPONENT' && c.stance !== 'SKEPTIC',
    );
    if (coach) {
      coach.coachLevel = full ? 'CAN_ADVISE' : 'INTEL_ONLY';
      coach.stance = 'CHAMPION';
      coach.buyingRoles = [...new Set([...coach.buyingRoles, 'COACH' as BuyingRole])];
    }
    if (full) {
      // People move: one former engineer left last spring and stays in history.
      const leaver = contacts.find((c) => c.level === 'OPERATIONAL' && !c.relationshipOwnerId);
      if (leaver)
        Object.assign(leaver, { status: 'LEFT', leftAt: new Date('2026-04-30T00:00:00Z') });
    }
    await manager.insert(OrgUnit, units);
    // Insert bosses before their reports (foreign key on reports_to_id).
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const depth = (c: Contact): number => (c.reportsToId ? 1 + depth(byId.get(c.reportsToId)!) : 0);
    await manager.insert(
      Contact,
      [...contacts].sort((a, b) => depth(a) - depth(b)),
    );

    const edges: Partial<Influence>[] = [];
    const secretary = contacts.find((c) => /秘书|文秘/.test(c.title ?? ''));
    if (secretary && topExecutive)
      edges.push({
        fromContactId: secretary.id,
        toContactId: topExecutive.id,
        strength: 2,
        note: '掌握领导日程 Keeps the boss’s calendar',
      });
    const heads = contacts.filter((c) => c.buyingRoles.length > 0 && c !== topExecutive);
    for (let i = 0; i + 1 < heads.length && edges.length < (full ? 6 : 2); i += 2) {
      edges.push({
        fromContactId: heads[i]!.id,
        toContactId: heads[i + 1]!.id,
        strength: rnd.int(1, 3),
        note: '老同事 Former colleagues',
      });
    }
    if (edges.length)
      await manager.insert(
        Influence,
        edges.map((e) => ({ ...e, accountId })),
      );
    maps.set(key, { units, contacts });
  }
  return maps;
}

interface StepPlan {
  name: string;
  unit?: OrgUnitKind;
  head?: boolean;
  condition?: string;
  days: number;
  documents?: string[];
  rule?: 'ALL' | 'ANY';
}

/** The customer's four processes and their approval logic (seed 000), telecom flavour. */
const PROCESS_PLANS: { kind: ProcessKind; name: string; steps: StepPlan[] }[] = [
  {
    kind: 'NEED',
    name: '需求立项 Need approval',
    steps: [
      {
        name: '业务部门提出需求 Department raises the need',
        unit: 'TECHNICAL',
        head: true,
        days: 5,
        documents: ['需求说明书'],
      },
      {
        name: '分管副总审核 Deputy GM review',
        unit: 'EXECUTIVE',
        condition: 'amount >= 500000',
        days: 7,
      },
      {
        name: '总经理办公会 GM office meeting',
        unit: 'EXECUTIVE',
        head: true,
        condition: 'amount >= 3000000',
        days: 14,
        documents: ['可研报告'],
      },
    ],
  },
  {
    kind: 'PROCUREMENT',
    name: '采购审批 Procurement approval',
    steps: [
      { name: '采购方案 Procurement plan', unit: 'PROCUREMENT', days: 5, documents: ['采购方案'] },
      { name: '技术评审 Technical review', unit: 'TECHNICAL', head: true, days: 7, rule: 'ALL' },
      {
        name: '财务预算确认 Budget check',
        unit: 'FINANCE',
        head: true,
        days: 3,
        documents: ['预算批复'],
      },
      {
        name: '公开招标 Public tender',
        unit: 'PROCUREMENT',
        condition: 'amount >= 2000000',
        days: 30,
        documents: ['招标文件', '评标报告'],
      },
      {
        name: '单一来源论证 Single-source review',
        unit: 'LEGAL',
        condition: 'amount < 2000000 and productLine == "5G"',
        days: 10,
      },
    ],
  },
  {
    kind: 'CONTRACT',
    name: '合同审批 Contract approval',
    steps: [
      { name: '法务审核 Legal review', unit: 'LEGAL', days: 5, documents: ['合同文本'] },
      { name: '财务会签 Finance countersign', unit: 'FINANCE', head: true, days: 3, rule: 'ANY' },
      {
        name: '总经理签字 GM signs',
        unit: 'EXECUTIVE',
        head: true,
        condition: 'amount >= 1000000',
        days: 5,
      },
    ],
  },
  {
    kind: 'PAYMENT',
    name: '付款审批 Payment approval',
    steps: [
      {
        name: '验收确认 Acceptance sign-off',
        unit: 'ENGINEERING',
        head: true,
        days: 7,
        documents: ['验收证书'],
      },
      { name: '发票校验 Invoice check', unit: 'FINANCE', days: 3, documents: ['增值税发票'] },
      {
        name: '财务总监审批 CFO approval',
        unit: 'FINANCE',
        head: true,
        condition: 'amount >= 1000000',
        days: 5,
      },
      { name: '资金支付 Payment', unit: 'FINANCE', days: 10 },
    ],
  },
];

/**
 * Global templates, each key account's own four processes with named approvers, and
 * runs in progress — one of them blocked longer than its typical days.
 */
export async function seedProcesses(
  manager: EntityManager,
  maps: Map<string, SeededMap>,
  accounts: Map<string, { id: string; demo: DemoAccount }>,
  userIdOf: (key: string) => string,
): Promise<void> {
  for (const plan of PROCESS_PLANS.slice(0, 2)) {
    const template = await manager.save(ProcessTemplate, {
      accountId: null,
      kind: plan.kind,
      name: `${plan.name} (通用 template)`,
      description: '通用模板：复制到客户后指定审批人。Copy to an account, then name the approvers.',
    });
    await manager.insert(
      ApprovalStep,
      plan.steps.map((s, i) => ({
        templateId: template.id,
        position: i + 1,
        name: s.name,
        rule: s.rule ?? 'ALL',
        condition: s.condition ?? null,
        typicalDays: s.days,
        documentsRequired: s.documents ?? [],
      })),
    );
  }
  const runs: {
    key: string;
    title: string;
    amount: string;
    productLine: string;
    blockedAt?: number;
    passed: number;
  }[] = [
    {
      key: 'cmcc-sz',
      title: '5G 专网扩容 5G private network expansion',
      amount: '3600000.00',
      productLine: '5G',
      passed: 2,
      blockedAt: 2,
    },
    {
      key: 'cmcc-gz',
      title: '传输网改造 Transport network upgrade',
      amount: '1800000.00',
      productLine: 'Transport',
      passed: 1,
    },
    {
      key: 'sgcc-nj',
      title: '配网自动化 Distribution automation',
      amount: '2400000.00',
      productLine: 'IoT',
      passed: 1,
      blockedAt: 1,
    },
  ];
  for (const [key, map] of maps) {
    const account = accounts.get(key)!;
    if (!FULL_MAPS.has(key)) continue;
    const unitOf = (kind?: OrgUnitKind) => map.units.find((u) => u.kind === kind) ?? null;
    const headOf = (unit: OrgUnit | null) =>
      unit
        ? (map.contacts.find((c) => c.orgUnitId === unit.id && c.status === 'ACTIVE') ?? null)
        : null;
    const templates = new Map<ProcessKind, { template: ProcessTemplate; steps: ApprovalStep[] }>();
    for (const plan of PROCESS_PLANS) {
      const template = await manager.save(ProcessTemplate, {
        accountId: account.id,
        kind: plan.kind,
        name: plan.name,
        description: null,
      });
      const steps = plan.steps.map((s, i) => {
        const unit = unitOf(s.unit);
        return Object.assign(new ApprovalStep(), {
          id: randomUUID(),
          templateId: template.id,
          position: i + 1,
          name: s.name,
          approverContactId: s.head ? (headOf(unit)?.id ?? null) : null,
          approverOrgUnitId: s.head ? null : (unit?.id ?? null),
          rule: s.rule ?? 'ALL',
          condition: s.condition ?? null,
          typicalDays: s.days,
          documentsRequired: s.documents ?? [],
        });
      });
      await manager.insert(ApprovalStep, steps);
      templates.set(plan.kind, { template, steps });
    }
    for (const demoRun of runs.filter((r) => r.key === key)) {
      const { template, steps } = templates.get('PROCUREMENT')!;
      const applying = steps.filter(
        (s) =>
          s.name !== '单一来源论证 Single-source review' &&
          (s.condition === null || Number(demoRun.amount) >= 2_000_000),
      );
      const started = new Date(Date.now() - 40 * 86_400_000);
      const run = await manager.save(ProcessRun, {
        templateId: template.id,
        accountId: account.id,
        subjectType: 'ACCOUNT',
        subjectId: account.id,
        title: demoRun.title,
        amount: demoRun.amount,
        productLines: [demoRun.productLine],
        region: account.demo.region,
        startedById: userIdOf(account.demo.team.AR),
        startedAt: started,
      });
      for (const [i, step] of applying.entries()) {
        const status: RunStepStatus =
          i < demoRun.passed
            ? 'PASSED'
            : i === demoRun.blockedAt
              ? 'BLOCKED'
              : i === demoRun.passed
                ? 'IN_REVIEW'
                : 'PENDING';
        const since = new Date(
          Date.now() -
            (status === 'BLOCKED' ? step.typicalDays + 9 : i < demoRun.passed ? 30 - i * 7 : 2) *
              86_400_000,
        );
        const blocker =
          status === 'BLOCKED'
            ? (map.contacts.find((c) => c.stance === 'SKEPTIC' || c.stance === 'OPPONENT') ?? null)
            : null;
        const runStep = await manager.save(ProcessRunStep, {
          runId: run.id,
          stepId: step.id,
          position: i + 1,
          name: step.name,
          approverContactId: step.approverContactId,
          approverOrgUnitId: step.approverOrgUnitId,
          typicalDays: step.typicalDays,
          status,
          since,
          blockerContactId: blocker?.id ?? null,
          blockReason:
            status === 'BLOCKED'
              ? '预算调整待批，采购暂停 Budget revision pending: procurement on hold'
              : null,
        });
        if (status !== 'PENDING') {
          await manager.insert(ProcessRunStepChange, [
            {
              runStepId: runStep.id,
              fromStatus: 'PENDING',
              toStatus: 'IN_REVIEW',
              actorId: userIdOf(account.demo.team.AR),
              at: since,
            },
            ...(status === 'IN_REVIEW'
              ? []
              : [
                  {
                    runStepId: runStep.id,
                    fromStatus: 'IN_REVIEW' as const,
                    toStatus: status,
                    note: runStep.blockReason,
                    actorId: userIdOf(account.demo.team.AR),
                    at: since,
                  },
                ]),
          ]);
        }
      }
    }
  }
}
