import { createTheme } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { withMuiLocale } from './mui-locale';
import { tridentTheme } from './theme';

describe("Material UI's own words", () => {
  const outer = createTheme(tridentTheme as Parameters<typeof createTheme>[0]);

  it('are Chinese in the Chinese console and English otherwise', () => {
    const zh = withMuiLocale('zh')(outer).components;
    expect(zh?.MuiAutocomplete?.defaultProps?.noOptionsText).toBe('没有可用选项');
    expect(zh?.MuiTablePagination?.defaultProps?.labelRowsPerPage).toBe('每页行数:');
    // English is Material UI's own default: nothing of the Chinese is left after a switch back.
    const en = withMuiLocale('en')(outer).components;
    expect(en?.MuiAutocomplete?.defaultProps?.noOptionsText).toBeUndefined();
  });

  it("keep the console's own theme", () => {
    const zh = withMuiLocale('zh')(outer);
    expect(zh.components?.MuiTableCell?.styleOverrides?.head).toMatchObject({
      wordBreak: 'keep-all',
    });
    expect(zh.palette.primary.main).toBe(outer.palette.primary.main);
  });
});
