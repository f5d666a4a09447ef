import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import {
  contactKey,
  idOf,
  isUnitKey,
  TOP,
  type Chart,
  type ChartContact,
  type ChartUnit,
  type ItemKey,
  type OrgStructure,
} from './org-chart-structure';

export const CONTACT_WIDTH = 210;
export const CONTACT_HEIGHT = 84;
/** A closed department: its name and how many people it holds. */
export const CLOSED_UNIT_HEIGHT = 60;
export const UNIT_HEADER = 34;
const UNIT_PADDING = 14;
const UNIT_MIN_WIDTH = CONTACT_WIDTH + 2 * UNIT_PADDING;
/** Between siblings side by side, and from a parent to the row below it. */
const GAP_X = 24;
const GAP_Y = 48;
/** Between stacked siblings; the stack is indented, its line runs down the indent. */
const STACK_GAP = 14;
const INDENT = 28;
const TRUNK = INDENT / 2;
/** The drawing aims at a screen's shape: a chart wider than it is tall, but not a ribbon. */
export const TARGET_ASPECT = 1.6;
/**
 * Each part of the tree chooses row or stack by the shape it aims at; which aim makes the
 * whole drawing fit the view best depends on the tree, so the layout tries these (times the
 * view's own shape).
 */
const PART_ASPECTS = [0.3, 0.5, 0.7, 1, 1.4, 2];

export type ContactNodeData = { contact: ChartContact; highlighted?: boolean; picked?: boolean };
export type UnitNodeData = { unit: ChartUnit; open: boolean; headcount: number; level: number };
/** A reporting line as the layout routes it: from a card or box down to one that hangs under it. */
export type ReportingLine = {
  id: string;
  /** React Flow ids of the two ends. */
  source: string;
  target: string;
  points: { x: number; y: number }[];
};

/** Stance colours: green is with us, red against, grey undecided. */
export const STANCE_COLORS: Record<string, string> = {
  CHAMPION: '#2e7d32',
  SUPPORTER: '#66bb6a',
  NEUTRAL: '#9e9e9e',
  SKEPTIC: '#ffa726',
  OPPONENT: '#e53935',
};

/** A laid-out item with everything that hangs under it, in coordinates of its own. */
interface Block {
  /** null: a group of leaves in columns, which stands for them in a parent's row. */
  key: ItemKey | null;
  w: number;
  h: number;
  /** The item's own card or box. */
  box: { x: number; y: number; w: number; h: number };
  /** How its children hang: side by side, stacked down an indent, or leaves in columns. */
  arrange: 'row' | 'stack' | 'columns';
  kids: Placed[];
  /** An open department's own trees, inside its box. */
  inner: Placed[];
  /** For columns: the x of each column's vertical line. */
  trunks: number[];
}
interface Placed {
  block: Block;
  x: number;
  y: number;
  column: number;
}

const offAspect = (w: number, h: number, aim: number) => Math.abs(Math.log(w / h / aim));
const isLeaf = (block: Block) => block.kids.length === 0 && block.inner.length === 0;

/**
 * Leaves stacked in columns below an indent, columns about four times as tall as wide in
 * cards, so a manager of 40 people is a few short columns rather than one long row.
 */
function columns(leaves: Block[], top: number) {
  const count = Math.max(1, Math.min(leaves.length, Math.round(Math.sqrt(leaves.length / 4.7))));
  const perColumn = Math.ceil(leaves.length / count);
  const placed: Placed[] = [];
  const trunks: number[] = [];
  let x = INDENT;
  let height = 0;
  for (let column = 0; column * perColumn < leaves.length; column++) {
    const members = leaves.slice(column * perColumn, (column + 1) * perColumn);
    trunks.push(x - TRUNK);
    let y = top;
    for (const block of members) {
      placed.push({ block, x, y, column });
      y += block.h + STACK_GAP;
    }
    height = Math.max(height, y - STACK_GAP - top);
    x += Math.max(...members.map((b) => b.w)) + INDENT;
  }
  return { placed, trunks, w: x - INDENT, h: height };
}

