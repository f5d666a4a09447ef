import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, forbidden, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { SURVEY_ESCALATES_AT_MOST, type NotificationText } from '@trident/domain';
import { runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import { hasRole } from '../identity/viewer';
import { notifyUser } from '../notifications/notify-user';
import { Lead } from '../pipeline/lead.entity';
import type { FeedbackFilter, ReportFeedbackInput } from './dtos/execution.inputs';
import { Feedback } from './feedback.entity';
import { requireDealOfAccount } from '../pipeline/opportunity.service';
import type { AckTime } from './execution.types';

/** A feedback as it is recorded, before it is routed. */
export type NewFeedback = Pick<
  Feedback,
  'accountId' | 'kind' | 'severity' | 'text' | 'reporterId'
> &
  Partial<Pick<Feedback, 'opportunityId' | 'surveyScore' | 'surveyAnswers'>>;

/**
 * Records a feedback and routes it at once to the account's AR (a stored notification, live
 * on their console), inside the caller's transaction: reported by hand or answered by the
 * customer through a survey link, it reaches the AR the same way. BAD_USER_INPUT (accountId,
 * NO_AR) when the account has no AR.
 */
export async function routeFeedback(manager: EntityManager, input: NewFeedback): Promise<Feedback> {
  const [ar] = (await manager.query(
    `SELECT user_id FROM account_team_member WHERE account_id = $1 AND team_role = 'AR'`,
    [input.accountId],
  )) as { user_id: string }[];
  if (!ar) throw badInput('accountId', 'NO_AR');
  const repository = manager.getRepository(Feedback);
  const row = await repository.save(
    repository.create({
      opportunityId: null,
      surveyScore: null,
      surveyAnswers: null,
      ...input,
      routedToId: ar.user_id,
    }),
  );
  const title: NotificationText =
    row.kind === 'SURVEY'
      ? { key: 'SURVEY_ANSWER', score: row.surveyScore ?? null, severity: row.severity }
      : { key: 'FEEDBACK', kind: row.kind, severity: row.severity };
  await notifyUser(manager, {
    userId: ar.user_id,
    kind: 'FEEDBACK',
    title,
    body: row.text,
    entity: 'Feedback',
    entityId: row.id,
    accountId: row.accountId,
  });
  return row;
}

/**
 * Seed 003: a major incident reaches the line at once, not at the next scheduled run. A
 * major or critical complaint, and a survey answered 0–4, ask the NEGATIVE_FEEDBACK rules.
 */
export const escalatesAtOnce = (feedback: Pick<Feedback, 'kind' | 'severity' | 'surveyScore'>) =>
  (feedback.kind === 'NEGATIVE' && feedback.severity !== 'MINOR') ||
  (feedback.kind === 'SURVEY' &&
    feedback.surveyScore !== null &&
    feedback.surveyScore <= SURVEY_ESCALATES_AT_MOST);

/**
 * The one-minute feedback loop (seed 000): whoever hears something at the customer reports
 * it, it reaches the account's AR at once (a stored notification, live on their console),
 * and the AR acknowledges it; the time to acknowledge is measured.
 */
export class FeedbackService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: Caller, filter: FeedbackFilter = {}, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'f.account_id');
    const query = this.db
      .getRepository(Feedback)
      .createQueryBuilder('f')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('f.account_id = :accountId', { accountId: filter.accountId });
    if (filter.mine) query.andWhere('f.routed_to_id = :me', { me: ctx.viewer.userId });
    if (filter.kind) query.andWhere('f.kind = :kind', { kind: filter.kind });
    if (filter.ids) query.andWhere('f.id = ANY(:ids::uuid[])', { ids: filter.ids });
    if (filter.acknowledged !== undefined && filter.acknowledged !== null)
      query.andWhere(`f.acknowledged_at IS ${filter.acknowledged ? 'NOT ' : ''}NULL`);
    return paginate(
      query,
      [
        {
          sql: 'f.created_at',
          direction: 'DESC',
          value: (f) => isoTime(f.createdAt),
          cast: 'timestamptz',
        },
      ],
      page,
    );
  }

  async report(ctx: Caller, input: ReportFeedbackInput): Promise<Feedback> {
    if (input.kind === 'SURVEY') throw badInput('kind', 'SURVEY_ONLY_FROM_LINK');
    const feedback = await runMutation(ctx, async ({ manager, audit }) => {
      await lockAccountForWrite(ctx, manager, input.accountId, 'TEAM');
      await requireDealOfAccount(manager, input.accountId, input.opportunityId);
      const row = await routeFeedback(manager, {
        accountId: input.accountId,
        opportunityId: input.opportunityId ?? null,
        kind: input.kind,
        severity: input.severity,
        text: input.text.trim(),
        reporterId: ctx.viewer.userId,
      });
      await audit({ action: 'feedback.report', entity: 'Feedback', entityId: row.id, after: row });
      return row;
    });
    // Through the job queue after the commit, so the report answers as fast as other writes.
    if (escalatesAtOnce(feedback)) {
      await ctx.writes.escalations.request(['NEGATIVE_FEEDBACK'], 'feedback.report');
    }
    return feedback;
  }

  async acknowledge(ctx: Caller, id: string): Promise<Feedback> {
    const feedback = await runMutation(ctx, async ({ manager, audit }) => {
      const before = await this.lock(ctx, manager, id);
      if (before.routedToId !== ctx.viewer.userId && !hasRole(ctx.viewer, 'MANAGER', 'ADMIN')) {
        throw forbidden('Only the AR it was routed to (or a manager) acknowledges feedback');
      }
      if (before.acknowledgedAt)
        throw conflict('ALREADY_ACKNOWLEDGED', { acknowledgedAt: before.acknowledgedAt });
      const after = await updateVersioned(manager, Feedback, 'Feedback', id, before.version, {
        acknowledgedAt: new Date(),
        acknowledgedById: ctx.viewer.userId,
      });
      await audit({
        action: 'feedback.acknowledge',
        entity: 'Feedback',
        entityId: id,
        before,
        after,
      });
      return after;
    });
    // The cause is gone: the worker closes what it escalated (a job sent after the commit).
    await ctx.writes.escalations.request(
      ['FEEDBACK_UNACKED', 'NEGATIVE_FEEDBACK'],
      'feedback.acknowledge',
    );
    return feedback;
  }

  /** A new need becomes a lead in one step (owned by the AR; it is acknowledged too). */
  async toLead(ctx: Caller, id: string, title: string | undefined) {
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await this.lock(ctx, manager, id);
      if (before.kind !== 'NEW_NEED') throw badInput('id', 'ONLY_NEW_NEED');
      if (before.leadId) throw conflict('ALREADY_A_LEAD', { leadId: before.leadId });
      await lockAccountForWrite(ctx, manager, before.accountId, 'TEAM');
      const lead = await manager.getRepository(Lead).save(
        manager.getRepository(Lead).create({
          accountId: before.accountId,
          title: title?.trim() || before.text.slice(0, 200),
          source: 'FEEDBACK',
          scenario: 'OCCASIONAL',
          ownerId: before.routedToId,
          spin: { situation: null, problem: before.text, implication: null, needPayoff: null },
          estimated: { amount: null as unknown as string, currency: null as unknown as string },
        }),
      );
      const after = await updateVersioned(manager, Feedback, 'Feedback', id, before.version, {
        leadId: lead.id,
        acknowledgedAt: before.acknowledgedAt ?? new Date(),
        acknowledgedById: before.acknowledgedById ?? ctx.viewer.userId,
      });
      await audit({
        action: 'feedback.toLead',
        entity: 'Feedback',
        entityId: id,
        before,
        after: { ...after, lead },
      });
      return { feedback: after, lead };
    });
  }

  /** Time to acknowledge per AR, by SQL percentiles, for the ARs the caller may see. */
  async ackTimes(ctx: Caller, from: Date | undefined, to: Date | undefined): Promise<AckTime[]> {
    const scope = await ctx.accountScope();
    const rows: {
      user_id: string;
      reported: number;
      acknowledged: number;
      waiting: number;
      median: number | null;
      p90: number | null;
    }[] = await this.db.query(
      `SELECT routed_to_id AS user_id, count(*)::int AS reported,
              count(acknowledged_at)::int AS acknowledged,
              (count(*) - count(acknowledged_at))::int AS waiting,
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - created_at))
                FILTER (WHERE acknowledged_at IS NOT NULL) / 60)::numeric, 1)::float8 AS median,
              round((percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - created_at))
                FILTER (WHERE acknowledged_at IS NOT NULL) / 60)::numeric, 1)::float8 AS p90
         FROM feedback
        WHERE ($1::timestamptz IS NULL OR created_at >= $1) AND ($2::timestamptz IS NULL OR created_at < $2)
          AND ($3::uuid[] IS NULL OR routed_to_id = ANY($3::uuid[]))
        GROUP BY routed_to_id
        ORDER BY median DESC NULLS LAST`,
      [from ?? null, to ?? null, scope.kind === 'ALL' ? null : scope.userIds],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      reported: r.reported,
      acknowledged: r.acknowledged,
      waiting: r.waiting,
      medianMinutes: r.median,
      p90Minutes: r.p90,
    }));
  }

  /**
   * The feedback, if the caller can see it, locked for the transaction on the transaction's
   * own connection: two acknowledgements queue up and the second sees the first, and no
   * transaction ever waits for a second pool connection (a full pool would deadlock).
   */
  private async lock(ctx: Caller, manager: EntityManager, id: string): Promise<Feedback> {
    requireUuid('id', id);
    const scope = accountScopeCondition(await ctx.accountScope(), 'f.account_id');
    const row = await manager
      .getRepository(Feedback)
      .createQueryBuilder('f')
      .setLock('pessimistic_write')
      .where('f.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!row) throw notFound('Feedback', id);
    return row;
  }
}
