import { DEFAULT_TIME_ZONE } from '@trident/domain';
import { Surveys1796800040000 } from '../../migrations/1796800040000-Surveys';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import { SurveyInvitation } from './survey-invitation.entity';
import { SurveyInvitationService } from './survey-invitation.service';
import { SurveyRateLimit } from './survey-rate-limit';
import { SurveyRequestUsage } from './survey-request-usage.entity';
import { SurveyScoreService } from './survey-score.service';
import { Survey } from './survey.entity';
import { SurveyService } from './survey.service';
import { createSurveyLoaders } from './surveys.loader';
import { SurveyInvitationResolver, SurveyResolver, SurveyScoreResolver } from './surveys.resolver';

/** The customer's voice (issue 20, seed 004): satisfaction surveys sent as one-time links. */
export const surveysModule = defineModule({
  name: 'surveys',
  entities: [Survey, SurveyInvitation, SurveyRequestUsage],
  resolvers: [SurveyResolver, SurveyInvitationResolver, SurveyScoreResolver],
  migrations: [Surveys1796800040000],
  services: ({ db, analyticsDb, config }) => ({
    surveys: new SurveyService(db),
    surveyInvitations: new SurveyInvitationService(db, config.PUBLIC_URL ?? ''),
    surveyScores: new SurveyScoreService(
      analyticsDb,
      config.BUSINESS_TIME_ZONE ?? DEFAULT_TIME_ZONE,
    ),
    surveyRateLimit: new SurveyRateLimit(db, config.SURVEY_REQUESTS_PER_MINUTE ?? 30),
  }),
  loaders: { surveyById: (db) => createSurveyLoaders(db).surveyById },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof surveysModule> {}
  interface LoaderRegistry extends LoadersOf<typeof surveysModule> {}
}
