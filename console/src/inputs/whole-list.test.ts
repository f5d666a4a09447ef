import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_ROOT, consoleSources } from '../console-sources';

const root = CONSOLE_ROOT;

describe('a record picked from another list', () => {
  it('is searched in the API, or the whole list is read: never the first 25 and no way on', () => {
    const pickers: string[] = [];
    const cut: string[] = [];
    for (const [file, text] of consoleSources()) {
      for (const match of text.matchAll(
        /<Reference(?:Array)?Input\b([^>]*)>([\s\S]*?)<\/Reference(?:Array)?Input>/g,
      )) {
        const [, props = '', inner = ''] = match;
        const where = `${path.relative(root, file)} ${/reference="(\w+)"/.exec(props)?.[1]}`;
        pickers.push(where);
        const searched = /<Autocomplete(?:Array)?Input\b/.test(inner);
        const whole = /perPage=\{WHOLE_LIST\}/.test(props);
        if (!searched && !whole) cut.push(where);
      }
    }
    expect(pickers.length).toBeGreaterThan(30);
    expect(cut).toEqual([]);
  });
});
