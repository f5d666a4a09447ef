import { describe, expect, it } from 'vitest';
import {
  absoluteLink,
  answerBody,
  formatNps,
  inLanguage,
  NPS_SCALE,
  npsTone,
  problemOf,
  QUESTION_SCALE,
} from './survey-logic';

describe('the public survey page', () => {
  it('falls back to the other language when a text is missing', () => {
    expect(inLanguage('zh', '标题', 'Title')).toBe('标题');
    expect(inLanguage('en', '标题', 'Title')).toBe('Title');
    expect(inLanguage('en', '标题', null)).toBe('标题');
    expect(inLanguage('zh', null, null)).toBe('');
  });

  it('offers 1–5 for each question and 0–10 for the NPS question', () => {
    expect(QUESTION_SCALE).toEqual([1, 2, 3, 4, 5]);
    expect(NPS_SCALE).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('tells an expired, answered or unknown link apart only by the code the API gives', () => {
    expect(problemOf(404, { error: { code: 'SURVEY_LINK_EXPIRED' } })).toBe('SURVEY_LINK_EXPIRED');
    expect(problemOf(404, { error: { code: 'SURVEY_ALREADY_ANSWERED' } })).toBe(
      'SURVEY_ALREADY_ANSWERED',
    );
    expect(problemOf(404, { error: { code: 'SURVEY_LINK_INVALID' } })).toBe('SURVEY_LINK_INVALID');
    expect(problemOf(404, null)).toBe('SURVEY_LINK_INVALID');
    expect(problemOf(429, {})).toBe('RATE_LIMITED');
    expect(problemOf(503, {})).toBe('UNAVAILABLE');
  });

  it('sends the score, every question and the free text trimmed (empty is none)', () => {
    expect(answerBody(3, [1, null, 5], '  slow  ')).toEqual({
      score: 3,
      answers: [1, null, 5],
      comment: 'slow',
    });
    expect(answerBody(10, [], '   ').comment).toBeNull();
  });
});

describe('links and scores', () => {
  it('makes a relative link absolute on the console’s address', () => {
    expect(absoluteLink('/#/survey/srv_x', 'https://trident.example')).toBe(
      'https://trident.example/#/survey/srv_x',
    );
    expect(absoluteLink('http://a.example/#/survey/srv_x', 'https://b.example')).toBe(
      'http://a.example/#/survey/srv_x',
    );
  });

  it('writes NPS with its sign and colours it', () => {
    expect([formatNps(40), formatNps(-12.5), formatNps(0), formatNps(null)]).toEqual([
      '+40',
      '−12.5',
      '0',
      '—',
    ]);
    expect([npsTone(50), npsTone(10), npsTone(-5), npsTone(null)]).toEqual([
      'success',
      'warning',
      'error',
      'default',
    ]);
  });
});
