import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

/** Every leaf of a message tree as [path, text]; keys may themselves contain dots. */
const leaves = (node: unknown, path: string[] = []): [string, unknown][] =>
  node && typeof node === 'object'
    ? Object.entries(node).flatMap(([key, value]) => leaves(value, [...path, key]))
    : [[path.join(' › '), node]];

describe('translations', () => {
  it('has the same keys in English and Chinese', () => {
    const keys = (tree: unknown) =>
      leaves(tree)
        .map(([key]) => key)
        .sort();
    expect(keys(zh)).toEqual(keys(en));
  });

  it('has no empty text in either language', () => {
    for (const tree of [en, zh]) {
      const empty = leaves(tree).filter(
        ([, text]) => typeof text !== 'string' || text.trim() === '',
      );
      expect(empty).toEqual([]);
    }
  });
});
