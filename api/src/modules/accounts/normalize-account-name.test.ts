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

  it('sees through characters that draw nothing', () => {
    const key = normalizeAccountName('中国移动通信集团广东有限公司');
    for (const invisible of [
      '\u200B',
      '\u00AD',
      '\u2060',
      '\u200C',
      '\u200F',
      '\uFEFF',
      '\u200D',
      '\uFE0F',
    ])
      expect([
        invisible,
        normalizeAccountName(`中国移动${invisible}通信集团广东${invisible}有限公司`),
      ]).toEqual([invisible, key]);
  });

  it('gives any name with invisible characters slipped in the key of the name without them', () => {
    const invisible = fc.constantFrom(
      '\u200B',
      '\u00AD',
      '\u2060',
      '\u200C',
      '\u200D',
      '\u200E',
      '\u200F',
      '\u2061',
      '\u180E',
      '\uFEFF',
      '\u034F',
      '\uFE00',
      '\u115F',
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 5 }),
        (name, inserts) => {
          const plain = name.replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '');
          let spiked = plain;
          for (const [at, char] of inserts) {
            const i = at % (spiked.length + 1);
            spiked = spiked.slice(0, i) + char + spiked.slice(i);
          }
          expect(normalizeAccountName(spiked)).toBe(normalizeAccountName(plain));
        },
      ),
    );
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
