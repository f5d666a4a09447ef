import type { Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_HEIGHT,
  CONTACT_WIDTH,
  layoutOrgChart,
  type OrgChartLayout,
  type UnitNodeData,
} from './org-chart-layout';
import {
  buildOrgStructure,
  initialOpenUnits,
  isShown,
  type Chart,
  type OrgStructure,
} from './org-chart-structure';
import { benchLike, chartOf, person } from './test-charts';

/** The demo's shape: flat departments whose heads report to the general manager. */
const demoLike = chartOf(
  [
    { id: 'exec', name: 'Executive office', kind: 'EXECUTIVE', parentId: null },
    { id: 'tech', name: 'Technical', kind: 'TECHNICAL', parentId: null },
    { id: 'buy', name: 'Procurement', kind: 'PROCUREMENT', parentId: null },
    { id: 'empty', name: 'Nobody yet', kind: 'OTHER', parentId: null },
  ],
  [
    person('gm', 'exec', null),
    person('secretary', 'exec', 'gm'),
    person('cto', 'tech', 'gm'),
    ...Array.from({ length: 6 }, (_, i) => person(`eng${i}`, 'tech', 'cto')),
    person('buyer', 'buy', 'gm'),
    person('clerk', 'buy', 'buyer'),
    person('loose', null, 'gm'),
  ],
  [{ id: 'i1', fromContactId: 'secretary', toContactId: 'gm', strength: 2, note: null }],
);

/** A small deterministic generator, so a failing random chart can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Anything a user may have typed in: departments in any tree, lines anywhere, cycles. */
function randomChart(seed: number): Chart {
  const rnd = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const units = Array.from({ length: Math.floor(rnd() * 12) }, (_, i) => ({
    id: `u${i}`,
    name: `u${i}`,
    kind: 'OTHER' as const,
    parentId: i > 0 && rnd() < 0.7 ? `u${Math.floor(rnd() * (rnd() < 0.1 ? 12 : i))}` : null,
  }));
  const ids = Array.from({ length: 1 + Math.floor(rnd() * 120) }, (_, i) => `c${i}`);
  const contacts = ids.map((id, i) =>
    person(
      id,
      units.length && rnd() < 0.9 ? pick(units).id : null,
      i > 0 && rnd() < 0.85 ? (rnd() < 0.05 ? pick(ids) : ids[Math.floor(rnd() * i)]!) : null,
    ),
  );
  return chartOf(units, contacts);
}

type Rect = { id: string; x: number; y: number; w: number; h: number };
const rectOf = (n: Node): Rect => ({
  id: n.id,
  x: n.position.x,
  y: n.position.y,
  w: n.width!,
  h: n.height!,
});
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const inside = (a: Rect, b: Rect) =>
  a.x >= b.x - 0.5 &&
  a.y >= b.y - 0.5 &&
  a.x + a.w <= b.x + b.w + 0.5 &&
  a.y + a.h <= b.y + b.h + 0.5;

/** The rules every drawing keeps, whatever the chart and whatever is open. */
function expectSound(structure: OrgStructure, open: ReadonlySet<string>, layout: OrgChartLayout) {
  const cards = layout.nodes.filter((n) => n.type === 'contact').map(rectOf);
  const units = layout.nodes.filter((n) => n.type === 'unit');
  const closed = units.filter((n) => !(n.data as UnitNodeData).open).map(rectOf);
  const boxes = units.map(rectOf);
  const at = new Map([...cards, ...boxes].map((r) => [r.id, r]));

  // Every contact that should show is placed, once; nobody else is.
  const shown = [...structure.contacts.keys()].filter((id) => isShown(structure, open, id));
  expect(cards.map((c) => c.id).sort()).toEqual(shown.sort());
  expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  for (const card of cards) expect([card.w, card.h]).toEqual([CONTACT_WIDTH, CONTACT_HEIGHT]);

  // No card covers another card or a closed department.
  const solid = [...cards, ...closed].sort((a, b) => a.x - b.x);
  for (let i = 0; i < solid.length; i++)
    for (let j = i + 1; j < solid.length && solid[j]!.x < solid[i]!.x + solid[i]!.w; j++)
      if (overlaps(solid[i]!, solid[j]!))
        throw new Error(`${solid[i]!.id} overlaps ${solid[j]!.id}`);
  // Department boxes nest or stand apart, and hold their people.
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (overlaps(a, b) && !inside(a, b) && !inside(b, a))
        throw new Error(`${a.id} and ${b.id} overlap without nesting`);
    }
  for (const card of cards) {
    const unitId = structure.contacts.get(card.id)!.orgUnitId;
    const box = unitId && at.get(`unit:${unitId}`);
    if (box && !inside(card, box)) throw new Error(`${card.id} is outside ${box.id}`);
  }

  // Reports sit below their manager when the tree shows the line.
  const drawnApart = new Set(structure.otherLines.map((l) => l.contactId));
  for (const card of cards) {
    const managerId = structure.contacts.get(card.id)!.reportsToId;
    const manager = managerId && !drawnApart.has(card.id) ? at.get(managerId) : undefined;
    if (manager && managerId !== card.id && card.y < manager.y + manager.h)
      throw new Error(`${card.id} is not below ${managerId}`);
  }

  // Reporting lines run along the gaps: straight segments that cross no card on their way.
  const cell = 400;
  const grid = new Map<string, Rect[]>();
  const cellsOf = (r: Rect) => {
    const keys: string[] = [];
    for (let gx = Math.floor(r.x / cell); gx <= Math.floor((r.x + r.w) / cell); gx++)
      for (let gy = Math.floor(r.y / cell); gy <= Math.floor((r.y + r.h) / cell); gy++)
        keys.push(`${gx}:${gy}`);
    return keys;
  };
  for (const card of solid)
    for (const key of cellsOf(card)) grid.set(key, [...(grid.get(key) ?? []), card]);
  for (const edge of layout.lines) {
    const points = edge.points;
    for (let i = 1; i < points.length; i++) {
      const [p, q] = [points[i - 1]!, points[i]!];
      expect(p.x === q.x || p.y === q.y).toBe(true);
      const segment = {
        id: edge.id,
        x: Math.min(p.x, q.x),
        y: Math.min(p.y, q.y),
        w: Math.abs(p.x - q.x) || 1,
        h: Math.abs(p.y - q.y) || 1,
      };
      for (const key of cellsOf(segment))
        for (const card of grid.get(key) ?? [])
          if (card.id !== edge.source && card.id !== edge.target && overlaps(segment, card))
            throw new Error(`${edge.id} crosses ${card.id}`);
    }
  }
}

