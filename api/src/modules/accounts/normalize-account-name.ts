/**
 * Legal-form suffixes that do not tell two customers apart: "中国移动通信集团广东有限公司"
 * and "中国移动通信集团广东" are the same customer for arbitration (seed 001).
 * Longest first, so "股份有限公司" goes before "有限公司".
 */
const LEGAL_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团公司',
  'corporation',
  'company',
  'limited',
  'coltd',
  'corp',
  'gmbh',
  'inc',
  'llc',
  'ltd',
  'plc',
  'co',
].sort((a, b) => b.length - a.length);

/**
 * The key two claims are compared on: Unicode-compatible (full-width → half-width),
 * lower case, without spaces, punctuation or a trailing legal form.
 */
export function normalizeAccountName(name: string): string {
  let key = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const suffix of LEGAL_SUFFIXES) {
      if (key.length > suffix.length && key.endsWith(suffix)) {
        key = key.slice(0, -suffix.length);
        stripped = true;
        break;
      }
    }
  }
  return key;
}
