import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';

type Locale = 'en' | 'zh';

/**
 * Each language's words are a chunk of their own, loaded when first needed: a reader gets the
 * one they read in (a first load carried both, ~25 KB compressed more than needed).
 */
const load: Record<Locale, () => Promise<TranslationMessages>> = {
  en: () => import('./messages.en').then((m) => m.messages),
  zh: () => import('./messages.zh').then((m) => m.messages),
};
const loaded = new Map<Locale, TranslationMessages>();
async function messagesOf(locale: Locale): Promise<TranslationMessages> {
  const known = loaded.get(locale);
  if (known) return known;
  const messages = await load[locale]();
  loaded.set(locale, messages);
  return messages;
}
const asLocale = (value: unknown): Locale | undefined =>
  value === 'en' || value === 'zh' ? value : undefined;

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

const browserLocale = (): Locale =>
  typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('zh')
    ? 'zh'
    : 'en';

/** The language chosen before (react-admin keeps it in its store), if any. */
function chosenLocale(): Locale | undefined {
  try {
    return asLocale(JSON.parse(localStorage.getItem('RaStore.locale') ?? 'null'));
  } catch {
    return undefined;
  }
}

/**
 * The console's i18n provider, set by startI18n before the first render: react-admin, the
 * data provider and the error messages read it when they translate.
 */
export let i18nProvider: I18nProvider;

/**
 * Loads the reader's language (the one they chose before, else the browser's) and makes the
 * provider; another language loads when the reader switches to it.
 */
export async function startI18n(): Promise<I18nProvider> {
  const initial = chosenLocale() ?? browserLocale();
  await messagesOf(initial);
  i18nProvider = polyglotI18nProvider(
    // The first language is loaded by now: polyglot needs its words at once, the others later.
    (locale) => {
      const wanted = asLocale(locale) ?? 'en';
      return loaded.get(wanted) ?? messagesOf(wanted);
    },
    initial,
    [
      { locale: 'en', name: 'English' },
      { locale: 'zh', name: '中文' },
    ],
    { pluralRules: PLURAL_RULES },
  );
  return i18nProvider;
}
