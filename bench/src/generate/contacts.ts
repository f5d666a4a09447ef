import { insert, prepare, type GenerateContext } from './context';
import { ANCHOR, personName, pick, pickWeighted, rnd, rndInt, textArray, uuidOf } from './sql';

const UNIT_KINDS = [
  'TECHNICAL',
  'PROCUREMENT',
  'FINANCE',
  'ENGINEERING',
  'SUPPLY_CHAIN',
  'QUALITY',
  'LEGAL',
  'FRONT_OFFICE',
  'OTHER',
];
const UNIT_NAMES = [
  '技术部 Technical',
  '采购部 Procurement',
  '财务部 Finance',
  '工程部 Engineering',
  '供应链部 Supply chain',
  '质量部 Quality',
  '法务部 Legal',
  '营业部 Front office',
  '综合部 General affairs',
];

/**
 * Each account's reporting line is a b-ary heap over its contacts 1..C: contact k reports
 * to (k − 2) / b + 1, so depths and ancestors have closed forms and a statement can point
 * at a manager it is writing in the same pass. b grows with the account (2 up to 255
 * contacts, 3 up to 3,280, else 4) so big accounts are not absurdly deep, and the line is
 * capped at 8 levels: contacts past the 8th level of the heap report to a level-7 manager
 * instead. `lvl[d + 1]` is the number of contacts in levels 1..d.
 *
 * The org units are the heap's top levels (2 of them for small accounts, up to 4 for the
 * largest): a contact in those levels heads the unit with its own number, everyone below
 * sits in the unit of their ancestor at the unit depth. So unit and reporting line agree.
 */
export async function planContactTrees(ctx: GenerateContext): Promise<void> {
  await prepare(
    ctx,
    `CREATE TEMP TABLE bench_tree ON COMMIT DROP AS
     SELECT a.n, a.id, a.contacts, a.contact_off, a.ar_id, a.sr_id, a.created_at, s.b,
            ARRAY(SELECT ((power(s.b, d) - 1) / (s.b - 1))::int FROM generate_series(0, 8) d) AS lvl,
            CASE WHEN a.contacts <= 40 THEN 2 WHEN a.contacts <= 1000 THEN 3 ELSE 4 END AS unit_depth
       FROM bench_account a
      CROSS JOIN LATERAL (
        SELECT CASE WHEN a.contacts <= 255 THEN 2 WHEN a.contacts <= 3280 THEN 3 ELSE 4 END AS b) s`,
  );
  await prepare(ctx, `ANALYZE bench_tree`);
}

/** The ancestor at depth `depth` of heap node `node` at depth `nodeDepth`. */
const ancestor = (node: string, nodeDepth: string, depth: string) =>
  `(t.lvl[${depth}] + 1 + (${node} - t.lvl[${nodeDepth}] - 1) / power(t.b, ${nodeDepth} - ${depth})::int)`;

/** Depth of heap node `node`, 1 for the top executive, at most 8. */
const depthOf = (node: string) =>
  `(1 + ${[2, 3, 4, 5, 6, 7, 8].map((i) => `(${node} > t.lvl[${i}])::int`).join(' + ')})`;

export async function generateOrgUnits(ctx: GenerateContext): Promise<void> {
  const kindIndex = `(1 + (${ancestor('k', 'd.depth', '2')} - 2) % ${UNIT_KINDS.length})`;
  await insert(
    ctx,
    'org_unit',
    `INSERT INTO org_unit (id, account_id, name, kind, parent_id, created_at, updated_at, version)
     SELECT ${uuidOf(`'unit:' || (t.contact_off + k)`)}, t.id,
            CASE WHEN k = 1 THEN '总经理办公室 Executive office'
                 WHEN d.depth = 2 THEN ${textArray(UNIT_NAMES)}[${kindIndex}]
                 ELSE ${textArray(UNIT_NAMES)}[${kindIndex}] || ' ' || k END,
            CASE WHEN k = 1 THEN 'EXECUTIVE'
                 ELSE ${textArray(UNIT_KINDS)}[${kindIndex}] END,
            CASE WHEN k = 1 THEN NULL ELSE ${uuidOf(`'unit:' || (t.contact_off + (k - 2) / t.b + 1)`)} END,
            t.created_at, t.created_at, 1
       FROM bench_tree t
      CROSS JOIN LATERAL generate_series(1, least(t.contacts, t.lvl[t.unit_depth + 1])) k
      CROSS JOIN LATERAL (SELECT ${depthOf('k')} AS depth) d
      ORDER BY t.n, k`,
  );
}

const TITLES = {
  decision: [
    '副总经理 Deputy general manager',
    '总监 Director',
    '总工程师 Chief engineer',
    '财务总监 Chief financial officer',
  ],
  management: ['部门经理 Department manager', '处长 Division head', '副经理 Deputy manager'],
  operational: ['主管 Supervisor', '高级工程师 Senior engineer', '项目经理 Project manager'],
  frontline: ['工程师 Engineer', '专员 Specialist', '采购员 Buyer', '技术员 Technician'],
};
// Buying roles as array literals, one per contact.
const DECISION_ROLES = [
  '{ECONOMIC_BUYER}',
  '{TECHNICAL_GATEKEEPER}',
  '{FINANCE_APPROVER}',
  '{PROCUREMENT}',
];
const MANAGEMENT_ROLES = ['{USER}', '{SUPERVISOR}', '{TECHNICAL_GATEKEEPER}', '{}'];

