import { describe, expect, it } from 'vitest';
import { tridentTheme, withoutMotion } from './theme';

describe('the theme without motion (prefers-reduced-motion)', () => {
  const still = withoutMotion(tridentTheme);

  it('ends every transition at once', () => {
    expect(still.transitions?.create?.(['opacity'])).toBe('none');
    expect(Object.values(still.transitions?.duration ?? {})).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('draws no ripple and keeps the rest of the theme', () => {
    const components = still.components as Record<string, { defaultProps?: object }>;
    expect(components.MuiButtonBase?.defaultProps).toMatchObject({ disableRipple: true });
    expect(Object.keys(components)).toEqual(
      expect.arrayContaining(Object.keys(tridentTheme.components ?? {})),
    );
  });
});

describe('tables in Chinese', () => {
  it('break Chinese between words only in column titles and choice labels; row buttons keep one line', () => {
    const components = tridentTheme.components as Record<
      string,
      { styleOverrides?: { root?: object; head?: object; body?: object } }
    >;
    expect(components.MuiTableCell?.styleOverrides?.head).toMatchObject({ wordBreak: 'keep-all' });
    expect(components.MuiTableCell?.styleOverrides?.root).toBeUndefined();
    expect(components.RaSelectField?.styleOverrides?.root).toMatchObject({ wordBreak: 'keep-all' });
    expect(components.RaTopToolbar?.styleOverrides?.root).toMatchObject({
      '@media (max-width: 599.95px)': { flexWrap: 'wrap' },
      '&:empty': { display: 'none' },
    });
    expect(components.MuiTableCell?.styleOverrides?.body).toMatchObject({
      '& .MuiButton-root': { whiteSpace: 'nowrap' },
    });
  });
});
