import {
  NPS_MAX,
  NPS_MIN,
  SURVEY_LINK_CODES,
  SURVEY_QUESTION_MAX,
  SURVEY_QUESTION_MIN,
  type SurveyLinkCode,
} from '@trident/domain';

/** What the public page reads: the survey's texts in both languages, nothing else. */
export interface PublicSurvey {
  titleZh: string;
  titleEn: string;
  introZh: string | null;
  introEn: string | null;
  questions: { zh: string; en: string }[];
  npsZh: string;
  npsEn: string;
}

export type Lang = 'zh' | 'en';

/** One text of a survey in the visitor's language (the other one when it is missing). */
export const inLanguage = (lang: Lang, zh: string | null, en: string | null) =>
  (lang === 'zh' ? zh || en : en || zh) ?? '';

/** The 1–5 and 0–10 scales, as the radio groups offer them. */
export const QUESTION_SCALE = Array.from(
  { length: SURVEY_QUESTION_MAX - SURVEY_QUESTION_MIN + 1 },
  (_, i) => SURVEY_QUESTION_MIN + i,
);
export const NPS_SCALE = Array.from({ length: NPS_MAX - NPS_MIN + 1 }, (_, i) => NPS_MIN + i);

/** Why the page cannot show the form: a link code, too many requests, or no connection. */
export type SurveyProblem = SurveyLinkCode | 'RATE_LIMITED' | 'UNAVAILABLE';

/** The problem an answer of the API names (anything unknown reads as an invalid link). */
export function problemOf(status: number, body: unknown): SurveyProblem {
  if (status === 429) return 'RATE_LIMITED';
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
  if ((SURVEY_LINK_CODES as readonly unknown[]).includes(code)) return code as SurveyLinkCode;
  if (status >= 500) return 'UNAVAILABLE';
  return 'SURVEY_LINK_INVALID';
}

/** The answer as the API takes it: the score, each question (or null) and the free text. */
export function answerBody(
  score: number,
  answers: readonly (number | null)[],
  comment: string,
): { score: number; answers: (number | null)[]; comment: string | null } {
  return { score, answers: [...answers], comment: comment.trim() || null };
}

/** A link as the sender copies it: absolute, on this console's own address when relative. */
export const absoluteLink = (link: string, origin: string) =>
  /^https?:\/\//.test(link) ? link : `${origin}${link}`;

/** NPS as people read it: a sign, no decimals when whole (−12.5, +40, 0); — without answers. */
export function formatNps(nps: number | null | undefined): string {
  if (nps === null || nps === undefined) return '—';
  const text = Number.isInteger(nps) ? String(Math.abs(nps)) : Math.abs(nps).toFixed(1);
  return nps > 0 ? `+${text}` : nps < 0 ? `−${text}` : '0';
}

/** The colour of an NPS: good from 30, worrying below 0. */
export const npsTone = (
  nps: number | null | undefined,
): 'success' | 'warning' | 'error' | 'default' =>
  nps === null || nps === undefined
    ? 'default'
    : nps >= 30
      ? 'success'
      : nps >= 0
        ? 'warning'
        : 'error';
