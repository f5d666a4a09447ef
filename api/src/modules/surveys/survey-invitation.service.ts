import { createHash, randomBytes } from 'node:crypto';
import {
  NPS_MAX,
  NPS_MIN,
  SURVEY_COMMENT_MAX,
  SURVEY_QUESTION_MAX,
  SURVEY_QUESTION_MIN,
  SURVEY_TOKEN_FORM,
  SURVEY_TOKEN_PREFIX,
  surveyPath,
  surveySeverity,
  type SurveyLinkCode,
} from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../common/app-error';
import { isStorableText } from '../../common/text';
import { hydrateRow, returnedRows, runMutation } from '../../db/mutation';
import { SYSTEM_SCOPE, withDbScope } from '../../db/row-security';
import type { Caller, WriteHost } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import { Contact } from '../customer-org/contact.entity';
import type { SurveyAnswers } from '../execution/feedback.entity';
import { escalatesAtOnce, routeFeedback } from '../execution/feedback.service';
import type { SendSurveyInput, SurveyInvitationFilter } from './dtos/surveys.inputs';
import { SurveyInvitation } from './survey-invitation.entity';
import { Survey } from './survey.entity';
import type { SentSurveyInvitation } from './surveys.types';

/** The SHA-256 of a link's token: all the database keeps of it. */
export const hashSurveyToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new link's token: 256 random bits, unguessable. */
const newToken = () => `${SURVEY_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;

/** What the public page shows: the questions, and nothing about whom they were sent to. */
export interface PublicSurvey {
  titleZh: string;
  titleEn: string;
  introZh: string | null;
  introEn: string | null;
  questions: { zh: string; en: string }[];
  npsZh: string;
  npsEn: string;
}

/** An answer as the public page sends it. */
export interface SurveyAnswerBody {
  score?: unknown;
  answers?: unknown;
  comment?: unknown;
}

/** A refused link: the same for a token that matches nothing and one that is malformed. */
export class SurveyLinkRefused extends Error {
  constructor(readonly code: SurveyLinkCode) {
    super(code);
    this.name = 'SurveyLinkRefused';
  }
}

interface LinkRow {
  id: string;
  expired: boolean;
  answered: boolean;
  survey_id: string;
  version: number;
  title_zh: string;
  title_en: string;
  intro_zh: string | null;
  intro_en: string | null;
  questions: { zh: string; en: string }[];
  nps_zh: string;
  nps_en: string;
}

/**
 * Survey links (issue 20): the account team sends them to contacts, each shown once; the
 * contact answers once, without signing in, before the link expires; the answer becomes
 * feedback of kind SURVEY on the account, routed to the AR like any other feedback.
 */
export class SurveyInvitationService {
  constructor(
    private readonly db: DataSource,
    private readonly publicUrl: string,
  ) {}

  async send(ctx: Caller, input: SendSurveyInput): Promise<SentSurveyInvitation[]> {
    const survey = await this.db.getRepository(Survey).findOneBy({ id: input.surveyId });
    if (!survey?.active) throw badInput('surveyId', 'SURVEY_NOT_ACTIVE');
    return runMutation(ctx, async ({ manager, audit }) => {
      const scope = accountScopeCondition(await ctx.accountScope(), 'c.account_id');
      const contacts = await manager
        .getRepository(Contact)
        .createQueryBuilder('c')
        .where('c.id = ANY(:ids::uuid[])', { ids: input.contactIds })
        .andWhere(scope.sql, scope.params)
        .getMany();
      // A contact out of scope reads as one that does not exist (existence is not revealed).
      if (contacts.length !== input.contactIds.length)
        throw badInput('contactIds', 'NO_SUCH_CONTACT');
      const accountIds = [...new Set(contacts.map((c) => c.accountId))];
      if (accountIds.length !== 1) throw badInput('contactIds', 'CONTACTS_OF_ONE_CUSTOMER');
      const accountId = accountIds[0]!;
      const left = contacts.filter((c) => c.status !== 'ACTIVE');
      if (left.length)
        throw badInput('contactIds', 'CONTACTS_LEFT', { names: left.map((c) => c.name) });
      await lockAccountForWrite(ctx, manager, accountId, 'TEAM');
      const ar: unknown[] = await manager.query(
        `SELECT 1 FROM account_team_member WHERE account_id = $1 AND team_role = 'AR'`,
        [accountId],
      );
      if (!ar.length) throw badInput('contactIds', 'NO_AR');
      const sent: SentSurveyInvitation[] = [];
      for (const contactId of input.contactIds) {
        // One open link per contact and survey: sending again retires the open one (it expires
        // now and can no longer be answered). Two sends at once queue here, so one stays open.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
          `survey-link:${survey.id}:${contactId}`,
        ]);
        const retired = returnedRows<{ id: string }>(
          await manager.query(
            `UPDATE survey_invitation SET expires_at = now()
                WHERE survey_id = $1 AND contact_id = $2 AND answered_at IS NULL AND expires_at > now()
                RETURNING id`,
            [survey.id, contactId],
          ),
        ).map((row) => row.id);
        const token = newToken();
        const [row] = (await manager.query(
          `INSERT INTO survey_invitation (survey_id, account_id, contact_id, token_hash, expires_at, sent_by_id)
           VALUES ($1, $2, $3, $4, now() + make_interval(days => $5), $6) RETURNING *`,
          [
            survey.id,
            accountId,
            contactId,
            hashSurveyToken(token),
            input.expiresInDays,
            ctx.viewer.userId,
          ],
        )) as Record<string, unknown>[];
        const invitation = hydrateRow(manager, SurveyInvitation, row!);
        await audit({
          action: 'survey.send',
          entity: 'SurveyInvitation',
          entityId: invitation.id,
          after: retired.length ? { ...invitation, replaced: retired } : invitation,
        });
        sent.push({ invitation, link: `${this.publicUrl}${surveyPath(token)}` });
      }
      return sent;
    });
  }

  async list(ctx: Caller, filter: SurveyInvitationFilter = {}, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'i.account_id');
    const query = this.db
      .getRepository(SurveyInvitation)
      .createQueryBuilder('i')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('i.account_id = :accountId', { accountId: filter.accountId });
    if (filter.contactId)
      query.andWhere('i.contact_id = :contactId', { contactId: filter.contactId });
    if (filter.status === 'ANSWERED') query.andWhere('i.answered_at IS NOT NULL');
    if (filter.status === 'SENT') query.andWhere('i.answered_at IS NULL AND i.expires_at > now()');
    if (filter.status === 'EXPIRED')
      query.andWhere('i.answered_at IS NULL AND i.expires_at <= now()');
    return paginate(
      query,
      [
        {
          sql: 'i.created_at',
          direction: 'DESC',
          value: (i) => isoTime(i.createdAt),
          cast: 'timestamptz',
        },
      ],
      page,
    );
  }

  /**
   * The questions behind a link, for the public page (no sign-in): a system read by the
   * token's hash alone, so it looks past row-level security and shows nothing but the survey.
   */
  async open(token: string): Promise<PublicSurvey> {
    const row = usable(await this.find(token));
    return {
      titleZh: row.title_zh,
      titleEn: row.title_en,
      introZh: row.intro_zh,
      introEn: row.intro_en,
      questions: row.questions.map((q) => ({ zh: q.zh, en: q.en })),
      npsZh: row.nps_zh,
      npsEn: row.nps_en,
    };
  }

  /**
   * The contact's answer: once per link, decided by the database — one guarded UPDATE marks
   * the link answered in the same transaction that writes the feedback, so two answers at
   * once give one feedback and one refusal. Routed at once to the account's AR (reported by
   * the link's sender: the feedback table needs a colleague as reporter); a detractor who
   * answered 0–4 asks the NEGATIVE_FEEDBACK rules at once, after the commit.
   */
  async answer(
    token: string,
    body: SurveyAnswerBody,
    writes: Pick<WriteHost, 'audit' | 'escalations'>,
    requestId: string | null,
  ): Promise<void> {
    const link = usable(await this.find(token));
    const answer = readAnswer(body, link.questions.length);
    const feedback = await withDbScope(SYSTEM_SCOPE, () =>
      this.db.transaction(async (manager) => {
        const [claimed] = returnedRows<{ id: string; account_id: string; sent_by_id: string }>(
          await manager.query(
            `UPDATE survey_invitation SET answered_at = now()
              WHERE token_hash = $1 AND answered_at IS NULL AND expires_at > now()
              RETURNING id, account_id, sent_by_id`,
            [hashSurveyToken(token)],
          ),
        );
        if (!claimed) {
          // Answered or expired meanwhile (a second answer waited for the first): say which.
          usable(await this.find(token, manager));
          throw new SurveyLinkRefused('SURVEY_LINK_INVALID');
        }
        const invitation = claimed;
        const surveyAnswers: SurveyAnswers = {
          invitationId: invitation.id,
          surveyId: link.survey_id,
          surveyVersion: link.version,
          questions: link.questions.map((q, i) => ({
            zh: q.zh,
            en: q.en,
            answer: answer.answers[i] ?? null,
          })),
          npsZh: link.nps_zh,
          npsEn: link.nps_en,
          score: answer.score,
          comment: answer.comment,
        };
        const row = await routeFeedback(manager, {
          accountId: invitation.account_id,
          kind: 'SURVEY',
          severity: surveySeverity(answer.score),
          text: answer.comment ?? `NPS ${answer.score}/10 · ${link.title_zh} ${link.title_en}`,
          reporterId: invitation.sent_by_id,
          surveyScore: answer.score,
          surveyAnswers,
        });
        await manager.query(`UPDATE survey_invitation SET feedback_id = $2 WHERE id = $1`, [
          invitation.id,
          row.id,
        ]);
        await writes.audit.record(manager, null, requestId, {
          action: 'survey.answer',
          entity: 'SurveyInvitation',
          entityId: invitation.id,
          after: { feedbackId: row.id, score: answer.score },
        });
        return row;
      }),
    );
    if (escalatesAtOnce(feedback))
      await writes.escalations.request(['NEGATIVE_FEEDBACK'], 'survey.answer');
  }

  /** The link a token opens, if any: malformed tokens are not even looked up. */
  private async find(token: string, manager?: EntityManager): Promise<LinkRow | undefined> {
    if (!SURVEY_TOKEN_FORM.test(token)) return undefined;
    const run = (m: EntityManager) =>
      m.query(
        `SELECT i.id, i.expires_at <= now() AS expired, i.answered_at IS NOT NULL AS answered,
                s.id AS survey_id, s.version, s.title_zh, s.title_en, s.intro_zh, s.intro_en,
                s.questions, s.nps_zh, s.nps_en
           FROM survey_invitation i JOIN survey s ON s.id = i.survey_id
          WHERE i.token_hash = $1`,
        [hashSurveyToken(token)],
      ) as Promise<LinkRow[]>;
    const rows = manager
      ? await run(manager)
      : await withDbScope(SYSTEM_SCOPE, () => run(this.db.manager));
    return rows[0];
  }
}

/** The link if it may still be answered, else why not (only a matched token hears more). */
function usable(row: LinkRow | undefined): LinkRow {
  if (!row) throw new SurveyLinkRefused('SURVEY_LINK_INVALID');
  if (row.answered) throw new SurveyLinkRefused('SURVEY_ALREADY_ANSWERED');
  if (row.expired) throw new SurveyLinkRefused('SURVEY_LINK_EXPIRED');
  return row;
}

const isInteger = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** The answer's form: the NPS score 0–10, each question 1–5 or unanswered, a short free text. */
function readAnswer(
  body: SurveyAnswerBody,
  questions: number,
): { score: number; answers: (number | null)[]; comment: string | null } {
  if (!isInteger(body.score, NPS_MIN, NPS_MAX))
    throw badInput('score', 'BETWEEN', { min: NPS_MIN, max: NPS_MAX });
  const given = body.answers ?? [];
  if (!Array.isArray(given)) throw badInput('answers', 'INVALID');
  if (given.length > questions) throw badInput('answers', 'TOO_MANY', { max: questions });
  const answers = given.map((value: unknown, i) => {
    if (value === null || value === undefined) return null;
    if (!isInteger(value, SURVEY_QUESTION_MIN, SURVEY_QUESTION_MAX))
      throw badInput(`answers.${i}`, 'BETWEEN', {
        min: SURVEY_QUESTION_MIN,
        max: SURVEY_QUESTION_MAX,
      });
    return value;
  });
  let comment: string | null = null;
  if (body.comment !== undefined && body.comment !== null) {
    if (typeof body.comment !== 'string' || !isStorableText(body.comment))
      throw badInput('comment', 'INVALID');
    if (body.comment.length > SURVEY_COMMENT_MAX)
      throw badInput('comment', 'TOO_LONG', { max: SURVEY_COMMENT_MAX });
    comment = body.comment.trim() || null;
  }
  return { score: body.score, answers, comment };
}
