import express, { type Request, type Response } from 'express';
import { AppError } from '../common/app-error';
import { NO_CALLER, withDbScope } from '../db/row-security';
import type { WriteHost } from '../graphql/caller';
import { databaseUnavailable } from '../db/connection-lost';
import {
  SurveyLinkRefused,
  type SurveyInvitationService,
} from '../modules/surveys/survey-invitation.service';
import type { SurveyRateLimit } from '../modules/surveys/survey-rate-limit';
import { bodyRefusal } from './body-refusals';
import { refuseUnstorableText } from './storable-text';

export const SURVEY_PATH = '/survey';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, RATE_LIMITED: 429, UNAVAILABLE: 503 };

/**
 * The public survey page's API (issue 20), without sign-in: a contact opens the link a
 * colleague sent them (the console's `#/survey/:token`), which reads and answers here.
 *
 * - `GET /survey/:token`: 200 `{ survey }`, only the title, intro and questions;
 * - `POST /survey/:token` `{ score, answers?, comment? }`: 201 `{ status: 'ANSWERED' }`.
 *
 * A token that matches nothing (guessed, mistyped, malformed) is 404 `SURVEY_LINK_INVALID`;
 * only a token that matched hears 404 `SURVEY_LINK_EXPIRED` or `SURVEY_ALREADY_ANSWERED`.
 * Every request counts against the client address's limit per minute (429, Retry-After),
 * before anything is looked up. Answers are small: the body is at most 16 KB.
 */
export function surveyRoutes({
  invitations,
  rateLimit,
  writes,
}: {
  invitations: SurveyInvitationService;
  rateLimit: SurveyRateLimit;
  writes: Pick<WriteHost, 'audit' | 'escalations'>;
}) {
  const router = express.Router();
  // Counted first, before the body is read or anything looked up.
  const count: express.RequestHandler = (req, res, next) =>
    withDbScope(NO_CALLER, async () => {
      // Nothing about a link is cached or indexed anywhere on the way.
      res.set({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow' });
      try {
        await rateLimit.take(req.ip ?? 'unknown');
      } catch (error) {
        return refuse(req, res, error);
      }
      next();
    });
  const handle =
    (handler: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response) =>
      withDbScope(NO_CALLER, async () => {
        try {
          await handler(req, res);
        } catch (error) {
          refuse(req, res, error);
        }
      });

  // Every request under the path counts, before its token is even decoded from the path.
  router.use(SURVEY_PATH, count);
  router.get(
    `${SURVEY_PATH}/:token`,
    handle(async (req, res) => {
      res.json({ survey: await invitations.open(String(req.params.token)) });
    }),
  );
  router.post(
    `${SURVEY_PATH}/:token`,
    express.json({ limit: '16kb' }),
    refuseUnreadable,
    refuseUnstorableText,
    handle(async (req, res) => {
      const body: unknown = req.body;
      await invitations.answer(
        String(req.params.token),
        body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {},
        writes,
        String(req.id),
      );
      res.status(201).json({ status: 'ANSWERED' });
    }),
  );
  return router;
}

/** A body over 16 KB, not JSON or otherwise unreadable: said as the other refusals are. */
const refuseUnreadable: express.ErrorRequestHandler = (error, _req, res, next) => {
  const refusal = bodyRefusal(error, '16 KB');
  if (!refusal) return next(error);
  res.status(refusal.status).json({ error: { code: 'BAD_USER_INPUT', reason: refusal.reason } });
};

function refuse(req: Request, res: Response, error: unknown): void {
  if (error instanceof SurveyLinkRefused) {
    res.status(404).json({ error: { code: error.code } });
  } else if (error instanceof AppError) {
    if (error.code === 'RATE_LIMITED')
      res.set('retry-after', String(error.extensions.retryAfterSeconds ?? 60));
    res
      .status(STATUS[error.code] ?? 400)
      .json({ error: { code: error.code, message: error.message, ...error.extensions } });
  } else if (databaseUnavailable(error)) {
    res.status(503).json({ error: { code: 'UNAVAILABLE', message: 'Retry shortly' } });
  } else {
    req.log.error({ err: error }, 'survey');
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}
