import { describe, expect, it } from 'vitest';
import {
  buildOrgStructure,
  contactKey,
  initialOpenUnits,
  isShown,
  searchContacts,
  TOP,
  unitKey,
  unitsAround,
  type Chart,
} from './org-chart-structure';

const person = (
  id: string,
  orgUnitId: string | null,
  reportsToId: string | null,
  title: string | null = null,
): Chart['contacts'][number] => ({
  id,
  name: id,
  title,
  orgUnitId,
  reportsToId,
  influence: 3,
  stance: 'NEUTRAL',
  coachLevel: null,
  risingStar: false,
  status: 'ACTIVE',
  rhythm: { stale: false, lastContactedAt: null },
  relationshipOwner: null,
});
const unit = (id: string, parentId: string | null = null): Chart['units'][number] => ({
  id,
  name: id,
  kind: 'OTHER',
  parentId,
});
const chartOf = (units: Chart['units'], contacts: Chart['contacts']): Chart => ({
  account: { id: 'a', name: 'A' },
  units,
  contacts,
  influences: [],
});

/** Flat departments whose heads report to the general manager, as in the demo data. */
const demoLike = chartOf(
  [unit('exec'), unit('tech'), unit('empty')],
  [
    person('gm', 'exec', null),
    person('secretary', 'exec', 'gm'),
    person('cto', 'tech', 'gm'),
    person('eng', 'tech', 'cto'),
    person('loose', null, 'gm'),
  ],
);