/** A card or box with what hangs under it, arranged for the drawing's shape. */
function withKids(
  key: ItemKey,
  box: Block['box'],
  inner: Placed[],
  kids: Block[],
  aim: number,
): Block {
  const bare: Block = { key, w: box.w, h: box.h, box, arrange: 'row', kids: [], inner, trunks: [] };
  if (kids.length === 0) return bare;
  const leaves = kids.filter(isLeaf);
  const trees = kids.filter((k) => !isLeaf(k));
  if (trees.length === 0) {
    const group = columns(leaves, box.h + STACK_GAP);
    return {
      ...bare,
      w: Math.max(box.w, group.w),
      h: box.h + STACK_GAP + group.h,
      arrange: 'columns',
      kids: group.placed,
      trunks: group.trunks,
    };
  }

  // Side by side: the leaves as one group of columns, then each subtree.
  const rowItems: Block[] = [];
  if (leaves.length > 0) {
    const group = columns(leaves, 0);
    rowItems.push({
      key: null,
      w: group.w,
      h: group.h,
      box: { x: 0, y: 0, w: 0, h: 0 },
      arrange: 'columns',
      kids: group.placed,
      inner: [],
      trunks: group.trunks,
    });
  }
  rowItems.push(...trees);
  const rowWidth = rowItems.reduce((sum, b) => sum + b.w, 0) + GAP_X * (rowItems.length - 1);
  const rowHeight = Math.max(...rowItems.map((b) => b.h));
  const row = {
    w: Math.max(rowWidth, box.w),
    h: box.h + GAP_Y + rowHeight,
  };
  // Stacked: every child down the indent, leaves first.
  const stacked = [...leaves, ...trees];
  const stack = {
    w: Math.max(box.w, INDENT + Math.max(...stacked.map((b) => b.w))),
    h: box.h + stacked.reduce((sum, b) => sum + STACK_GAP + b.h, 0),
  };

  if (offAspect(row.w, row.h, aim) <= offAspect(stack.w, stack.h, aim)) {
    const boxX = Math.max(0, (rowWidth - box.w) / 2);
    let x = Math.max(0, (box.w - rowWidth) / 2);
    const placed = rowItems.map((block) => {
      const at = { block, x, y: box.h + GAP_Y, column: 0 };
      x += block.w + GAP_X;
      return at;
    });
    return {
      ...bare,
      ...row,
      box: { ...box, x: boxX },
      inner: inner.map((p) => ({ ...p, x: p.x + boxX })),
      arrange: 'row',
      kids: placed,
    };
  }
  let y = box.h + STACK_GAP;
  const placed = stacked.map((block) => {
    const at = { block, x: INDENT, y, column: 0 };
    y += block.h + STACK_GAP;
    return at;
  });
  return { ...bare, ...stack, arrange: 'stack', kids: placed };
}

/**
 * Trees that hang from nothing (a department's own, or the chart's) in rows, wrapped at the
 * width that gives their whole the drawing's shape.
 */
function rows(blocks: Block[], aim: number) {
  if (blocks.length === 0) return { placed: [] as Placed[], w: 0, h: 0 };
  const area = blocks.reduce((sum, b) => sum + (b.w + GAP_X) * (b.h + GAP_Y), 0);
  const widest = Math.max(...blocks.map((b) => b.w));
  const wrapAt = Math.max(widest, Math.sqrt(area * aim));
  const placed: Placed[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const block of blocks) {
    if (x > 0 && x + block.w > wrapAt) {
      y += rowHeight + GAP_Y;
      x = 0;
      rowHeight = 0;
    }
    placed.push({ block, x, y, column: 0 });
    width = Math.max(width, x + block.w);
    x += block.w + GAP_X;
    rowHeight = Math.max(rowHeight, block.h);
  }
  return { placed, w: width, h: y + rowHeight };
}

function layoutItem(
  structure: OrgStructure,
  open: ReadonlySet<string>,
  key: ItemKey,
  aim: number,
): Block {
  const kids = (structure.childrenOf.get(key) ?? []).map((kid) =>
    layoutItem(structure, open, kid, aim),
  );
  if (!isUnitKey(key))
    return withKids(key, { x: 0, y: 0, w: CONTACT_WIDTH, h: CONTACT_HEIGHT }, [], kids, aim);
  const unitId = idOf(key);
  if (!open.has(unitId))
    return withKids(key, { x: 0, y: 0, w: CONTACT_WIDTH, h: CLOSED_UNIT_HEIGHT }, [], kids, aim);
  const content = rows(
    (structure.rootsOf.get(unitId) ?? []).map((inner) => layoutItem(structure, open, inner, aim)),
    aim,
  );
  const inner = content.placed.map((p) => ({
    ...p,
    x: p.x + UNIT_PADDING,
    y: p.y + UNIT_HEADER,
  }));
  const box = {
    x: 0,
    y: 0,
    w: Math.max(UNIT_MIN_WIDTH, content.w + 2 * UNIT_PADDING),
    h: UNIT_HEADER + content.h + UNIT_PADDING,
  };
  return withKids(key, box, inner, kids, aim);
}

