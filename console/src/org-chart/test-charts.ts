import type { Chart } from './org-chart-structure';

/** Charts for the org chart's unit tests, shaped as the bench and the demo shape theirs. */

const STANCES = ['CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'OPPONENT'] as const;
export const person = (
  id: string,
  orgUnitId: string | null,
  reportsToId: string | null,
): Chart['contacts'][number] => ({
  id,
  name: id,
  title: null,
  orgUnitId,
  reportsToId,
  influence: 3,
  stance: STANCES[id.length % STANCES.length]!,
  coachLevel: null,
  risingStar: false,
  status: 'ACTIVE',
  rhythm: { stale: false, lastContactedAt: null },
  relationshipOwner: null,
});
export const chartOf = (
  units: Chart['units'],
  contacts: Chart['contacts'],
  influences: Chart['influences'] = [],
): Chart => ({ account: { id: 'a', name: 'A' }, units, contacts, influences });

/**
 * A customer shaped as the bench generates them (bench/src/generate/contacts.ts): a b-ary
 * reporting tree up to 8 levels, its top levels each heading a department of their own.
 */
export function benchLike(total: number): Chart {
  const b = total <= 255 ? 2 : total <= 3280 ? 3 : 4;
  const unitDepth = total <= 40 ? 2 : total <= 1000 ? 3 : 4;
  const upTo = (d: number) => (b ** d - 1) / (b - 1);
  const depthOf = (k: number) => 1 + [1, 2, 3, 4, 5, 6, 7].filter((d) => k > upTo(d)).length;
  const bossOf = (k: number) =>
    k === 1
      ? null
      : k <= upTo(8)
        ? Math.floor((k - 2) / b) + 1
        : upTo(6) + 1 + ((k - upTo(8) - 1) % (upTo(7) - upTo(6)));
  const unitOf = (k: number): number => (depthOf(k) <= unitDepth ? k : unitOf(bossOf(k)!));
  const units = Array.from({ length: Math.min(total, upTo(unitDepth)) }, (_, i) => ({
    id: `u${i + 1}`,
    name: `Department ${i + 1}`,
    kind: 'OTHER' as const,
    parentId: i === 0 ? null : `u${bossOf(i + 1)}`,
  }));
  const contacts = Array.from({ length: total }, (_, i) =>
    person(`c${i + 1}`, `u${unitOf(i + 1)}`, i === 0 ? null : `c${bossOf(i + 1)}`),
  );
  return chartOf(units, contacts, [
    { id: 'i1', fromContactId: `c${total}`, toContactId: 'c1', strength: 2, note: 'old friends' },
  ]);
}
