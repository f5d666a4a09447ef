import { badInput } from '../../common/app-error';

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
 * Characters that draw nothing: format characters (zero-width space and joiners, soft
 * hyphen, bidirectional marks, word joiner) and the rest of Unicode's default-ignorables
 * (variation selectors, fillers). Inside a name they would make a second, invisible
 * spelling of the same customer.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * The key two claims are compared on: without invisible characters, Unicode-compatible
 * (NFKC: full-width → half-width, ligatures spelled out), lower case, without spaces,
 * punctuation or a trailing legal form.
 */
export function normalizeAccountName(name: string): string {
  return withoutLegalForm(spelledKey(name));
}

/** The name without invisible characters, spaces and punctuation, compatible, lower case. */
function spelledKey(name: string): string {
  // Dropping a space or a symbol can join a mark to the letter before it ("U ̊" → "Ů"), which
  // NFKC then composes: repeat until nothing changes, so the key of a key is itself.
  let key = name;
  for (let previous = ''; previous !== key;) {
    previous = key;
    key = key
      .replace(INVISIBLE, '')
      .normalize('NFKC')
      .toLowerCase()
      .replace(INVISIBLE, '')
      .replace(/[\s\p{P}\p{S}]+/gu, '');
  }
  return key;
}

/** Without the trailing legal forms ("…集团股份有限公司" → "…集团"), never down to nothing. */
function withoutLegalForm(spelled: string): string {
  let key = spelled;
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

/**
 * The arbitration key of a name a user gives (claiming, renaming), or BAD_USER_INPUT on `name`:
 * a name of only punctuation has no key, and one of only a legal form ("有限公司", "Ltd") would
 * be a key every other "有限公司" collides with.
 */
export function accountNameKey(name: string): string {
  const spelled = spelledKey(name);
  if (!spelled) throw badInput('name', 'LETTERS_OR_DIGITS');
  // Only a legal form ("股份有限公司", "Co., Ltd."): nothing names a company. ("CoCo" does.)
  if (LEGAL_SUFFIXES.includes(spelled)) throw badInput('name', 'NAME_ONLY_LEGAL_FORM');
  return withoutLegalForm(spelled);
}
