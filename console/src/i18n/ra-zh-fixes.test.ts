import chineseMessages from '@haxqer/ra-language-chinese';
import type { TranslationMessages } from 'react-admin';
import { describe, expect, it } from 'vitest';
import englishMessages from 'ra-language-english';
import { mergeTranslations } from 'react-admin';
import { i18nProvider } from './i18n-provider';
import { fullWidthPunctuation, raZhFixes } from './ra-zh-fixes';

const raChinese =
  (chineseMessages as { default?: TranslationMessages }).default ??
  (chineseMessages as TranslationMessages);

const leaves = (node: unknown, path: string[] = []): [string, string][] =>
  node && typeof node === 'object'
    ? Object.entries(node).flatMap(([key, value]) => leaves(value, [...path, key]))
    : typeof node === 'string'
      ? [[path.join('.'), node]]
      : [];

describe("react-admin's Chinese messages", () => {
  it('punctuate Chinese with full-width marks', () => {
    const fixed = fullWidthPunctuation(raChinese);
    const ascii = leaves(fixed).filter(([, text]) => /[\u3400-\u9fff][,.:?!]/.test(text));
    expect(ascii).toEqual([]);
    expect(fixed.ra.message.invalid_form).toBe('表单输入无效。请检查错误提示');
    expect(fixed.ra.auth.sign_in_error).toBe('验证失败，请重试');
    // Placeholders, English words and a regular expression's text are left as they are.
    expect(fixed.ra.validation.regex).toContain('(regexp)：%{pattern}');
  });

  it('are Chinese throughout, as the console merges them: no English left, no id for a title', () => {
    const merged = mergeTranslations(englishMessages, fullWidthPunctuation(raChinese), raZhFixes);
    const problems = leaves(merged).filter(([, text]) => {
      const words = text.replace(/%\{\w+\}/g, '');
      return (
        // An English word (the package's gaps fall back to English, "of more than").
        /[A-Za-z]{3,}/.test(words) ||
        // A space between Chinese and a record's or resource's name: "客户 列表", "无 客户".
        /[\u3400-\u9fff] %\{(name|item)\}|%\{(name|item)\} [\u3400-\u9fff]/.test(text) ||
        // A record named by its uuid ("删除 客户 #425c…").
        text.includes('#%{id}')
      );
    });
    expect(problems).toEqual([]);
  });

  it('reach the console in Chinese', async () => {
    await i18nProvider.changeLocale('zh');
    expect(i18nProvider.translate('ra.message.invalid_form')).toBe('表单输入无效。请检查错误提示');
    await i18nProvider.changeLocale('en');
  });

  it("pick a message's form by react-admin's count in Chinese too", async () => {
    await i18nProvider.changeLocale('zh');
    // The item, and the page's title and menu entry (polyglot's Chinese rule took the first).
    expect(i18nProvider.translate('resources.auditEvents.name', { smart_count: 1 })).toBe(
      '审计事件',
    );
    expect(i18nProvider.translate('resources.auditEvents.name', { smart_count: 2 })).toBe(
      '审计日志',
    );
    expect(
      i18nProvider.translate('ra.message.bulk_delete_title', { smart_count: 3, name: '客户' }),
    ).toBe('删除 3 项客户');
    expect(
      i18nProvider.translate('ra.message.bulk_delete_title', { smart_count: 1, name: '客户' }),
    ).toBe('删除客户');
    // react-admin's own count of a selection said "选中1项" for any number selected.
    expect(i18nProvider.translate('ra.action.bulk_actions', { smart_count: 3 })).toBe('选中3项');
    // None is said with the item: "暂无任务", not "暂无我的任务".
    expect(i18nProvider.translate('resources.tasks.name', { smart_count: 0 })).toBe('任务');
    expect(i18nProvider.translate('resources.tasks.name', { smart_count: 2 })).toBe('我的任务');
    // A message with one form says it whatever the count.
    expect(i18nProvider.translate('resources.accounts.name', { smart_count: 2 })).toBe('客户');
    await i18nProvider.changeLocale('en');
  });
});
