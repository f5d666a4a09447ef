import { surveySeverity } from '@trident/domain';
import type { EntityManager } from 'typeorm';
import { Survey } from '../modules/surveys/survey.entity';

/** The survey every install starts with (ADMIN edits it or adds others). */
export const DEFAULT_SURVEY = {
  titleZh: '客户满意度调查',
  titleEn: 'Customer satisfaction survey',
  introZh: '感谢您与我们的合作。以下几个问题大约需要两分钟，您的回答将直接送达服务团队。',
  introEn:
    'Thank you for working with us. These few questions take about two minutes; your answers go straight to the team that serves you.',
  questions: [
    { zh: '我们对您需求的理解程度', en: 'How well we understand your needs' },
    { zh: '方案与产品的质量', en: 'The quality of our solution and products' },
    { zh: '交付与实施的及时性', en: 'Timeliness of delivery and implementation' },
    { zh: '问题响应与解决的速度', en: 'How fast we respond to and solve problems' },
  ],
  npsZh: '您有多大可能向同事或同行推荐我们？',
  npsEn: 'How likely are you to recommend us to a colleague or peer?',
  active: true,
};

/** The default survey, once. */
export async function seedSurveys(manager: EntityManager): Promise<void> {
  const repository = manager.getRepository(Survey);
  if (await repository.exists()) return;
  await repository.save(repository.create(DEFAULT_SURVEY));
}

/** Scores of the demo's answers per account, newest first: one account clearly unhappy. */
const SCORES = [
  [10, 9, 8, 9, 10, 7],
  [3, 6, 7, 5, 8, 4],
  [9, 7, 8, 10, 9, 9],
  [6, 4, 8, 9, 7, 6],
  [10, 10, 9, 7, 9, 8],
  [7, 8, 5, 9, 6, 9],
];
const COMMENTS: Record<string, string> = {
  DETRACTOR: '交付延期，现场问题响应慢，希望尽快安排专人对接。',
  PASSIVE: '整体还可以，文档和培训需要加强。',
  PROMOTER: '团队专业、响应及时，值得推荐。',
};

/**
 * Answered surveys over the last four quarters on a few accounts, already acknowledged by
 * their AR (so they raise no escalation): the war room and the manager desk show a score
 * and a trend from the first start.
 */
export async function seedSurveyAnswers(manager: EntityManager): Promise<void> {
  const [survey] = await manager
    .getRepository(Survey)
    .find({ order: { createdAt: 'ASC' }, take: 1 });
  if (!survey) return;
  const accounts: { id: string; ar: string; contacts: string[] }[] = await manager.query(
    `SELECT a.id, ar.user_id AS ar,
            array(SELECT c.id FROM contact c WHERE c.account_id = a.id AND c.status = 'ACTIVE'
                   ORDER BY c.name LIMIT 4) AS contacts
       FROM account a JOIN account_team_member ar ON ar.account_id = a.id AND ar.team_role = 'AR'
      WHERE EXISTS (SELECT 1 FROM contact c WHERE c.account_id = a.id AND c.status = 'ACTIVE')
      ORDER BY a.name LIMIT $1`,
    [SCORES.length],
  );
  for (const [i, account] of accounts.entries()) {
    for (const [k, score] of SCORES[i]!.entries()) {
      const contactId = account.contacts[k % account.contacts.length]!;
      const days = 12 + 45 * k + i;
      const group = score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR';
      const comment = k % 2 === 0 ? COMMENTS[group]! : null;
      const [invitation] = (await manager.query(
        `INSERT INTO survey_invitation (survey_id, account_id, contact_id, token_hash, expires_at,
                                        sent_by_id, created_at, answered_at)
         VALUES ($1, $2, $3, md5(random()::text) || md5(random()::text),
                 now() - make_interval(days => $4) + interval '14 days', $5,
                 now() - make_interval(days => $4 + 2), now() - make_interval(days => $4))
         RETURNING id`,
        [survey.id, account.id, contactId, days, account.ar],
      )) as { id: string }[];
      const answers = {
        invitationId: invitation!.id,
        surveyId: survey.id,
        surveyVersion: survey.version,
        questions: survey.questions.map((q, n) => ({
          zh: q.zh,
          en: q.en,
          answer: Math.max(1, Math.min(5, Math.round(score / 2) - (n % 2))),
        })),
        npsZh: survey.npsZh,
        npsEn: survey.npsEn,
        score,
        comment,
      };
      const [feedback] = (await manager.query(
        `INSERT INTO feedback (account_id, kind, severity, text, reporter_id, routed_to_id,
                               acknowledged_at, acknowledged_by_id, created_at, survey_score, survey_answers)
         VALUES ($1, 'SURVEY', $2, $3, $4, $4, now() - make_interval(days => $5) + interval '3 hours',
                 $4, now() - make_interval(days => $5), $6, $7)
         RETURNING id`,
        [
          account.id,
          surveySeverity(score),
          comment ?? `NPS ${score}/10 · ${survey.titleZh} ${survey.titleEn}`,
          account.ar,
          days,
          score,
          JSON.stringify(answers),
        ],
      )) as { id: string }[];
      await manager.query(`UPDATE survey_invitation SET feedback_id = $2 WHERE id = $1`, [
        invitation!.id,
        feedback!.id,
      ]);
    }
  }
}
