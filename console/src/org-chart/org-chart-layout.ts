import dagre from '@dagrejs/dagre';
import type { Edge, Node } from '@xyflow/react';
import type { OrgChartQuery } from '../gql/graphql';

export const CONTACT_WIDTH = 210;
export const CONTACT_HEIGHT = 84;
const UNIT_PADDING = 24;

export type ContactNodeData = { contact: ChartContact; unitName: string | null };
export type UnitNodeData = { name: string; kind: string };

/** Stance colours: green is with us, red against, grey undecided. */
export const STANCE_COLORS: Record<string, string> = {
  CHAMPION: '#2e7d32',
  SUPPORTER: '#66bb6a',
  NEUTRAL: '#9e9e9e',
  SKEPTIC: '#ffa726',
  OPPONENT: '#e53935',
};

type Chart = NonNullable<OrgChartQuery['orgChart']>;
type ChartContact = Chart['contacts'][number];

/**
 * Lays out an org chart with dagre: contacts top-down along reporting lines, grouped in
 * one box per unit (a compound graph). Reporting lines are solid edges from boss to
 * report; influence edges are dashed and labelled with their strength.
 */
export function layoutOrgChart(chart: Chart): { nodes: Node[]; edges: Edge[] } {
  const g = new dagre.graphlib.Graph({ compound: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 56, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const units = new Map(chart.units.map((u) => [u.id, u]));
  const usedUnits = new Set(
    chart.contacts.map((c) => c.orgUnitId).filter((id): id is string => !!id && units.has(id)),
  );
  for (const unitId of usedUnits)
    g.setNode(`unit:${unitId}`, {
      paddingTop: UNIT_PADDING + 12,
      paddingLeft: UNIT_PADDING,
      paddingRight: UNIT_PADDING,
      paddingBottom: UNIT_PADDING,
    });
  const ids = new Set(chart.contacts.map((c) => c.id));
  for (const contact of chart.contacts) {
    g.setNode(contact.id, { width: CONTACT_WIDTH, height: CONTACT_HEIGHT });
    if (contact.orgUnitId && usedUnits.has(contact.orgUnitId))
      g.setParent(contact.id, `unit:${contact.orgUnitId}`);
  }
  for (const contact of chart.contacts) {
    if (contact.reportsToId && ids.has(contact.reportsToId))
      g.setEdge(contact.reportsToId, contact.id);
  }
  dagre.layout(g);

  const nodes: Node[] = [];
  const unitBox = new Map<string, { x: number; y: number }>();
  for (const unitId of usedUnits) {
    const box = g.node(`unit:${unitId}`);
    const x = box.x - box.width / 2;
    const y = box.y - box.height / 2;
    unitBox.set(unitId, { x, y });
    const unit = units.get(unitId)!;
    nodes.push({
      id: `unit:${unitId}`,
      type: 'unit',
      position: { x, y },
      data: { name: unit.name, kind: unit.kind } satisfies UnitNodeData,
      style: { width: box.width, height: box.height },
      selectable: false,
      draggable: false,
    });
  }
  for (const contact of chart.contacts) {
    const box = g.node(contact.id);
    const parent = contact.orgUnitId ? unitBox.get(contact.orgUnitId) : undefined;
    const x = box.x - CONTACT_WIDTH / 2;
    const y = box.y - CONTACT_HEIGHT / 2;
    nodes.push({
      id: contact.id,
      type: 'contact',
      position: parent ? { x: x - parent.x, y: y - parent.y } : { x, y },
      ...(parent ? { parentId: `unit:${contact.orgUnitId}`, extent: 'parent' as const } : {}),
      data: {
        contact,
        unitName: contact.orgUnitId ? (units.get(contact.orgUnitId)?.name ?? null) : null,
      } satisfies ContactNodeData,
    });
  }
  const edges: Edge[] = [
    ...chart.contacts
      .filter((c) => c.reportsToId && ids.has(c.reportsToId))
      .map((c) => ({
        id: `reports:${c.id}`,
        source: c.reportsToId!,
        target: c.id,
        type: 'smoothstep',
        data: { kind: 'reports' },
      })),
    ...chart.influences
      .filter((e) => ids.has(e.fromContactId) && ids.has(e.toContactId))
      .map((e) => ({
        id: `influence:${e.id}`,
        source: e.fromContactId,
        target: e.toContactId,
        label: `${'●'.repeat(e.strength)}${e.note ? ` ${e.note}` : ''}`,
        animated: true,
        style: { strokeDasharray: '6 4', stroke: '#7e57c2' },
        data: { kind: 'influence' },
      })),
  ];
  return { nodes, edges };
}
