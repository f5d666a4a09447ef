import chineseMessages from '@haxqer/ra-language-chinese';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { emptyStatesEn } from './empty-states.en';
import { emptyStatesZh } from './empty-states.zh';
import { en } from './en';
import { fullWidthPunctuation, raZhFixes } from './ra-zh-fixes';
import { zh } from './zh';

// That package ships CommonJS under a "module" field, so bundlers may hand over the
// module object instead of its default export.
const raChinese =
  (chineseMessages as { default?: TranslationMessages }).default ??
  (chineseMessages as TranslationMessages);

// The Chinese react-admin messages were written for v4: English fills the few newer keys.
const messages: Record<string, TranslationMessages> = {
  en: mergeTranslations(englishMessages, en, emptyStatesEn),
  zh: mergeTranslations(
    englishMessages,
    fullWidthPunctuation(raChinese),
    raZhFixes,
    zh,
    emptyStatesZh,
  ),
};

/**
 * Chinese has no plural, so polyglot's rule for it always takes a message's first form; but the
 * console's messages use the two forms for two meanings: a resource's item and its page title
 * ("审计事件 |||| 审计日志": 删除审计事件, the menu's 审计日志), one selected record and several
 * ("确定要删除此…吗？|||| 确定要删除这 3 项吗？"). In Chinese the second form is for two and more
 * (react-admin counts 2 for titles and menus), the first for one and for none ("暂无任务", where
 * English says "No Tasks yet"). English keeps polyglot's own rule.
 */
export const PLURAL_RULES = {
  pluralTypes: {
    english: (count: number) => (count === 1 ? 0 : 1),
    chineseTitles: (count: number) => (count >= 2 ? 1 : 0),
  },
  pluralTypeToLanguages: { english: ['en'], chineseTitles: ['zh'] },
};

const browserLocale = () =>
  typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('zh')
    ? 'zh'
    : 'en';

export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[locale] ?? messages.en!,
  browserLocale(),
  [
    { locale: 'en', name: 'English' },
    { locale: 'zh', name: '中文' },
  ],
  { pluralRules: PLURAL_RULES },
);
