import {
  CONDITION_PROBLEMS,
  type ConditionProblem,
  ERROR_CODES,
  INPUT_REASONS,
  REFUSAL_REASONS,
  reasonParams,
} from '@trident/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from './i18n-provider';
import { formatDateTime } from '../formats/dates';
import { describeRefusal } from './refusals';
import { codesEn, conditionProblemsEn, reasonsEn } from './refusals.en';
import { codesZh, conditionProblemsZh, reasonsZh } from './refusals.zh';

const CATALOGUE: Record<string, string> = { ...INPUT_REASONS, ...REFUSAL_REASONS };
/** Parameters the API sends beside a reason's own, for one language's sake. */
const EXTRA_PARAMS = ['stageZh'];
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the console says every refusal of the API', () => {
  it('has words in English and Chinese for every reason and every code the API sends', () => {
    for (const words of [reasonsEn, reasonsZh])
      expect(Object.keys(words).sort()).toEqual(Object.keys(CATALOGUE).sort());
    for (const words of [codesEn, codesZh])
      expect(Object.keys(words).sort()).toEqual([...ERROR_CODES].sort());
    for (const words of [reasonsEn, reasonsZh, codesEn, codesZh])
      for (const [key, text] of Object.entries(words))
        expect({ key, text }).not.toEqual({ key, text: '' });
  });

  it('uses only the parameters the API sends with each reason', () => {
    for (const words of [reasonsEn, reasonsZh])
      for (const [reason, text] of Object.entries(words)) {
        const sent = [...reasonParams(CATALOGUE[reason]!), ...EXTRA_PARAMS];
        const unknown = placeholders(text).filter((p) => !sent.includes(p));
        expect({ reason, unknown }).toEqual({ reason, unknown: [] });
      }
  });

  it('translates in Chinese without English, parameters and enum codes included', async () => {
    await i18nProvider.changeLocale('zh');
    const text = describeRefusal(
      {
        message: 'status: a PROPOSED task cannot become DONE',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'status',
          reason: 'TASK_TRANSITION',
          from: 'PROPOSED',
          to: 'DONE',
        },
      },
      i18nProvider.translate,
      '、',
    );
    expect(text).not.toMatch(/[A-Za-z]/);
    expect(text).toContain(i18nProvider.translate('trident.task_statuses.DONE'));

    const bant = describeRefusal(
      {
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'bant',
          reason: 'BANT_MISSING',
          missing: ['BUDGET', 'TIMING'],
        },
      },
      i18nProvider.translate,
      '、',
    );
    expect(bant).toContain(
      `${i18nProvider.translate('trident.bant_items.BUDGET')}、${i18nProvider.translate('trident.bant_items.TIMING')}`,
    );
  });

  it('says an instant the API sends in the clock and format of the UI, not as ISO text', async () => {
    await i18nProvider.changeLocale('zh');
    const at = '2026-12-05T11:05:43.579Z';
    const text = describeRefusal(
      {
        extensions: {
          code: 'CONFLICT',
          field: 'name',
          reason: 'ALREADY_REGISTERED',
          owner: '王伟 Wang Wei',
          registeredAt: at,
        },
      },
      i18nProvider.translate,
      '、',
      'zh',
    );
    expect(text).not.toContain(at);
    expect(text).toContain(formatDateTime(at, 'zh'));
    expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });

  it('falls back to the code when a refusal carries no reason, never to the API message', async () => {
    await i18nProvider.changeLocale('zh');
    const text = describeRefusal(
      { message: 'Only the author may edit a visit record', extensions: { code: 'FORBIDDEN' } },
      i18nProvider.translate,
    );
    expect(text).toBe(codesZh.FORBIDDEN);
    await i18nProvider.changeLocale('en');
    expect(
      describeRefusal({ message: 'x', extensions: { code: 'NOT_FOUND' } }, i18nProvider.translate),
    ).toBe(codesEn.NOT_FOUND);
  });

  afterEach(() => i18nProvider.changeLocale('en'));
});

describe('a step condition that does not parse', () => {
  afterEach(() => i18nProvider.changeLocale('en'));

  it('has words in both languages for every problem the API names, with its parameters', () => {
    for (const words of [conditionProblemsEn, conditionProblemsZh]) {
      expect(Object.keys(words).sort()).toEqual(Object.keys(CONDITION_PROBLEMS).sort());
      for (const [problem, text] of Object.entries(words)) {
        const sent = reasonParams(CONDITION_PROBLEMS[problem as ConditionProblem]);
        const unknown = placeholders(text).filter((p) => !sent.includes(p));
        expect({ problem, unknown }).toEqual({ problem, unknown: [] });
      }
    }
  });

  it('says the problem in Chinese, not the parser’s English', async () => {
    await i18nProvider.changeLocale('zh');
    const text = describeRefusal(
      {
        message: 'steps.1.condition: is not a valid condition: function calls are not allowed',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'steps.1.condition',
          reason: 'CONDITION_INVALID',
          detail: 'function calls are not allowed',
          problem: 'FUNCTION_CALL',
        },
      },
      i18nProvider.translate,
      '、',
    );
    expect(text).toBe(`条件无效：${conditionProblemsZh.FUNCTION_CALL}`);
    const syntax = describeRefusal(
      {
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'CONDITION_INVALID',
          detail: 'syntax error near character 10',
          problem: 'SYNTAX',
          at: 10,
        },
      },
      i18nProvider.translate,
    );
    expect(syntax).toBe('条件无效：第 10 个字符附近有语法错误');
  });
});
