import { insert, type GenerateContext } from './context';
import { ANCHOR, pickWeighted, rnd, rndInt, uuidOf } from './sql';
import type { Funnel } from './opportunities';

/**
 * Win steps are tasks (DESIGN §2), and the SALES dashboard shows each open deal's next
 * step, so deals get them too: every deal that reached the solution stage has the
 * finished solution task its entry criterion asks for, and every open deal has one open
 * next step (meet the decision maker, work out the solution, prepare the bid), some of
 * them overdue so the reminders have something to find.
 */
export async function generateTasks(ctx: GenerateContext, funnel: Funnel): Promise<void> {
  // The solution work happens between the move before the solution stage and that move.
  const solutionWork = `(o.created_at + (${funnel.solutionIndex} - 1) * o.gap)`;
  await insert(
    ctx,
    'task',
    `INSERT INTO task (id, account_id, opportunity_id, kind, title, expected_result, due,
                       assignee_id, requester_id, status, acknowledged_at, submitted_at,
                       review_score, done_at, created_at, updated_at, version)
     SELECT ${uuidOf(`'solution-task:' || o.g`)}, o.account_id, o.id, 'SOLUTION',
            '方案设计 Solution design', '客户认可的技术方案 A solution the customer accepts',
            ${solutionWork} + 0.8 * o.gap, o.sr_id, o.owner_id, 'DONE',
            ${solutionWork} + 0.1 * o.gap, ${solutionWork} + 0.4 * o.gap,
            60 + ${rndInt('o.g', 81, 41)}, ${solutionWork} + 0.5 * o.gap,
            ${solutionWork}, ${solutionWork} + 0.5 * o.gap, 1
       FROM bench_opp o
      WHERE o.reached >= ${funnel.solutionIndex} AND ${funnel.solutionIndex} > 0
      ORDER BY o.g`,
  );
  const status = pickWeighted(
    [
      ['PROPOSED', 30],
      ['ACKNOWLEDGED', 30],
      ['IN_PROGRESS', 40],
    ],
    'o.g',
    82,
  );
  await insert(
    ctx,
    'task',
    `INSERT INTO task (id, account_id, opportunity_id, kind, title, expected_result, due,
                       assignee_id, requester_id, status, acknowledged_at, created_at,
                       updated_at, version)
     SELECT ${uuidOf(`'next-step:' || o.g`)}, o.account_id, o.id, x.kind, x.title, x.result,
            ${ANCHOR} + (${rndInt('o.g', 83, 41)} - 10) * interval '1 day' + interval '10 hours',
            CASE WHEN x.kind = 'GENERAL' THEN o.owner_id ELSE o.sr_id END, o.owner_id, s.status,
            CASE WHEN s.status <> 'PROPOSED'
                 THEN o.entered_at + (${ANCHOR} - o.entered_at) * 0.2 END,
            o.entered_at, o.entered_at + (${ANCHOR} - o.entered_at) * 0.2, 1
       FROM bench_opp o
      CROSS JOIN LATERAL (SELECT ${status} AS status) s
      CROSS JOIN LATERAL (
        SELECT CASE WHEN o.reached < ${funnel.decisionIndex} THEN 'GENERAL'
                    WHEN o.reached < ${funnel.solutionIndex} THEN 'SOLUTION' ELSE 'BID' END AS kind) k
      CROSS JOIN LATERAL (
        SELECT k.kind,
               CASE k.kind WHEN 'GENERAL' THEN '约见决策人 Meet the decision maker'
                           WHEN 'SOLUTION' THEN '方案交流 Solution workshop'
                           ELSE '投标准备 Bid preparation' END AS title,
               CASE k.kind WHEN 'GENERAL' THEN '确认需求与预算 Need and budget confirmed'
                           WHEN 'SOLUTION' THEN '方案获客户认可 Solution accepted'
                           ELSE '标书按时提交 Bid submitted on time' END AS result) x
      WHERE NOT o.won AND NOT o.lost AND ${rnd('o.g', 84)} < 0.9
      ORDER BY o.g`,
  );
}