const open = (chart: Chart, all = true) => {
  const structure = buildOrgStructure(chart);
  const openUnits = all ? new Set(structure.units.keys()) : initialOpenUnits(structure);
  return { structure, openUnits, layout: layoutOrgChart(structure, openUnits, chart.influences) };
};

describe('layoutOrgChart', () => {
  it.each([8, 74, 600])('lays out a customer of %i people soundly, all open', (total) => {
    const { structure, openUnits, layout } = open(benchLike(total));
    expectSound(structure, openUnits, layout);
    // One line into everyone but the top: a department's into its box, the rest into cards.
    expect(layout.lines).toHaveLength(total - 1);
    expect(new Set(layout.lines.map((l) => l.target)).size).toBe(total - 1);
  });

  it(
    'lays out the biggest bench customer (5,707 people) soundly, as it opens and all open',
    {
      timeout: 30_000,
    },
    () => {
      const chart = benchLike(5707);
      for (const all of [false, true]) {
        const { structure, openUnits, layout } = open(chart, all);
        expectSound(structure, openUnits, layout);
      }
    },
  );

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    'lays out random chart %i soundly, open and half closed',
    (seed) => {
      const chart = randomChart(seed);
      const { structure, openUnits, layout } = open(chart);
      expectSound(structure, openUnits, layout);
      const half = new Set([...openUnits].filter((_, i) => i % 2 === 0));
      expectSound(structure, half, layoutOrgChart(structure, half, chart.influences));
    },
  );

  it.each([74, 600])('keeps %i people in a screen-like shape, not one long row', (total) => {
    const { layout } = open(benchLike(total));
    const aspect = layout.width / layout.height;
    expect(aspect).toBeGreaterThan(1 / 2.5);
    expect(aspect).toBeLessThan(2.5);
    // Dense too: the drawing is at most five times the area of its cards.
    expect(layout.width * layout.height).toBeLessThan(5 * total * CONTACT_WIDTH * CONTACT_HEIGHT);
  });

  it('lays out for the view it is shown in: taller for a phone than for a desktop', () => {
    const structure = buildOrgStructure(benchLike(74));
    const all = new Set(structure.units.keys());
    const desktop = layoutOrgChart(structure, all, [], 1.6);
    const phone = layoutOrgChart(structure, all, [], 0.5);
    expect(phone.width / phone.height).toBeLessThan(desktop.width / desktop.height);
    expectSound(structure, all, phone);
  });

  it('stacks leaf reports under their manager instead of a row', () => {
    const { layout } = open(
      chartOf(
        [],
        [person('boss', null, null), ...['a', 'b', 'c'].map((id) => person(id, null, 'boss'))],
      ),
    );
    const at = new Map(layout.nodes.map((n) => [n.id, n.position]));
    expect(new Set(['a', 'b', 'c'].map((id) => at.get(id)!.x)).size).toBe(1);
    expect(at.get('a')!.y).toBeLessThan(at.get('b')!.y);
    expect(at.get('b')!.y).toBeLessThan(at.get('c')!.y);
  });

  it('draws the demo shape: departments under the executive office, influence on top', () => {
    const { structure, openUnits, layout } = open(demoLike);
    expectSound(structure, openUnits, layout);
    const at = new Map(layout.nodes.map((n) => [n.id, rectOf(n)]));
    const exec = at.get('unit:exec')!;
    for (const id of ['unit:tech', 'unit:buy', 'loose'])
      expect(at.get(id)!.y).toBeGreaterThanOrEqual(exec.y + exec.h);
    expect(at.has('unit:empty')).toBe(false);
    expect(layout.edges.find((e) => e.id === 'influence:i1')).toMatchObject({
      source: 'secretary',
      target: 'gm',
      label: '●●',
    });
  });

  it('shows a closed department as a box with its headcount, its people and lines hidden', () => {
    const structure = buildOrgStructure(demoLike);
    const layout = layoutOrgChart(structure, new Set(['exec', 'buy']), demoLike.influences);
    const tech = layout.nodes.find((n) => n.id === 'unit:tech')!;
    expect(tech.data).toMatchObject({ open: false, headcount: 7 });
    expect(layout.nodes.some((n) => n.id === 'cto' || n.id === 'eng0')).toBe(false);
    expect(layout.lines.some((e) => e.target === 'eng0' || e.source === 'cto')).toBe(false);
    expect(layout.lines.some((e) => e.target === 'unit:tech')).toBe(true);
  });
});
