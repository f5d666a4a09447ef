/**
 * A registration number (统一社会信用代码) as people type it: letters and digits, grouped by
 * hyphens or spaces. Checked by the API's input and the console's form alike.
 */
export const REGISTRATION_NO_PATTERN = /^[0-9A-Za-z -]{5,48}$/;

/**
 * The number as the unique key of a legal company: upper case, without the separators, so that
 * "9133-0100-ma2ab…" and "91330100MA2AB…" are one company (first registration wins). Null when
 * fewer than 5 letters and digits are left, which is no number.
 */
export function registrationNoKey(typed: string): string | null {
  const key = typed
    .normalize('NFKC')
    .replace(/[\s-]+/g, '')
    .toUpperCase();
  return /^[0-9A-Z]{5,40}$/.test(key) ? key : null;
}
