import englishMessages from 'ra-language-english';
import { mergeTranslations } from 'react-admin';
import { emptyStatesEn } from './empty-states.en';
import { en } from './en';

/**
 * react-admin composes "No %{name} found" from a list's page title, which reads "No My tasks
 * found using the current filters." or "No Visit log found…": said without the title.
 */
export const raEnFixes = {
  ra: {
    navigation: {
      no_results: 'Nothing found',
      no_filtered_results: 'Nothing matches the current filters.',
    },
  },
};

/** Everything the console says in English: react-admin's words, then ours. */
export const messages = mergeTranslations(englishMessages, raEnFixes, en, emptyStatesEn);
