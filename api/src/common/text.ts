/** A UTF-16 half of a pair with its other half missing. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether Postgres can store `text` exactly as given: no NUL character, and valid Unicode
 * (a lone surrogate would become U+FFFD on the way to UTF-8, silently changing the text).
 */
export const isStorableText = (text: string) => !text.includes('\0') && !LONE_SURROGATE.test(text);

/** `%text%` for ILIKE, with the pattern's own wildcards escaped. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
