import { describe, expect, it } from 'vitest';
import type { OrgChartQuery } from '../gql/graphql';
import { CONTACT_HEIGHT, CONTACT_WIDTH, layoutOrgChart } from './org-chart-layout';

type Chart = NonNullable<OrgChartQuery['orgChart']>;

const contact = (
  id: string,
  orgUnitId: string | null,
  reportsToId: string | null,
): Chart['contacts'][number] => ({
  id,
  name: id,
  title: null,
  level: 'OPERATIONAL',
  orgUnitId,
  reportsToId,
  influence: 3,
  stance: 'NEUTRAL',
  coachLevel: null,
  risingStar: false,
  status: 'ACTIVE',
  buyingRoles: [],
  relationshipOwner: null,
});

describe('layoutOrgChart', () => {
  const chart: Chart = {
    account: { id: 'a', name: 'A' },
    units: [
      { id: 'u1', name: 'Exec', kind: 'EXECUTIVE', parentId: null },
      { id: 'u2', name: 'Tech', kind: 'TECHNICAL', parentId: null },
      { id: 'u3', name: 'Empty', kind: 'OTHER', parentId: null },
    ],
    contacts: [
      contact('gm', 'u1', null),
      contact('cto', 'u2', 'gm'),
      contact('eng', 'u2', 'cto'),
      contact('loose', null, 'gm'),
    ],
    influences: [
      { id: 'i1', fromContactId: 'eng', toContactId: 'gm', strength: 2, note: 'old friends' },
    ],
  };

  it('puts every contact inside its unit box, and skips empty units', () => {
    const { nodes } = layoutOrgChart(chart);
    expect(
      nodes
        .filter((n) => n.type === 'unit')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['unit:u1', 'unit:u2']);
    for (const node of nodes.filter((n) => n.type === 'contact' && n.parentId)) {
      const box = nodes.find((n) => n.id === node.parentId)!;
      expect(node.position.x).toBeGreaterThanOrEqual(0);
      expect(node.position.y).toBeGreaterThanOrEqual(0);
      expect(node.position.x + CONTACT_WIDTH).toBeLessThanOrEqual(Number(box.style?.width) + 0.5);
      expect(node.position.y + CONTACT_HEIGHT).toBeLessThanOrEqual(Number(box.style?.height) + 0.5);
    }
    expect(nodes.find((n) => n.id === 'loose')?.parentId).toBeUndefined();
  });

  it('draws reporting lines from boss to report, and dashed influence edges', () => {
    const { edges, nodes } = layoutOrgChart(chart);
    expect(
      edges
        .filter((e) => e.data?.kind === 'reports')
        .map((e) => `${e.source}>${e.target}`)
        .sort(),
    ).toEqual(['cto>eng', 'gm>cto', 'gm>loose']);
    const influence = edges.find((e) => e.data?.kind === 'influence')!;
    expect(influence).toMatchObject({
      source: 'eng',
      target: 'gm',
      animated: true,
      label: '●● old friends',
    });
    // Bosses sit above their reports.
    const absoluteY = (id: string) => {
      const node = nodes.find((n) => n.id === id)!;
      const parent = nodes.find((n) => n.id === node.parentId);
      return node.position.y + (parent?.position.y ?? 0);
    };
    expect(absoluteY('gm')).toBeLessThan(absoluteY('cto'));
    expect(absoluteY('cto')).toBeLessThan(absoluteY('eng'));
  });
});
