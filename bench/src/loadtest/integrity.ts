import type { Client } from 'pg';
import { fromCents, toCents, type Ledger } from './ledger';

/** The database before the measured window, to compare its changes with the clients' view. */
export interface Snapshot {
  auditMaxId: string;
  stageChanges: Map<string, number>;
  opportunityVersions: Map<string, number>;
  taskVersions: Map<string, number>;
  paidCents: Map<string, bigint>;
  activityCount: number;
  feedbackIds: Set<string>;
  acknowledgedFeedback: Set<string>;
}

export interface Check {
  check: string;
  expected: string;
  actual: string;
  ok: boolean;
}

const count = (rows: { id: string; n: string | number }[]) =>
  new Map(rows.map((r) => [r.id, Number(r.n)]));

export async function snapshot(client: Client): Promise<Snapshot> {
  const q = async <T>(sql: string) => (await client.query<T & Record<string, unknown>>(sql)).rows;
  const [audit] = await q<{ max: string | null }>('SELECT max(id)::text AS max FROM audit_event');
  return {
    auditMaxId: audit?.max ?? '0',
    stageChanges: count(
      await q('SELECT opportunity_id AS id, count(*) AS n FROM stage_change GROUP BY 1'),
    ),
    opportunityVersions: count(await q('SELECT id, version AS n FROM opportunity')),
    taskVersions: count(await q('SELECT id, version AS n FROM task')),
    paidCents: new Map(
      (
        await q<{ id: string; paid: string }>(
          'SELECT id, paid_amount::text AS paid FROM payment_milestone',
        )
      ).map((r) => [r.id, toCents(r.paid)]),
    ),
    activityCount: Number((await q<{ n: string }>('SELECT count(*) AS n FROM activity'))[0]!.n),
    feedbackIds: new Set((await q<{ id: string }>('SELECT id FROM feedback')).map((r) => r.id)),
    acknowledgedFeedback: new Set(
      (await q<{ id: string }>('SELECT id FROM feedback WHERE acknowledged_at IS NOT NULL')).map(
        (r) => r.id,
      ),
    ),
  };
}

/** Differences between two maps (a missing key counts as 0), as "id: expected → actual". */
function mismatches<V extends number | bigint>(
  expected: Map<string, V>,
  actual: Map<string, V>,
  keys: Iterable<string>,
  show: (value: V | 0) => string = String,
) {
  const out: string[] = [];
  for (const key of keys) {
    const e = expected.get(key) ?? 0;
    const a = actual.get(key) ?? 0;
    if (String(e) !== String(a)) out.push(`${key.slice(0, 8)}: ${show(e)} → ${show(a)}`);
  }
  return out;
}

const money = (cents: bigint | 0) => fromCents(BigInt(cents));

/**
 * Computes in SQL what the run changed and compares it with what the clients were
 * answered: money per milestone, audit rows, stage history, row versions, tasks, feedback.
 */
