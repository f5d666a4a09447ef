import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';

const LOCALES = { zh: zhCN, en: enUS } as const;

/**
 * The theme of the page around it, with Material UI's own words in the console's language:
 * an autocomplete with nothing to offer said "No options", and a table's pager "Rows per
 * page", in the Chinese console. react-admin's components pass their own translated words,
 * which still win over these defaults.
 */
export const withMuiLocale =
  (locale: string) =>
  (outer: Theme): Theme =>
    createTheme(outer, LOCALES[locale as keyof typeof LOCALES] ?? enUS);
