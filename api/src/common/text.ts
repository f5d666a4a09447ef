/** A UTF-16 half of a pair with its other half missing. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** C0 and C1 control characters but tab, line feed and carriage return; DEL. NUL among them. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Whether `text` can be stored and read back exactly as sent: no control character but tab
 * and line breaks (Postgres refuses NUL; the others are invisible, so "招商\u007f银行" would be
 * a second spelling of one customer's name, and nobody types them), and valid Unicode (a lone
 * surrogate would become U+FFFD on the way to UTF-8, silently changing the text).
 */
export const isStorableText = (text: string) => !CONTROL.test(text) && !LONE_SURROGATE.test(text);

/** `%text%` for ILIKE, with the pattern's own wildcards escaped. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
