import { describe, expect, it } from 'vitest';
import { CONTACT_WIDTH, layoutOrgChart } from './org-chart-layout';
import {
  OPENING_OVERFLOW,
  openingViewport,
  READABLE_ZOOM,
  readableOpening,
  zoomToFit,
  type ChartView,
  type Margins,
} from './org-chart-opening';
import { buildOrgStructure, initialOpenUnits, unitsOpenTo } from './org-chart-structure';
import { benchLike } from './test-charts';

const MARGINS: Margins = { top: 16, left: 16, right: 16, bottom: 142 };
/** The chart's pane on a 1440 × 900 screen, a 1280 × 720 laptop and a 390 px phone. */
const PANES = {
  wide: { width: 1094, height: 640 },
  laptop: { width: 1022, height: 500 },
  phone: { width: 372, height: 470 },
};
const viewOf = (pane: { width: number; height: number }): ChartView => {
  const width = pane.width - MARGINS.left - MARGINS.right;
  const height = pane.height - MARGINS.top - MARGINS.bottom;
  return { width, height, aspect: Math.round((width / height) * 5) / 5 };
};

describe('the departments a chart opens with', () => {
  for (const total of [8, 74, 599, 5707])
    for (const [name, pane] of Object.entries(PANES))
      it(`opens ${total} people on a ${name} pane as deep as still reads`, () => {
        const structure = buildOrgStructure(benchLike(total));
        const view = viewOf(pane);
        const open = readableOpening(structure, view);
        const zoom = zoomToFit(layoutOrgChart(structure, open, [], view.aspect), view);
        const levels = Math.max(0, ...[...open].map((u) => structure.level.get(u)!));
        const deepest = Math.max(
          ...[...initialOpenUnits(structure)].map((u) => structure.level.get(u)!),
        );
        // Never deeper than a chart opens by its size alone, never shut at the top.
        expect(levels).toBeLessThanOrEqual(deepest);
        expect(levels).toBeGreaterThanOrEqual(1);
        expect(open).toEqual(unitsOpenTo(structure, levels));
        // At a readable size, no more than a little bigger than the view.
        if (levels > 1) expect(zoom * OPENING_OVERFLOW).toBeGreaterThanOrEqual(READABLE_ZOOM);
        // The deepest that does: one level more would not (or there is none more to open).
        if (levels < deepest) {
          const deeper = unitsOpenTo(structure, levels + 1);
          expect(
            zoomToFit(layoutOrgChart(structure, deeper, [], view.aspect), view) * OPENING_OVERFLOW,
          ).toBeLessThan(READABLE_ZOOM);
        }
      });

  it('opens a small customer whole, even where that takes a little panning', () => {
    const structure = buildOrgStructure(benchLike(8));
    for (const pane of [PANES.wide, PANES.laptop])
      expect(readableOpening(structure, viewOf(pane))).toEqual(new Set(structure.units.keys()));
  });

  it('opens 74 people on a laptop shallower than whole: whole, their names would be specks', () => {
    const structure = buildOrgStructure(benchLike(74));
    const view = viewOf(PANES.laptop);
    const whole = layoutOrgChart(structure, initialOpenUnits(structure), [], view.aspect);
    expect(zoomToFit(whole, view)).toBeLessThan(READABLE_ZOOM);
    expect(readableOpening(structure, view).size).toBeLessThan(structure.units.size);
  });
});

describe('where the view opens', () => {
  const laidOut = (total: number, levels: number, aspect: number) => {
    const structure = buildOrgStructure(benchLike(total));
    return layoutOrgChart(structure, unitsOpenTo(structure, levels), [], aspect);
  };
  /** Each node's box on screen for a viewport. */
  const onScreen = (
    nodes: ReturnType<typeof laidOut>['nodes'],
    viewport: { x: number; y: number; zoom: number },
  ) =>
    nodes.map((node) => ({
      node,
      left: viewport.x + node.position.x * viewport.zoom,
      top: viewport.y + node.position.y * viewport.zoom,
      right: viewport.x + (node.position.x + node.width!) * viewport.zoom,
      bottom: viewport.y + (node.position.y + node.height!) * viewport.zoom,
    }));

  it('shows a chart that reads whole, whole, centred and clear of the margins', () => {
    const pane = PANES.wide;
    const { nodes } = laidOut(8, 3, viewOf(pane).aspect);
    const viewport = openingViewport(nodes, pane, MARGINS);
    expect(viewport.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(viewport.zoom).toBeLessThanOrEqual(1);
    const boxes = onScreen(nodes, viewport);
    const left = Math.min(...boxes.map((b) => b.left));
    const right = Math.max(...boxes.map((b) => b.right));
    expect(left).toBeGreaterThanOrEqual(MARGINS.left - 0.5);
    expect(right).toBeLessThanOrEqual(pane.width - MARGINS.right + 0.5);
    expect(Math.abs(left - MARGINS.left - (pane.width - MARGINS.right - right))).toBeLessThan(1);
    expect(Math.min(...boxes.map((b) => b.top))).toBeGreaterThanOrEqual(MARGINS.top - 0.5);
    expect(Math.max(...boxes.map((b) => b.bottom))).toBeLessThanOrEqual(
      pane.height - MARGINS.bottom + 0.5,
    );
  });

  for (const [name, pane] of Object.entries(PANES))
    it(`opens a chart too big to read whole at a readable size, its head in view (${name})`, () => {
      const { nodes } = laidOut(5707, 4, viewOf(pane).aspect);
      const viewport = openingViewport(nodes, pane, MARGINS);
      expect(viewport.zoom).toBe(READABLE_ZOOM);
      const boxes = onScreen(nodes, viewport);
      // The top of the chart at the top margin.
      expect(Math.min(...boxes.map((b) => b.top))).toBeCloseTo(MARGINS.top);
      // The head (the topmost person) in view across.
      const head = boxes
        .filter((b) => b.node.type === 'contact')
        .reduce((best, b) => (b.top < best.top ? b : best));
      expect(head.left).toBeGreaterThanOrEqual(0);
      expect(head.right).toBeLessThanOrEqual(pane.width);
      // No empty band beside the chart: its edges are not inside the usable part.
      expect(Math.min(...boxes.map((b) => b.left))).toBeLessThanOrEqual(MARGINS.left + 0.5);
      expect(Math.max(...boxes.map((b) => b.right))).toBeGreaterThanOrEqual(
        pane.width - MARGINS.right - 0.5,
      );
    });

  it('centres a narrow but tall chart across and shows its top', () => {
    const pane = { width: 1094, height: 300 };
    const { nodes } = laidOut(74, 4, 0.4);
    const viewport = openingViewport(nodes, pane, MARGINS);
    const boxes = onScreen(nodes, viewport);
    const left = Math.min(...boxes.map((b) => b.left));
    const right = Math.max(...boxes.map((b) => b.right));
    if (right - left <= pane.width - MARGINS.left - MARGINS.right) {
      expect(Math.abs(left - MARGINS.left - (pane.width - MARGINS.right - right))).toBeLessThan(1);
    }
    expect(Math.min(...boxes.map((b) => b.top))).toBeCloseTo(MARGINS.top);
    expect(viewport.zoom).toBe(READABLE_ZOOM);
    expect(CONTACT_WIDTH * viewport.zoom).toBeGreaterThan(160);
  });
});