export async function verify(client: Client, before: Snapshot, ledger: Ledger, runId: string) {
  const checks: Check[] = [];
  const add = (check: string, expected: unknown, actual: unknown, ok?: boolean) =>
    checks.push({
      check,
      expected: String(expected),
      actual: String(actual),
      ok: ok ?? String(expected) === String(actual),
    });

  // — Payments: the ledger per milestone, each key once, against the rows and paid amounts.
  const payments = (
    await client.query<{ id: string; key: string; milestone_id: string; amount: string }>(
      `SELECT id, idempotency_key AS key, milestone_id, amount::text FROM payment
        WHERE idempotency_key LIKE $1`,
      [`lt-${runId}-%`],
    )
  ).rows;
  const booked = new Map<string, bigint>();
  for (const p of payments)
    booked.set(p.milestone_id, (booked.get(p.milestone_id) ?? 0n) + toCents(p.amount));
  const accepted = ledger.paidPerMilestone();
  const milestoneIds = new Set([...booked.keys(), ...accepted.keys()]);
  const sumDiff = mismatches(accepted, booked, milestoneIds, money);
  const totalAccepted = [...accepted.values()].reduce((a, b) => a + b, 0n);
  const totalBooked = [...booked.values()].reduce((a, b) => a + b, 0n);
  add(
    `payments per milestone = accepted recordPayment answers (${milestoneIds.size} milestones)`,
    fromCents(totalAccepted),
    sumDiff.length
      ? `${fromCents(totalBooked)}; differs on ${sumDiff.slice(0, 3).join(', ')}`
      : fromCents(totalBooked),
    sumDiff.length === 0 && totalAccepted === totalBooked,
  );
  const byKey = new Map(payments.map((p) => [p.key, p.id]));
  const wrongIds = [...ledger.payments.entries()].filter(
    ([key, p]) => byKey.get(key) !== p.paymentId,
  );
  add(
    'one payment row per accepted key, the one the client was answered',
    `${ledger.payments.size} rows`,
    wrongIds.length
      ? `${payments.length} rows, ${wrongIds.length} keys differ`
      : `${payments.length} rows`,
    payments.length === ledger.payments.size && wrongIds.length === 0,
  );
  add(
    'retried keys answered with the first payment',
    `${ledger.replays} replays, 0 mismatches`,
    `${ledger.replays} replays, ${ledger.replayMismatches} mismatches`,
  );
  add('two identical sends at once get the same answer', 0, ledger.doubleSubmitsSplit);
  add('a key reused for another amount is refused', 0, ledger.keyReuseAccepted);
  const paid = (
    await client.query<{ id: string; paid: string; amount: string; stage: string; ledger: string }>(
      `SELECT m.id, m.paid_amount::text AS paid, m.amount::text AS amount, m.stage,
              coalesce((SELECT sum(p.amount) FROM payment p WHERE p.milestone_id = m.id), 0)::text AS ledger
         FROM payment_milestone m`,
    )
  ).rows;
  const paidDelta = new Map(
    paid.map((m) => [m.id, toCents(m.paid) - (before.paidCents.get(m.id) ?? 0n)]),
  );
  const deltaDiff = mismatches(
    new Map(paid.map((m) => [m.id, accepted.get(m.id) ?? 0n])),
    paidDelta,
    paid.map((m) => m.id),
    money,
  );
  add(
    'paid_amount rose by the accepted payments on every milestone',
    '0 differences',
    `${deltaDiff.length} differences${deltaDiff.length ? `: ${deltaDiff.slice(0, 3).join(', ')}` : ''}`,
  );
  const overpaid = paid.filter((m) => toCents(m.paid) > toCents(m.amount));
  add('no milestone overpaid (paid_amount ≤ amount)', 0, overpaid.length);
  const settledWrong = paid.filter(
    (m) =>
      (toCents(m.paid) === toCents(m.amount) && toCents(m.amount) > 0n) !== (m.stage === 'PAID'),
  );
  add('stage PAID exactly when paid in full', 0, settledWrong.length);
  const ledgerDiff = paid.filter((m) => toCents(m.ledger) !== toCents(m.paid));
  add('paid_amount = sum of the milestone’s payment rows', 0, ledgerDiff.length);

  // — Audit: one row per successful mutation, by action.
  const audit = (
    await client.query<{ action: string; n: string }>(
      'SELECT action, count(*) AS n FROM audit_event WHERE id > $1 GROUP BY action ORDER BY action',
      [before.auditMaxId],
    )
  ).rows;
  const audited = new Map(audit.map((r) => [r.action, Number(r.n)]));
  const auditTotal = [...audited.values()].reduce((a, b) => a + b, 0);
  const actionDiff = mismatches(
    ledger.actions,
    audited,
    new Set([...ledger.actions.keys(), ...audited.keys()]),
  );
  add(
    'audit_event rows added = successful mutations',
    ledger.mutations(),
    actionDiff.length ? `${auditTotal} (by action: ${actionDiff.join(', ')})` : auditTotal,
    auditTotal === ledger.mutations() && actionDiff.length === 0,
  );

  // — Stage history and versions of deals.
  const stageChanges = count(
    (
      await client.query<{ id: string; n: string }>(
        'SELECT opportunity_id AS id, count(*) AS n FROM stage_change GROUP BY 1',
      )
    ).rows,
  );
  const addedChanges = new Map(
    [...stageChanges].map(([id, n]) => [id, n - (before.stageChanges.get(id) ?? 0)]),
  );
  const added = [...addedChanges.values()].reduce((a, b) => a + b, 0);
  const moves = [...ledger.moves.values()].reduce((a, b) => a + b, 0);
  const historyDiff = mismatches(ledger.moves, addedChanges, addedChanges.keys());
  add(
    'stage_change rows added = successful moves (in total and per deal)',
    moves,
    historyDiff.length ? `${added}; per deal: ${historyDiff.slice(0, 3).join(', ')}` : added,
    added === moves && historyDiff.length === 0,
  );
  const versions = count(
    (await client.query<{ id: string; n: number }>('SELECT id, version AS n FROM opportunity'))
      .rows,
  );
  const expectedVersions = new Map(
    [...before.opportunityVersions].map(([id, v]) => [id, v + (ledger.moves.get(id) ?? 0)]),
  );
  const versionDiff = mismatches(expectedVersions, versions, versions.keys());
  add(
    `every opportunity's version = initial + its successful moves (${versions.size} deals)`,
    '0 differences',
    `${versionDiff.length} differences${versionDiff.length ? `: ${versionDiff.slice(0, 3).join(', ')}` : ''}`,
  );

  // — Tasks: versions and the last status a client was answered.
  const tasks = (
    await client.query<{ id: string; version: number; status: string }>(
      'SELECT id, version, status FROM task',
    )
  ).rows;
  const created = tasks.filter((t) => !before.taskVersions.has(t.id));
  add(
    'tasks created = successful createTask',
    ledger.tasksCreated.size,
    created.length,
    created.length === ledger.tasksCreated.size &&
      created.every((t) => ledger.tasksCreated.has(t.id)),
  );
  const taskDiff: string[] = [];
  for (const t of tasks) {
    const changes = ledger.taskChanges.get(t.id) ?? 0;
    const expected = (before.taskVersions.get(t.id) ?? 1) + changes;
    const last = ledger.taskLast.get(t.id);
    if (
      t.version !== expected ||
      (last && (last.version !== t.version || last.status !== t.status))
    )
      taskDiff.push(`${t.id.slice(0, 8)}: v${expected} → v${t.version} ${t.status}`);
  }
  add(
    "every task's version = initial + successful transitions, status = the last answered",
    '0 differences',
    `${taskDiff.length} differences${taskDiff.length ? `: ${taskDiff.slice(0, 3).join(', ')}` : ''}`,
  );

  // — Feedback: reported rows, each acknowledged at most once, as the clients saw it.
  const feedback = (
    await client.query<{ id: string; acknowledged: boolean }>(
      'SELECT id, acknowledged_at IS NOT NULL AS acknowledged FROM feedback',
    )
  ).rows;
  const newFeedback = feedback.filter((f) => !before.feedbackIds.has(f.id));
  add(
    'feedback rows added = successful reportFeedback',
    ledger.feedbackReported.size,
    newFeedback.length,
  );
  const newlyAcknowledged = feedback.filter(
    (f) => f.acknowledged && !before.acknowledgedFeedback.has(f.id),
  );
  const twice = [...ledger.feedbackAcknowledged.values()].filter((n) => n > 1).length;
  add(
    'feedback acknowledged = successful acknowledgeFeedback, none twice',
    `${ledger.feedbackAcknowledged.size}, 0 twice`,
    `${newlyAcknowledged.length}, ${twice} twice`,
  );

  const activities = Number(
    (await client.query<{ n: string }>('SELECT count(*) AS n FROM activity')).rows[0]!.n,
  );
  add(
    'activity rows added = successful createActivity',
    ledger.activities.size,
    activities - before.activityCount,
  );
  return checks;
}
