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
  it('break Chinese at spaces and punctuation only, in every cell', () => {
    const cell = (tridentTheme.components as Record<string, { styleOverrides?: { root?: object } }>)
      .MuiTableCell;
    expect(cell?.styleOverrides?.root).toMatchObject({ wordBreak: 'keep-all' });
  });
});
