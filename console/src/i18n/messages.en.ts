import englishMessages from 'ra-language-english';
import { mergeTranslations } from 'react-admin';
import { emptyStatesEn } from './empty-states.en';
import { en } from './en';

/** Everything the console says in English: react-admin's words, then ours. */
export const messages = mergeTranslations(englishMessages, en, emptyStatesEn);
