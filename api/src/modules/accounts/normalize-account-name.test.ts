import fc from 'fast-check';
import { normalizeAccountName } from './normalize-account-name';

describe('normalizeAccountName', () => {
  it('treats legal forms, spacing, width and case as the same customer', () => {
    const key = normalizeAccountName('中国移动通信集团广东有限公司');
    expect(normalizeAccountName('中国移动通信集团广东')).toBe(key);
    expect(normalizeAccountName(' 中国移动通信集团 广东 股份有限公司 ')).toBe(key);
    expect(normalizeAccountName('Acme Co., Ltd.')).toBe(normalizeAccountName('ACME'));
    expect(normalizeAccountName('ＡＣＭＥ（Ｓｈａｎｇｈａｉ）')).toBe('acmeshanghai');
  });

  it('keeps different customers apart', () => {
    expect(normalizeAccountName('国家电网江苏')).not.toBe(normalizeAccountName('国家电网浙江'));
  });

  it('never strips a name down to nothing', () => {
    expect(normalizeAccountName('有限公司')).toBe('有限公司');
    expect(normalizeAccountName('Co')).toBe('co');
  });

  it('is idempotent for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (name) => {
        const once = normalizeAccountName(name);
        expect(normalizeAccountName(once)).toBe(once);
      }),
    );
  });
});
