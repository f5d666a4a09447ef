import type express from 'express';
import { isStorableText } from '../common/text';

/** The first string in `value` that Postgres cannot store as given, with its path. */
function firstUnstorable(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstUnstorable(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = firstUnstorable(key, path) ?? firstUnstorable(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Text with a NUL character or a lone UTF-16 surrogate (valid JSON, e.g. "\ud800") is
 * refused at the door, naming where it is: Postgres refuses NUL, and would silently turn a
 * lone surrogate into U+FFFD, storing something other than what was sent.
 */
export const refuseUnstorableText: express.RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  const path = firstUnstorable(body, []);
  if (!path) return next();
  // `variables.input.name` names the field `name`: the variable wrapping an input object is
  // dropped, as list positions are.
  const inVariables = path[0] === 'variables' ? path.slice(1) : path;
  const field = (inVariables.length > 1 ? inVariables.slice(1) : inVariables)
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
  res.status(400).json({
    errors: [
      {
        message:
          'Text must be valid Unicode without NUL characters (\\u0000) or unpaired surrogates',
        extensions: { code: 'BAD_USER_INPUT', reason: 'UNSTORABLE_TEXT', field },
      },
    ],
  });
};
