import { insert, type GenerateContext } from './context';
import { ANCHOR, lit, pick, pickWeighted, rnd, rndInt, uuidOf } from './sql';

const SUMMARIES: Record<string, [string, string]> = {
  VISIT: [
    '拜访网络部，了解年度建设计划 Visited network dept. for the yearly build plan',
    '拜访采购部，确认招标时间 Visited procurement to confirm the tender date',
  ],
  CALL: [
    '电话确认联系人与需求 Phone call to confirm contact and need',
    '电话跟进报价反馈 Followed up the quote by phone',
  ],
  MEETING: [
    '方案交流会 Solution workshop with the technical team',
    '季度业务回顾 Quarterly business review',
  ],
  DEMO: [
    '产品演示，客户关注运维成本 Product demo; the customer cares about running cost',
    '平台演示给运维团队 Platform demo for the operations team',
  ],
  TRIAL: ['试点上线，收集反馈 Pilot went live; collecting feedback', '试用评估会 Trial review'],
  RECEPTION: [
    '接待客户参观总部 Hosted the customer at headquarters',
    '接待客户参观样板点 Hosted a reference-site visit',
  ],
  DINNER: [
    '与采购负责人晚餐 Dinner with the procurement head',
    '与总工晚餐 Dinner with the chief engineer',
  ],
  OTHER: [
    '提交资格预审材料 Submitted pre-qualification documents',
    '寄送案例资料 Sent reference cases',
  ],
};

const NEXT_STEPS = [
  '约下次技术交流 Book the next technical session',
  '发送会议纪要 Send the minutes',
  '准备报价 Prepare the quote',
];

const KIND_WEIGHTS: [string, number][] = [
  ['VISIT', 35],
  ['CALL', 25],
  ['MEETING', 12],
  ['DEMO', 8],
  ['TRIAL', 4],
  ['RECEPTION', 4],
  ['DINNER', 8],
  ['OTHER', 4],
];

/**
 * The visit log, with the accounts' skew (1 % of accounts hold 30 % of it). The first
 * visits of an account go one to each of its deals, so every deal has its logged
 * activity; after that 60 % name a random deal of the account. A deal's visits fall
 * within its life, the others anywhere in the last two years. Participants and contacts
 * are arrays on the row: one of each (the author and a contact of the account).
 */
export async function generateActivities(ctx: GenerateContext): Promise<void> {
  const summary = `CASE k.kind ${Object.entries(SUMMARIES)
    .map(([kind, texts]) => `WHEN ${lit(kind)} THEN ${pick(texts, 'x.g', 74)}`)
    .join(' ')} END`;
  const contact = uuidOf(`'contact:' || (a.contact_off + 1 + ${rndInt('x.g', 75, 'a.contacts')})`);
  await insert(
    ctx,
    'activity',
    `INSERT INTO activity (id, account_id, opportunity_id, kind, occurred_at, summary, next_steps,
                           participant_ids, contact_ids, created_by_id, created_at, version)
     SELECT ${uuidOf(`'activity:' || x.g`)}, a.id, o.id, k.kind, w.occurred_at, ${summary},
            CASE WHEN ${rnd('x.g', 76)} < 0.3
                 THEN ${pick(NEXT_STEPS, 'x.g', 77)} END,
            ARRAY[c.author], ARRAY[${contact}],
            c.author, w.occurred_at, 1
       FROM bench_account a
      CROSS JOIN LATERAL generate_series(1, a.activities) j
      CROSS JOIN LATERAL (
        SELECT a.activity_off + j AS g,
               CASE WHEN a.opportunities = 0 THEN NULL
                    WHEN j <= a.opportunities THEN a.opportunity_off + j
                    WHEN ${rnd('a.activity_off + j', 71)} < 0.6
                    THEN a.opportunity_off + 1 + ${rndInt('a.activity_off + j', 72, 'a.opportunities')}
               END AS deal_g) x
       LEFT JOIN bench_opp o ON o.g = x.deal_g
      CROSS JOIN LATERAL (SELECT ${pickWeighted(KIND_WEIGHTS, 'x.g', 73)} AS kind) k
      CROSS JOIN LATERAL (
        SELECT CASE WHEN o.g IS NULL
                    THEN ${ANCHOR} - (3600 + ${rndInt('x.g', 78, 730 * 86400 - 3600)}) * interval '1 second'
                    ELSE o.created_at + ${rnd('x.g', 78)} * (coalesce(o.closed_at, ${ANCHOR}) - o.created_at)
               END AS occurred_at) w
      CROSS JOIN LATERAL (
        SELECT CASE WHEN k.kind IN ('MEETING', 'DEMO', 'TRIAL') AND ${rnd('x.g', 79)} < 0.5
                    THEN a.sr_id ELSE a.ar_id END AS author) c`,
  );
}
