import { getNodesBounds, type Node, type Viewport } from '@xyflow/react';
import { CONTACT_WIDTH, layoutOrgChart } from './org-chart-layout';
import { initialOpenLevels, unitsOpenTo, type OrgStructure } from './org-chart-structure';

/**
 * The least zoom a chart opens at: a card's name (14 px) reads at 11 px, a department's (13 px)
 * at 10. Fitting a 74-person chart whole into a laptop's view drew names at 4 px — a picture of
 * the chart, not something to read.
 */
export const READABLE_ZOOM = 0.8;
/**
 * How much bigger than the view a chart may open at READABLE_ZOOM, across or down: a little
 * panning shows a small customer whole; more than that, and departments open closed.
 */
export const OPENING_OVERFLOW = 1.5;

/** The part of the pane a chart may use, in px, and the pane's shape for the layout. */
export interface ChartView {
  width: number;
  height: number;
  aspect: number;
}

/** How far the view must zoom out for `size` to fit it whole, never zooming in past 1. */
export const zoomToFit = (
  size: { width: number; height: number },
  view: { width: number; height: number },
) => Math.min(1, view.width / size.width, view.height / size.height);

/**
 * The departments a chart opens with: as many levels as initialOpenLevels allows, fewer while
 * the chart at READABLE_ZOOM would be more than OPENING_OVERFLOW times the view — the top
 * department stays open so that the people at the top are always shown. Closed departments
 * show their headcount and open in place, so the rest is a click away.
 */
export function readableOpening(structure: OrgStructure, view: ChartView): Set<string> {
  const deepest = initialOpenLevels(structure);
  const floor = Math.min(1, deepest);
  for (let levels = deepest; levels > floor; levels--) {
    const open = unitsOpenTo(structure, levels);
    const fitted = zoomToFit(layoutOrgChart(structure, open, [], view.aspect), view);
    if (fitted * OPENING_OVERFLOW >= READABLE_ZOOM) return open;
  }
  return unitsOpenTo(structure, floor);
}

/** Space kept clear around the chart in the pane, in px (the minimap and zoom buttons below). */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Where the view opens on a laid-out chart in a pane of `width` × `height` px: the whole chart
 * centred when it fits at READABLE_ZOOM or more; otherwise at READABLE_ZOOM with its top in
 * view, centred on the topmost person (the chart's head) as far as the chart's edges allow.
 */
export function openingViewport(
  nodes: Node[],
  pane: { width: number; height: number },
  margins: Margins,
): Viewport {
  if (nodes.length === 0) return { x: 0, y: 0, zoom: 1 };
  const bounds = getNodesBounds(nodes);
  const [left, top] = [bounds.x, bounds.y];
  const right = left + bounds.width;
  const view = {
    width: Math.max(1, pane.width - margins.left - margins.right),
    height: Math.max(1, pane.height - margins.top - margins.bottom),
  };
  const size = { width: bounds.width, height: bounds.height };
  const fitted = zoomToFit(size, view);
  const zoom = Math.max(fitted, READABLE_ZOOM);
  const centredX = margins.left + (view.width - size.width * zoom) / 2 - left * zoom;
  if (zoom === fitted)
    return {
      x: centredX,
      y: margins.top + (view.height - size.height * zoom) / 2 - top * zoom,
      zoom,
    };
  const y = margins.top - top * zoom;
  if (size.width * zoom <= view.width) return { x: centredX, y, zoom };
  const head = nodes
    .filter((node) => node.type === 'contact')
    .reduce<Node | undefined>(
      (best, node) => (best === undefined || node.position.y < best.position.y ? node : best),
      undefined,
    );
  const middle = head ? head.position.x + CONTACT_WIDTH / 2 : left + size.width / 2;
  const x = margins.left + view.width / 2 - middle * zoom;
  // Neither edge of the chart pulled inside the view's edges: no empty band beside it.
  return {
    x: Math.min(margins.left - left * zoom, Math.max(x, margins.left + view.width - right * zoom)),
    y,
    zoom,
  };
}