export interface OrgChartLayout {
  nodes: Node[];
  /** The tree's reporting lines: drawn as one path, not as thousands of edges. */
  lines: ReportingLine[];
  /** Influence edges and the reporting lines the tree cannot show, for React Flow. */
  edges: Edge[];
  width: number;
  height: number;
}

/**
 * Where a node's edges attach, known before it is drawn: React Flow otherwise draws every
 * new node once to measure it, which for a big chart opened whole is thousands of cards
 * drawn for nothing (only those on screen are kept).
 */
const handlesOf = (w: number, h: number): NodeHandle[] => [
  { type: 'target', position: Position.Top, x: w / 2 - 0.5, y: 0, width: 1, height: 1 },
  { type: 'source', position: Position.Bottom, x: w / 2 - 0.5, y: h - 1, width: 1, height: 1 },
];

const CARD_HANDLES = handlesOf(CONTACT_WIDTH, CONTACT_HEIGHT);

/** React Flow's id of an item's node: a contact's own id, a department's prefixed. */
export const nodeIdOf = (key: ItemKey) => (isUnitKey(key) ? `unit:${idOf(key)}` : idOf(key));

/**
 * Lays out the open part of an org chart, in time linear in what is shown.
 *
 * A compact tree, as org-chart tools draw one: a manager's leaf reports stacked in columns
 * under them, managers' subtrees side by side or stacked down an indent — whichever keeps
 * that part of the drawing nearer the view's shape (`viewAspect`, width over height: a
 * phone's view is tall, a desktop's wide) — and departments as boxes around their
 * people (a closed one as a small box with its headcount). Reporting lines are routed here
 * as polylines along the gaps; influence edges and the reporting lines the tree cannot
 * show are left to React Flow.
 */
