/**
 * Satisfaction surveys (issue 20, seed 004: the customer speaks for itself). An ADMIN keeps
 * the questions; the account team sends a signed, expiring link; the answer becomes feedback
 * of kind SURVEY on the account. The rules both the API and the console read live here.
 */

/** Each question is answered on this scale (1 = very unhappy … 5 = very happy). */
export const SURVEY_QUESTION_MIN = 1;
export const SURVEY_QUESTION_MAX = 5;
/** The NPS question ("how likely are you to recommend us"), always asked, 0–10. */
export const NPS_MIN = 0;
export const NPS_MAX = 10;
/** At most this many 1–5 questions in a survey (the NPS question comes on top). */
export const SURVEY_MAX_QUESTIONS = 10;
/** The free-text answer, at most this long. */
export const SURVEY_COMMENT_MAX = 2000;
/** A link lives 1–60 days. */
export const SURVEY_EXPIRY_MIN_DAYS = 1;
export const SURVEY_EXPIRY_MAX_DAYS = 60;
/** At most this many contacts per sending. */
export const SURVEY_MAX_CONTACTS = 50;

/** Promoter 9–10, passive 7–8, detractor 0–6 (the NPS convention). */
export type NpsGroup = 'PROMOTER' | 'PASSIVE' | 'DETRACTOR';
export const npsGroup = (score: number): NpsGroup =>
  score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR';

/**
 * A detractor's answer is negative feedback: MAJOR at 0–4 (it escalates at once, as a major
 * complaint does), MINOR at 5–6; promoters and passives are MINOR too (nothing to escalate).
 */
export const SURVEY_ESCALATES_AT_MOST = 4;
export const surveySeverity = (score: number): 'MAJOR' | 'MINOR' =>
  score <= SURVEY_ESCALATES_AT_MOST ? 'MAJOR' : 'MINOR';
export const isNegativeSurveyScore = (score: number) => npsGroup(score) === 'DETRACTOR';

/** NPS = % promoters − % detractors, rounded to one decimal; null without answers. */
export function netPromoterScore(scores: readonly number[]): number | null {
  if (!scores.length) return null;
  const promoters = scores.filter((s) => npsGroup(s) === 'PROMOTER').length;
  const detractors = scores.filter((s) => npsGroup(s) === 'DETRACTOR').length;
  return Math.round((1000 * (promoters - detractors)) / scores.length) / 10;
}

/** How a survey link is refused by the public page (codes, never the account or contact). */
export const SURVEY_LINK_CODES = [
  'SURVEY_LINK_INVALID',
  'SURVEY_LINK_EXPIRED',
  'SURVEY_ALREADY_ANSWERED',
] as const;
export type SurveyLinkCode = (typeof SURVEY_LINK_CODES)[number];

/** An invitation as its sender sees it. */
export const SURVEY_INVITATION_STATUSES = ['SENT', 'ANSWERED', 'EXPIRED'] as const;
export type SurveyInvitationStatus = (typeof SURVEY_INVITATION_STATUSES)[number];

/** The token of a link: `srv_` and 256 random bits in base64url (43 characters). */
export const SURVEY_TOKEN_PREFIX = 'srv_';
export const SURVEY_TOKEN_FORM = /^srv_[A-Za-z0-9_-]{43}$/;

/** Where a link opens the public page of the console (a hash route, no sign-in). */
export const surveyPath = (token: string) => `/#/survey/${token}`;
