import chineseMessages from '@haxqer/ra-language-chinese';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { emptyStatesZh } from './empty-states.zh';
import { fullWidthPunctuation, raZhFixes } from './ra-zh-fixes';
import { zh } from './zh';

// That package ships CommonJS under a "module" field, so bundlers may hand over the
// module object instead of its default export.
const raChinese =
  (chineseMessages as { default?: TranslationMessages }).default ??
  (chineseMessages as TranslationMessages);

/**
 * Everything the console says in Chinese. The Chinese react-admin messages were written for
 * v4: English fills the few newer keys.
 */
export const messages = mergeTranslations(
  englishMessages,
  fullWidthPunctuation(raChinese),
  raZhFixes,
  zh,
  emptyStatesZh,
);
