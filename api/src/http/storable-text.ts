import type express from 'express';
import { inputField } from '../common/input-field';
import { isStorableText } from '../common/text';

/**
 * How deep a request's JSON may nest. A GraphQL request is a few levels of envelope around
 * inputs nested a few levels more; thousands of levels are only ever an attack on whatever
 * walks the body (and recursion would overflow the stack).
 */
export const MAX_BODY_DEPTH = 64;

/** A key on the way to a value, linked to its parent's: a path built only when one is needed. */
interface Step {
  key: string;
  parent: Step | null;
}

const pathOf = (step: Step | null): string[] => {
  const path: string[] = [];
  for (let at = step; at; at = at.parent) path.push(at.key);
  return path.reverse();
};

type Finding = { kind: 'unstorable'; path: string[] } | { kind: 'too-deep'; path: string[] };

/**
 * The first string in `body` Postgres cannot store as given, or the first value nested past
 * MAX_BODY_DEPTH, with its path. Iterative and linear in the size of the body: each value is
 * visited once and no path is copied on the way.
 */
function inspect(body: unknown): Finding | null {
  const stack: { value: unknown; at: Step | null; depth: number }[] = [
    { value: body, at: null, depth: 0 },
  ];
  while (stack.length) {
    const { value, at, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (!isStorableText(value)) return { kind: 'unstorable', path: pathOf(at) };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) return { kind: 'too-deep', path: pathOf(at) };
    if (Array.isArray(value)) {
      // Pushed last to first, so the first item is looked at first.
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        // Numbers, booleans and nulls hold no text: not worth a place on the stack.
        if (item === null || (typeof item !== 'string' && typeof item !== 'object')) continue;
        stack.push({ value: item, at: { key: String(i), parent: at }, depth: depth + 1 });
      }
      continue;
    }
    const entries = Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, inner] = entries[i]!;
      stack.push({ value: inner, at: { key, parent: at }, depth: depth + 1 });
      if (!isStorableText(key)) return { kind: 'unstorable', path: pathOf(at) };
    }
  }
  return null;
}

/**
 * Text with a control character (but tab and line breaks) or a lone UTF-16 surrogate (valid
 * JSON, e.g. "\u007f", "\ud800") is refused at the door, naming where it is (`isStorableText`:
 * Postgres refuses NUL, the others are invisible second spellings of a name, and a lone
 * surrogate would be stored as U+FFFD, something other than what was sent). A body nested past
 * MAX_BODY_DEPTH is refused the same way, before anything else walks it.
 */
export const refuseUnstorableText: express.RequestHandler = (req, res, next) => {
  const found = inspect(req.body);
  if (!found) return next();
  const field = inputField(found.path[0] === 'variables' ? found.path.slice(1) : found.path);
  res.status(400).json({
    errors: [
      found.kind === 'unstorable'
        ? {
            message:
              'Text must be valid Unicode without control characters (tabs and line breaks are fine)',
            extensions: { code: 'BAD_USER_INPUT', reason: 'UNSTORABLE_TEXT', field },
          }
        : {
            message: `The request nests deeper than ${MAX_BODY_DEPTH} levels`,
            extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_NOT_JSON', field },
          },
    ],
  });
};