export function layoutOrgChart(
  structure: OrgStructure,
  open: ReadonlySet<string>,
  influences: Chart['influences'],
  viewAspect = TARGET_ASPECT,
): OrgChartLayout {
  const roots = structure.rootsOf.get(TOP) ?? [];
  // The drawing that needs the least zoom-out to fit the view.
  const top = PART_ASPECTS.map((part) =>
    rows(
      roots.map((key) => layoutItem(structure, open, key, part * viewAspect)),
      viewAspect,
    ),
  ).reduce((best, next) =>
    Math.max(next.w, next.h * viewAspect) < Math.max(best.w, best.h * viewAspect) ? next : best,
  );
  const units: Node[] = [];
  const cards: Node[] = [];
  const edges: Edge[] = [];
  const placedAt = new Map<string, { x: number; y: number }>();

  const entryY = (key: ItemKey, box: Block['box']) =>
    isUnitKey(key) && open.has(idOf(key)) ? UNIT_HEADER / 2 : box.h / 2;
  const lines: ReportingLine[] = [];
  const line = (from: ItemKey, to: ItemKey, route: { x: number; y: number }[]) =>
    lines.push({
      id: `reports:${to}`,
      source: nodeIdOf(from),
      target: nodeIdOf(to),
      points: route.filter((p, i) => i === 0 || p.x !== route[i - 1]!.x || p.y !== route[i - 1]!.y),
    });

  const place = (block: Block, ox: number, oy: number, depth: number) => {
    const bx = ox + block.box.x;
    const by = oy + block.box.y;
    const key = block.key;
    if (key !== null) {
      const id = idOf(key);
      if (isUnitKey(key)) {
        units.push({
          id: nodeIdOf(key),
          type: 'unit',
          position: { x: bx, y: by },
          width: block.box.w,
          height: block.box.h,
          handles: handlesOf(block.box.w, block.box.h),
          data: {
            unit: structure.units.get(id)!,
            open: open.has(id),
            headcount: structure.headcount.get(id) ?? 0,
            level: structure.level.get(id) ?? 1,
          } satisfies UnitNodeData,
          zIndex: depth,
          draggable: false,
          selectable: false,
        });
      } else {
        placedAt.set(id, { x: bx, y: by });
        cards.push({
          id,
          type: 'contact',
          position: { x: bx, y: by },
          width: CONTACT_WIDTH,
          height: CONTACT_HEIGHT,
          handles: CARD_HANDLES,
          data: { contact: structure.contacts.get(id)! } satisfies ContactNodeData,
          zIndex: 1000,
          draggable: false,
        });
      }
    }
    for (const p of block.inner) place(p.block, ox + p.x, oy + p.y, depth + 1);
    for (const p of block.kids) place(p.block, ox + p.x, oy + p.y, depth);
    if (key === null) return;

    const bottom = by + block.box.h;
    const leafLine = (leaf: Placed, gx: number, gy: number, trunks: number[], from: number[][]) => {
      const leafKey = leaf.block.key!;
      const lx = gx + leaf.x;
      const ly = gy + leaf.y + entryY(leafKey, leaf.block.box);
      const trunk = gx + trunks[leaf.column]!;
      const points = [...from, [trunk, from[from.length - 1]![1]!], [trunk, ly], [lx, ly]];
      line(
        key,
        leafKey,
        points.map(([x, y]) => ({ x: x!, y: y! })),
      );
    };
    if (block.arrange === 'columns') {
      const sx = bx + TRUNK;
      for (const leaf of block.kids)
        leafLine(
          leaf,
          ox,
          oy,
          block.trunks,
          leaf.column === 0
            ? [[sx, bottom]]
            : [
                [sx, bottom],
                [sx, bottom + STACK_GAP / 2],
              ],
        );
    } else if (block.arrange === 'row') {
      const sx = bx + block.box.w / 2;
      const bus = bottom + GAP_Y / 2;
      for (const kid of block.kids) {
        const kx = ox + kid.x;
        const ky = oy + kid.y;
        if (kid.block.key === null) {
          for (const leaf of kid.block.kids)
            leafLine(leaf, kx, ky, kid.block.trunks, [
              [sx, bottom],
              [sx, bus],
            ]);
          continue;
        }
        const tx = kx + kid.block.box.x + kid.block.box.w / 2;
        line(key, kid.block.key, [
          { x: sx, y: bottom },
          { x: sx, y: bus },
          { x: tx, y: bus },
          { x: tx, y: ky + kid.block.box.y },
        ]);
      }
    } else {
      const sx = bx + TRUNK;
      for (const kid of block.kids) {
        const kidKey = kid.block.key!;
        const ty = oy + kid.y + kid.block.box.y + entryY(kidKey, kid.block.box);
        line(key, kidKey, [
          { x: sx, y: bottom },
          { x: sx, y: ty },
          { x: ox + kid.x + kid.block.box.x, y: ty },
        ]);
      }
    }
  };
  for (const p of top.placed) place(p.block, p.x, p.y, 0);

  for (const { contactId, managerId } of structure.otherLines)
    if (placedAt.has(contactId) && placedAt.has(managerId))
      edges.push({
        id: `reports:${contactKey(contactId)}`,
        source: managerId,
        target: contactId,
        style: { stroke: '#b0bec5' },
        zIndex: 500,
        focusable: false,
      });
  for (const e of influences)
    if (placedAt.has(e.fromContactId) && placedAt.has(e.toContactId))
      edges.push({
        id: `influence:${e.id}`,
        source: e.fromContactId,
        target: e.toContactId,
        label: `${'●'.repeat(e.strength)}${e.note ? ` ${e.note}` : ''}`,
        style: { strokeDasharray: '6 4', stroke: '#7e57c2', strokeWidth: 1.5 },
        data: { kind: 'influence', influenceId: e.id },
        zIndex: 600,
        interactionWidth: 16,
      });

  // Outer boxes first, so a box inside another draws over it and every card over both.
  units.sort((a, b) => (a.zIndex ?? 0) - (b.zIndex ?? 0));
  return { nodes: [...units, ...cards], lines, edges, width: top.w, height: top.h };
}
