import type { OrgChartQuery } from '../gql/graphql';

export type Chart = NonNullable<OrgChartQuery['orgChart']>;
export type ChartContact = Chart['contacts'][number];
export type ChartUnit = Chart['units'][number];

/** A thing drawn on the chart: a contact's card or a department's box. */
export type ItemKey = `c:${string}` | `u:${string}`;
export const contactKey = (id: string): ItemKey => `c:${id}`;
export const unitKey = (id: string): ItemKey => `u:${id}`;
export const isUnitKey = (key: ItemKey) => key.startsWith('u:');
export const idOf = (key: ItemKey) => key.slice(2);

/** The top of the chart, outside every department's box. */
export const TOP = '';

/**
 * What hangs where, whatever is open: built once per chart in linear time.
 *
 * Every department draws as a box holding its people and its sub-departments. Inside one
 * box (or at the top), an item hangs under the card of the person it reports to when that
 * person sits in the same box; when that person sits in a sibling department, it hangs
 * under that department's box (the demo's departments are flat, and their heads report to
 * the general manager in the executive office); otherwise it starts a tree of its own.
 * A department reports where its head reports.
 */
export interface OrgStructure {
  contacts: Map<string, ChartContact>;
  /** Departments drawn: those with somebody in them or in a department below them. */
  units: Map<string, ChartUnit>;
  /** The department whose box holds a contact or a department (TOP: none). */
  containerOf: Map<ItemKey, string>;
  /** The items that start a tree inside a department's box (TOP: the chart's own). */
  rootsOf: Map<string, ItemKey[]>;
  /** What hangs under an item: a card's reports, a box's departments, in chart order. */
  childrenOf: Map<ItemKey, ItemKey[]>;
  /** Contacts in a department and every department inside it. */
  headcount: Map<string, number>;
  /** 1 for a department at the top, one more for each box or department it hangs in. */
  level: Map<string, number>;
  /**
   * Reporting lines the tree does not show (a second head of a department, a report
   * living in a department far from their manager's): drawn as plain lines when both
   * ends are shown.
   */
  otherLines: { contactId: string; managerId: string }[];
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Parent links with every cycle cut (the first item met on a cycle becomes a root). */
function cutCycles<K>(keys: Iterable<K>, parent: Map<K, K>): void {
  const state = new Map<K, 1 | 2>();
  for (const start of keys) {
    const path: K[] = [];
    let key: K | undefined = start;
    while (key !== undefined && !state.has(key)) {
      state.set(key, 1);
      path.push(key);
      key = parent.get(key);
    }
    if (key !== undefined && state.get(key) === 1) parent.delete(key);
    for (const done of path) state.set(done, 2);
  }
}

/** "Team 2" before "Team 10": departments are often numbered. */
const naturalOrder = new Intl.Collator(undefined, { numeric: true });

export function buildOrgStructure(given: Chart): OrgStructure {
  const chart = {
    units: [...given.units].sort((a, b) => naturalOrder.compare(a.name, b.name)),
    contacts: [...given.contacts].sort((a, b) => naturalOrder.compare(a.name, b.name)),
  };
  const contacts = new Map(chart.contacts.map((c) => [c.id, c]));
  const allUnits = new Map(chart.units.map((u) => [u.id, u]));

  const unitParent = new Map<string, string>();
  for (const unit of chart.units)
    if (unit.parentId && unit.parentId !== unit.id && allUnits.has(unit.parentId))
      unitParent.set(unit.id, unit.parentId);
  cutCycles(allUnits.keys(), unitParent);

  const headcount = new Map<string, number>();
  for (const contact of chart.contacts) {
    let unit = contact.orgUnitId && allUnits.has(contact.orgUnitId) ? contact.orgUnitId : undefined;
    while (unit !== undefined) {
      headcount.set(unit, (headcount.get(unit) ?? 0) + 1);
      unit = unitParent.get(unit);
    }
  }
  const units = new Map(chart.units.filter((u) => headcount.has(u.id)).map((u) => [u.id, u]));
  const containerOf = new Map<ItemKey, string>();
  for (const unit of units.values())
    containerOf.set(unitKey(unit.id), unitParent.get(unit.id) ?? TOP);
  const homeOf = (contactId: string) => {
    const unitId = contacts.get(contactId)?.orgUnitId;
    return unitId && units.has(unitId) ? unitId : TOP;
  };
  for (const contact of chart.contacts) containerOf.set(contactKey(contact.id), homeOf(contact.id));
  const managerOf = (contact: ChartContact) =>
    contact.reportsToId && contact.reportsToId !== contact.id && contacts.has(contact.reportsToId)
      ? contact.reportsToId
      : undefined;
  /** Whether a department's box is `unitId` or lies inside it. */
  const within = (unit: string, ancestor: string) => {
    for (let u: string | undefined = unit; u !== undefined; u = unitParent.get(u))
      if (u === ancestor) return true;
    return false;
  };

  // A department reports where its head does: the first of its people whose manager sits
  // outside it, else the first of its sub-departments that reports outside it.
  const anchorOf = new Map<string, { managerId: string; contactId: string }>();
  const depthOf = new Map<string, number>();
  for (const unit of units.keys()) {
    let d = 0;
    for (let u = unitParent.get(unit); u !== undefined; u = unitParent.get(u)) d++;
    depthOf.set(unit, d);
  }
  // Deepest first: a department may borrow the anchor of one below it.
  const unitsByDepth = [...units.keys()].sort((a, b) => depthOf.get(b)! - depthOf.get(a)!);
  const heads = new Map<string, ChartContact[]>();
  for (const contact of chart.contacts) {
    const home = homeOf(contact.id);
    const manager = managerOf(contact);
    if (home !== TOP && manager && !within(homeOf(manager), home)) append(heads, home, contact);
  }
  const subUnits = new Map<string, string[]>();
  for (const unit of units.values()) {
    const parent = unitParent.get(unit.id);
    if (parent !== undefined) append(subUnits, parent, unit.id);
  }
  for (const unit of unitsByDepth) {
    const head = heads.get(unit)?.[0];
    if (head) {
      anchorOf.set(unit, { managerId: managerOf(head)!, contactId: head.id });
      continue;
    }
    for (const sub of subUnits.get(unit) ?? []) {
      const anchor = anchorOf.get(sub);
      if (anchor && !within(homeOf(anchor.managerId), unit)) {
        anchorOf.set(unit, anchor);
        break;
      }
    }
  }

  // Under whom each item hangs, inside its own box, and whose reporting line that shows.
  const parentOf = new Map<ItemKey, ItemKey>();
  const lineOf = new Map<ItemKey, string>();
  const hangUnder = (key: ItemKey, managerId: string, contactId: string) => {
    const container = containerOf.get(key)!;
    const managerHome = homeOf(managerId);
    let parent: ItemKey | undefined;
    if (managerHome === container) {
      parent = contactKey(managerId);
    } else {
      let sibling: string | undefined = managerHome === TOP ? undefined : managerHome;
      while (sibling !== undefined && (unitParent.get(sibling) ?? TOP) !== container)
        sibling = unitParent.get(sibling);
      if (sibling !== undefined && unitKey(sibling) !== key) parent = unitKey(sibling);
    }
    if (parent === undefined) return;
    parentOf.set(key, parent);
    lineOf.set(key, contactId);
  };
  for (const contact of chart.contacts) {
    const manager = managerOf(contact);
    if (manager) hangUnder(contactKey(contact.id), manager, contact.id);
  }
  for (const [unit, anchor] of anchorOf)
    hangUnder(unitKey(unit), anchor.managerId, anchor.contactId);
  const items: ItemKey[] = [
    ...chart.contacts.map((c) => contactKey(c.id)),
    ...[...units.keys()].map(unitKey),
  ];
  cutCycles(items, parentOf);
  const shownLine = new Set([...parentOf.keys()].map((key) => lineOf.get(key)!));

  const rootsOf = new Map<string, ItemKey[]>([[TOP, []]]);
  const childrenOf = new Map<ItemKey, ItemKey[]>();
  for (const key of items) {
    const parent = parentOf.get(key);
    if (parent === undefined) append(rootsOf, containerOf.get(key)!, key);
    else append(childrenOf, parent, key);
  }
  const otherLines = chart.contacts.flatMap((contact) => {
    const managerId = managerOf(contact);
    return managerId && !shownLine.has(contact.id) ? [{ contactId: contact.id, managerId }] : [];
  });

  const level = new Map<string, number>();
  const visit = (key: ItemKey, depthHere: number) => {
    let below = depthHere;
    if (isUnitKey(key)) {
      level.set(idOf(key), depthHere);
      below = depthHere + 1;
      for (const inner of rootsOf.get(idOf(key)) ?? []) visit(inner, below);
    }
    for (const child of childrenOf.get(key) ?? []) visit(child, below);
  };
  for (const root of rootsOf.get(TOP)!) visit(root, 1);

  return { contacts, units, containerOf, rootsOf, childrenOf, headcount, level, otherLines };
}

/** Up to this many people, a chart opens with every department open. */
export const OPEN_ALL_UP_TO = 150;
/** A bigger chart opens at most this many levels of departments. */
export const OPEN_LEVELS = 2;

/**
 * How many levels of departments a chart opens with: all of them for a small customer; for a
 * big one, level after level from the top while no more than OPEN_ALL_UP_TO people show, and
 * never deeper than OPEN_LEVELS. The view may open it shallower still (org-chart-opening.ts).
 */
export function initialOpenLevels(structure: OrgStructure): number {
  const deepest = Math.max(0, ...structure.level.values());
  if (structure.contacts.size <= OPEN_ALL_UP_TO) return deepest;
  const levelOf = (unit: string) => structure.level.get(unit) ?? Number.MAX_SAFE_INTEGER;
  const shownAt = (levels: number) => {
    let shown = 0;
    for (const contact of structure.contacts.values()) {
      const home = structure.containerOf.get(contactKey(contact.id))!;
      if (home === TOP || levelOf(home) <= levels) shown++;
    }
    return shown;
  };
  let levels = 0;
  while (levels < Math.min(OPEN_LEVELS, deepest) && shownAt(levels + 1) <= OPEN_ALL_UP_TO) levels++;
  return levels;
}

/** The departments of the top `levels` levels (1 is the outermost). */
export function unitsOpenTo(structure: OrgStructure, levels: number): Set<string> {
  return new Set(
    [...structure.units.keys()].filter((unit) => (structure.level.get(unit) ?? Infinity) <= levels),
  );
}

/** The departments open when a chart opens, before the view's size is considered. */
export const initialOpenUnits = (structure: OrgStructure) =>
  unitsOpenTo(structure, initialOpenLevels(structure));

/** The departments to open for a contact to show: their own and every box around it. */
export function unitsAround(structure: OrgStructure, contactId: string): string[] {
  const around: string[] = [];
  let unit = structure.containerOf.get(contactKey(contactId));
  while (unit !== undefined && unit !== TOP) {
    around.push(unit);
    unit = structure.containerOf.get(unitKey(unit));
  }
  return around;
}

/** Whether a contact shows when these departments are open. */
export function isShown(structure: OrgStructure, open: ReadonlySet<string>, contactId: string) {
  return unitsAround(structure, contactId).every((unit) => open.has(unit));
}

/**
 * Contacts whose name or title holds the text (any case), names that begin with it first,
 * at most `limit` of them.
 */
export function searchContacts(
  contacts: readonly ChartContact[],
  text: string,
  limit = 20,
): ChartContact[] {
  const needle = text.trim().toLocaleLowerCase();
  if (!needle) return [];
  const starts: ChartContact[] = [];
  const holds: ChartContact[] = [];
  for (const contact of contacts) {
    const name = contact.name.toLocaleLowerCase();
    if (name.startsWith(needle)) starts.push(contact);
    else if (name.includes(needle) || contact.title?.toLocaleLowerCase().includes(needle))
      holds.push(contact);
    if (starts.length >= limit) break;
  }
  return [...starts, ...holds].slice(0, limit);
}
