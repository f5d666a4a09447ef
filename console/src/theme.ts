import { createElement } from 'react';
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { ListEmpty } from './resources/ListEmpty';

/**
 * react-admin's theme where a list's table scrolls sideways inside its card rather than
 * widening the page, with shadows at the edges where more columns hide and, on a phone, a
 * line above it saying so (its text comes from the layout, in the user's language, through the
 * `--trident-scroll-hint` property).
 */
const baseTheme: RaThemeOptions = {
  ...defaultTheme,
  components: {
    ...defaultTheme.components,
    RaLayout: {
      styleOverrides: {
        // react-admin sizes the frame to fit its content (min-width: fit-content), so one wide
        // table widens the whole page past a phone's window. Here the frame keeps the window's
        // width and wide tables and boards scroll inside it.
        root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } },
      },
    },
    MuiTableCell: {
      styleOverrides: {
        // A Chinese column title breaks between words only ("阶段停留天数", not "阶段停/留天数");
        // an English one still wraps at its spaces. Not the cells: a customer's legal name is
        // one long word that would push the row's actions out of sight.
        head: { wordBreak: 'keep-all' },
        body: {
          // On a phone a wide table scrolls sideways anyway; without a floor the table's layout
          // squeezed a customer's name to one character a line and broke dates in two.
          '@media (max-width: 599.95px)': { minWidth: '6.5em' },
          // A row's buttons keep their label on one line: "我卡住了" read "我卡住/了" in the
          // tasks' actions column. (Not every button: a desk's tiles are buttons that wrap.)
          '& .MuiButton-root': { whiteSpace: 'nowrap' },
        },
      },
    },
    // A choice's label is one short term: "预付款" whole, not "预付/款" in a narrow column.
    RaSelectField: { styleOverrides: { root: { wordBreak: 'keep-all' } } },
    RaTopToolbar: {
      styleOverrides: {
        root: {
          // On a phone a page's action buttons go to another line when they do not fit (an
          // account's war room, group war room and org chart overlapped, each label cut). Not
          // wider: beside a list's filters the toolbar would wrap rather than take the width
          // its buttons need.
          '@media (max-width: 599.95px)': { flexWrap: 'wrap' },
          // A toolbar whose every action the role may not use takes no room (FINANCE's
          // contract page opened on a blank band where "Renew" is for the account team).
          '&:empty': { display: 'none' },
        },
      },
    },
    RaList: {
      // Every list says what it holds when it holds nothing yet, and how things get there.
      defaultProps: { empty: createElement(ListEmpty) },
      // The list beside its filters is a flex item: without this it takes its table's width.
      styleOverrides: { root: { '& .RaList-main': { minWidth: 0 } } },
    },
    RaDatagrid: {
      styleOverrides: {
        root: ({ theme }: { theme: { palette: { background: { paper: string } } } }) => ({
          '& .RaDatagrid-tableWrapper': {
            overflowX: 'auto',
            // The covers scroll with the table, the shadows stay at the edges: a shadow shows
            // only where there is more to scroll to.
            background: [
              `linear-gradient(to right, ${theme.palette.background.paper} 30%, transparent)`,
              `linear-gradient(to left, ${theme.palette.background.paper} 30%, transparent) 100% 0`,
              'radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.2), transparent)',
              'radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.2), transparent) 100% 0',
            ].join(', '),
            backgroundRepeat: 'no-repeat',
            backgroundSize: '40px 100%, 40px 100%, 14px 100%, 14px 100%',
            backgroundAttachment: 'local, local, scroll, scroll',
          },
          '@media (max-width: 599.95px)': {
            '& .RaDatagrid-tableWrapper::before': {
              content: 'var(--trident-scroll-hint, none)',
              display: 'block',
              position: 'sticky',
              left: 0,
              padding: '4px 8px',
              fontSize: '0.75rem',
              color: 'rgba(0, 0, 0, 0.6)',
            },
          },
        }),
      },
    },
  } as RaThemeOptions['components'],
};

/**
 * The theme without motion, for people whose system asks for less (`prefers-reduced-motion`,
 * WCAG 2.3.3): dialogs, menus and drawers appear at once and buttons do not ripple.
 */
export function withoutMotion(theme: RaThemeOptions): RaThemeOptions {
  return {
    ...theme,
    transitions: {
      ...theme.transitions,
      create: () => 'none',
      duration: {
        shortest: 0,
        shorter: 0,
        short: 0,
        standard: 0,
        complex: 0,
        enteringScreen: 0,
        leavingScreen: 0,
      },
    },
    components: {
      ...theme.components,
      MuiButtonBase: {
        ...theme.components?.MuiButtonBase,
        defaultProps: { ...theme.components?.MuiButtonBase?.defaultProps, disableRipple: true },
      },
    } as RaThemeOptions['components'],
  };
}

/** Read once at start: a change of the system setting applies from the next load. */
const reducedMotion =
  typeof window !== 'undefined' &&
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

export const tridentTheme: RaThemeOptions = reducedMotion ? withoutMotion(baseTheme) : baseTheme;
