import { describe, expect, it } from 'vitest';
import { RESOURCES } from './registry';

describe('the resource registry', () => {
  // react-admin shows Create/Edit/Show buttons from the declared views before the pages load:
  // a page the registry forgets would be unreachable, one it invents a blank route.
  it.each(RESOURCES.map((entry) => [entry.name, entry] as const))(
    '%s declares exactly the pages its module exports',
    async (_name, entry) => {
      const views = await entry.load();
      expect(Object.keys(views).sort()).toEqual([...entry.views].sort());
      for (const view of entry.views) expect(typeof views[view]).toBe('function');
    },
  );

  it('names each resource once', () => {
    const names = RESOURCES.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
