import { describe, expect, it } from 'vitest';
import * as choices from './choices';
import { en } from './i18n/en';

/** The text at a dotted path of the message tree, if any. */
const at = (path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], en);

describe('choices', () => {
  it('has a translation for every value of the shared enums', () => {
    const missing = Object.entries(choices)
      .filter(([, value]) => Array.isArray(value))
      .flatMap(([, list]) => (list as { name: string }[]).map((choice) => choice.name))
      .filter((name) => name.startsWith('trident.') && typeof at(name) !== 'string');
    expect(missing).toEqual([]);
  });
});
