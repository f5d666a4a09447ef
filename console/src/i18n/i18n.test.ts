import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../resources/registry';
import { emptyStatesEn } from './empty-states.en';
import { emptyStatesZh } from './empty-states.zh';
import { i18nProvider } from './i18n-provider';
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

  it('gives two fields of one resource two labels, in each language', () => {
    // A field and its own parts or ids share a label on purpose (`owner`/`ownerId`,
    // `amount`/`amount.amount`, `currency`/`amount.currency`, a filter `acknowledged` for
    // `acknowledgedAt`).
    const concept = (key: string) => key.split('.')[0]!.replace(/(Id|At)$/, '');
    const related = (a: string, b: string) =>
      concept(a) === concept(b) || a.split('.').at(-1) === b || b.split('.').at(-1) === a;
    // The token list shows its state in the column of the revocation time.
    const sameOnPurpose = new Set(['apiTokens revokedAt status']);
    for (const [language, tree] of [
      ['en', en],
      ['zh', zh],
    ] as const) {
      const clashes: string[] = [];
      for (const [resource, definition] of Object.entries(tree.resources)) {
        const fields = Object.entries(
          (definition as { fields?: Record<string, unknown> }).fields ?? {},
        ).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
        fields.forEach(([key, label], i) => {
          for (const [other, otherLabel] of fields.slice(i + 1))
            if (
              label === otherLabel &&
              !related(key, other) &&
              !sameOnPurpose.has(`${resource} ${key} ${other}`)
            )
              clashes.push(`${language} ${resource}: ${key} and ${other} are both "${label}"`);
        });
      }
      expect(clashes).toEqual([]);
    }
  });

  it('says what every list holds while it holds nothing yet, in each language', () => {
    const lists = RESOURCES.filter((r) => r.views.includes('list')).map((r) => r.name);
    for (const states of [emptyStatesEn, emptyStatesZh]) {
      const explained = states.resources as Record<string, { empty_help?: string }>;
      expect(lists.filter((name) => !explained[name]?.empty_help?.trim())).toEqual([]);
      // And nothing explained that is not a list.
      expect(Object.keys(explained).filter((name) => !lists.includes(name))).toEqual([]);
    }
  });

  it("says a list found nothing without composing it from the list's English title", () => {
    // react-admin passes the title ("My tasks", "Visit log") for %{name}: "No My tasks found".
    for (const { name, views } of RESOURCES) {
      if (!views.includes('list')) continue;
      const title = i18nProvider.translate(`resources.${name}.name`, { smart_count: 0 });
      for (const key of ['ra.navigation.no_results', 'ra.navigation.no_filtered_results'])
        expect(i18nProvider.translate(key, { name: title })).not.toContain(title);
    }
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

/** Every source file of the console, as text. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
      ? [readFileSync(file, 'utf8')]
      : [];
  });
}

const lookup = (tree: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      tree,
    );

describe('translation keys used in the code', () => {
  it('exist in English and Chinese', () => {
    const used = new Set(
      sources(path.resolve(__dirname, '..')).flatMap((text) =>
        [...text.matchAll(/['"`](trident\.[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+)['"`]/g)].map(
          (match) => match[1]!,
        ),
      ),
    );
    expect(used.size).toBeGreaterThan(300);
    const missing = [...used].filter(
      (key) => typeof lookup(en, key) !== 'string' || typeof lookup(zh, key) !== 'string',
    );
    expect(missing).toEqual([]);
  });
});