/** The rows of every contact with its place in the tree: k, depth, manager and unit. */
const CONTACT_TREE = `
       FROM bench_tree t
      CROSS JOIN LATERAL generate_series(1, t.contacts) k
      CROSS JOIN LATERAL (
        SELECT ${depthOf('k')} AS depth,
               CASE WHEN k = 1 THEN NULL
                    WHEN k <= t.lvl[9] THEN (k - 2) / t.b + 1
                    ELSE t.lvl[7] + 1 + (k - t.lvl[9] - 1) % (t.lvl[8] - t.lvl[7]) END AS manager_k,
               t.contact_off + k AS g) p
      CROSS JOIN LATERAL (
        SELECT CASE WHEN p.depth <= t.unit_depth THEN k
                    WHEN k > t.lvl[9] THEN ${ancestor('p.manager_k', '7', 't.unit_depth')}
                    ELSE ${ancestor('k', 'p.depth', 't.unit_depth')} END AS unit_k) u`;

/**
 * Contacts: level, title, influence and buying role follow the depth (the top executive
 * decides, the level below buys or gates), stance and coaches are scattered; the AR owns
 * most decision-level relationships and the SR half of the managers, which leaves gaps
 * for the coverage view. 3 % have left the customer.
 */
export async function generateContacts(ctx: GenerateContext): Promise<void> {
  const title = `CASE
      WHEN p.depth = 1 THEN '总经理 General manager'
      WHEN p.depth = 2 THEN ${pick(TITLES.decision, 'p.g', 31)}
      WHEN p.depth = 3 THEN ${pick(TITLES.management, 'p.g', 31)}
      WHEN p.depth <= 5 THEN ${pick(TITLES.operational, 'p.g', 31)}
      ELSE ${pick(TITLES.frontline, 'p.g', 31)} END`;
  const roles = `CASE
      WHEN p.depth = 1 THEN '{DECISION_MAKER}'
      WHEN p.depth = 2 THEN ${pick(DECISION_ROLES, 'p.g', 32)}
      WHEN p.depth = 3 THEN ${pick(MANAGEMENT_ROLES, 'p.g', 32)}
      WHEN ${rnd('p.g', 32)} < 0.3 THEN '{USER}' ELSE '{}' END::text[]`;
  const coach = `(p.depth > 1 AND ${rnd('p.g', 33)} < 0.03)`;
  await insert(
    ctx,
    'contact',
    `INSERT INTO contact (id, account_id, org_unit_id, name, title, level, reports_to_id,
                          responsibilities, influence, stance, buying_roles, coach_level,
                          rising_star, relationship_owner_id, status, left_at, notes,
                          created_at, updated_at, version)
     SELECT ${uuidOf(`'contact:' || p.g`)}, t.id, ${uuidOf(`'unit:' || (t.contact_off + u.unit_k)`)},
            ${personName('p.g', 34)}, ${title},
            CASE WHEN p.depth = 1 THEN 'EXECUTIVE' WHEN p.depth = 2 THEN 'DECISION'
                 WHEN p.depth = 3 THEN 'MANAGEMENT' WHEN p.depth <= 5 THEN 'OPERATIONAL'
                 ELSE 'FRONTLINE' END,
            CASE WHEN p.manager_k IS NULL THEN NULL
                 ELSE ${uuidOf(`'contact:' || (t.contact_off + p.manager_k)`)} END,
            NULL,
            (ARRAY[5, 4, 3, 2, 2, 1, 1, 1])[p.depth],
            ${pickWeighted(
              [
                ['CHAMPION', 10],
                ['SUPPORTER', 25],
                ['NEUTRAL', 40],
                ['SKEPTIC', 15],
                ['OPPONENT', 10],
              ],
              'p.g',
              35,
            )},
            ${roles} || CASE WHEN ${coach} THEN ARRAY['COACH'] ELSE '{}'::text[] END,
            CASE WHEN ${coach} THEN ${pick(['CAN_INTERVENE', 'CAN_ADVISE', 'INTEL_ONLY'], 'p.g', 36)} END,
            p.depth BETWEEN 3 AND 5 AND ${rnd('p.g', 37)} < 0.05,
            CASE WHEN p.depth <= 2 AND ${rnd('p.g', 38)} < 0.85 THEN t.ar_id
                 WHEN p.depth = 3 AND ${rnd('p.g', 38)} < 0.5 THEN t.sr_id END,
            CASE WHEN k > 1 AND ${rnd('p.g', 39)} < 0.03 THEN 'LEFT' ELSE 'ACTIVE' END,
            CASE WHEN k > 1 AND ${rnd('p.g', 39)} < 0.03
                 THEN ${ANCHOR} - (1 + ${rndInt('p.g', 40, 365)}) * interval '1 day' END,
            NULL,
            t.created_at + ${rndInt('p.g', 41, 300)} * interval '1 day',
            t.created_at + ${rndInt('p.g', 41, 300)} * interval '1 day',
            1
     ${CONTACT_TREE}
      ORDER BY t.n, k`,
  );
}

/**
 * The circle of influence [000]: one in ten contacts below the decision level leans on
 * one of the decision-level contacts above them. One edge per source keeps pairs unique.
 */
export async function generateInfluence(ctx: GenerateContext): Promise<void> {
  await insert(
    ctx,
    'influence',
    `INSERT INTO influence (id, account_id, from_contact_id, to_contact_id, strength, note, created_at)
     SELECT ${uuidOf(`'influence:' || p.g`)}, t.id, ${uuidOf(`'contact:' || p.g`)},
            ${uuidOf(`'contact:' || (t.contact_off + 2 + ${rndInt('p.g', 42, 't.b')})`)},
            1 + ${rndInt('p.g', 43, 3)}, NULL, t.created_at + interval '30 days'
     ${CONTACT_TREE}
      WHERE p.depth >= 3 AND ${rnd('p.g', 44)} < 0.1
      ORDER BY t.n, k`,
  );
}