describe('buildOrgStructure', () => {
  it('hangs a flat department under the box of the department its head reports to', () => {
    const s = buildOrgStructure(demoLike);
    expect([...s.units.keys()].sort()).toEqual(['exec', 'tech']);
    expect(s.rootsOf.get(TOP)).toEqual([unitKey('exec')]);
    expect(s.childrenOf.get(unitKey('exec'))).toEqual([contactKey('loose'), unitKey('tech')]);
    expect(s.rootsOf.get('exec')).toEqual([contactKey('gm')]);
    expect(s.childrenOf.get(contactKey('gm'))).toEqual([contactKey('secretary')]);
    expect(s.childrenOf.get(contactKey('cto'))).toEqual([contactKey('eng')]);
    expect(s.level.get('exec')).toBe(1);
    expect(s.level.get('tech')).toBe(2);
    expect(s.otherLines).toEqual([]);
  });

  it('hangs a sub-department under the card of the manager its head reports to', () => {
    const s = buildOrgStructure(
      chartOf(
        [unit('root'), unit('sub', 'root')],
        [
          person('boss', 'root', null),
          person('head', 'sub', 'boss'),
          person('staff', 'sub', 'head'),
        ],
      ),
    );
    expect(s.childrenOf.get(contactKey('boss'))).toEqual([unitKey('sub')]);
    expect(s.rootsOf.get('sub')).toEqual([contactKey('head')]);
    expect(s.headcount.get('root')).toBe(3);
    expect(s.level.get('sub')).toBe(2);
  });

  it('keeps a reporting line it cannot draw as a tree to draw apart', () => {
    // Two heads of one department with different managers: the first one places the box.
    const s = buildOrgStructure(
      chartOf(
        [unit('root'), unit('sub', 'root')],
        [
          person('a', 'root', null),
          person('b', 'root', null),
          person('h1', 'sub', 'a'),
          person('h2', 'sub', 'b'),
        ],
      ),
    );
    expect(s.childrenOf.get(contactKey('a'))).toEqual([unitKey('sub')]);
    expect(s.otherLines).toEqual([{ contactId: 'h2', managerId: 'b' }]);
  });

  it('survives reporting and department cycles, placing everyone exactly once', () => {
    const s = buildOrgStructure(
      chartOf(
        [unit('u1', 'u2'), unit('u2', 'u1'), unit('u3', 'u3')],
        [
          person('a', 'u1', 'b'),
          person('b', 'u1', 'a'),
          person('c', 'u3', 'c'),
          person('d', 'nowhere', 'ghost'),
        ],
      ),
    );
    const seen: string[] = [];
    const walk = (key: `c:${string}` | `u:${string}`) => {
      seen.push(key);
      if (key.startsWith('u:')) for (const k of s.rootsOf.get(key.slice(2)) ?? []) walk(k);
      for (const k of s.childrenOf.get(key) ?? []) walk(k);
    };
    for (const root of s.rootsOf.get(TOP)!) walk(root);
    expect(seen.filter((k) => k.startsWith('c:')).sort()).toEqual(['c:a', 'c:b', 'c:c', 'c:d']);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('initialOpenUnits', () => {
  /** A department tree `fanout` wide and `depth` deep, `perUnit` people in each. */
  const tree = (fanout: number, depth: number, perUnit: number) => {
    const units: Chart['units'] = [];
    const contacts: Chart['contacts'] = [];
    const grow = (id: string, parent: string | null, boss: string | null, d: number) => {
      units.push(unit(id, parent));
      for (let i = 0; i < perUnit; i++)
        contacts.push(person(`${id}-${i}`, id, i === 0 ? boss : `${id}-0`));
      if (d < depth) for (let i = 0; i < fanout; i++) grow(`${id}.${i}`, id, `${id}-0`, d + 1);
    };
    grow('u', null, null, 1);
    return buildOrgStructure(chartOf(units, contacts));
  };

  it('opens every department of a small customer', () => {
    const s = tree(3, 3, 5); // 13 departments, 65 people
    expect(initialOpenUnits(s)).toEqual(new Set(s.units.keys()));
  });

  it('opens a big customer two levels deep, showing at most 150 people', () => {
    const s = tree(4, 4, 8); // 85 departments, 680 people
    const open = initialOpenUnits(s);
    expect([...open].every((u) => s.level.get(u)! <= 2)).toBe(true);
    expect(open.size).toBe(5);
    const shown = [...s.contacts.keys()].filter((c) => isShown(s, open, c));
    expect(shown.length).toBe(40);
  });

  it('keeps even the first level closed when it alone holds too many people', () => {
    const s = tree(2, 1, 400);
    expect(initialOpenUnits(s).size).toBe(0);
  });
});

describe('unitsAround', () => {
  it('names every box around a contact, innermost first, so a search can open them', () => {
    const s = buildOrgStructure(
      chartOf(
        [unit('a'), unit('b', 'a'), unit('c', 'b')],
        [person('x', 'c', null), person('y', null, null)],
      ),
    );
    expect(unitsAround(s, 'x')).toEqual(['c', 'b', 'a']);
    expect(unitsAround(s, 'y')).toEqual([]);
    expect(isShown(s, new Set(['a', 'b']), 'x')).toBe(false);
    expect(isShown(s, new Set(['a', 'b', 'c']), 'x')).toBe(true);
  });
});

describe('searchContacts', () => {
  const people = [
    person('Zhang Wei', null, null, 'CTO'),
    person('Wang Fang', null, null, 'Buyer'),
    person('Li Wang', null, null, 'Engineer'),
    person('王伟 Wang Wei', null, null, null),
  ];

  it('finds names and titles in any case, names that begin with the text first', () => {
    expect(searchContacts(people, 'wang').map((c) => c.name)).toEqual([
      'Wang Fang',
      'Li Wang',
      '王伟 Wang Wei',
    ]);
    expect(searchContacts(people, 'cto').map((c) => c.name)).toEqual(['Zhang Wei']);
    expect(searchContacts(people, '王').map((c) => c.name)).toEqual(['王伟 Wang Wei']);
  });

  it('finds nothing for blank text and at most the limit', () => {
    expect(searchContacts(people, '  ')).toEqual([]);
    expect(searchContacts(people, 'a', 2)).toHaveLength(2);
  });
});
