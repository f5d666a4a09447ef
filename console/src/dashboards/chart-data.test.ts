import { describe, expect, it } from 'vitest';
import type { FunnelQuery } from '../gql/graphql';

type FunnelResult = FunnelQuery['funnel'];
import { funnelRows, jitter, matrixPoints, MATRIX_SPLIT } from './chart-data';

const stage = (code: string, position: number, extra = {}) => ({
  id: code.toLowerCase(),
  code,
  nameZh: code,
  nameEn: code,
  probability: 0,
  position,
  isWon: false,
  isLost: false,
  ...extra,
});

describe('funnel rows', () => {
  it('keeps the funnel steps in order and counts lost deals apart', () => {
    const funnel: FunnelResult = {
      currency: 'CNY',
      totalDeals: 10,
      openAmount: '100',
      weightedOpenAmount: '50',
      stages: [
        {
          reached: 4,
          amount: '40.5',
          weightedAmount: '20',
          currentCount: 4,
          currentAmount: '40',
          conversionToNext: null,
          stage: stage('WON', 50, { isWon: true }),
        },
        {
          reached: 10,
          amount: '100',
          weightedAmount: '0',
          currentCount: 2,
          currentAmount: '20',
          conversionToNext: 0.4,
          stage: stage('PROSPECT', 10),
        },
        {
          reached: 3,
          amount: null,
          weightedAmount: null,
          currentCount: 3,
          currentAmount: null,
          conversionToNext: null,
          stage: stage('LOST', 60, { isLost: true }),
        },
      ],
    };
    const { rows, lost } = funnelRows(funnel);
    expect(rows.map((r) => r.code)).toEqual(['PROSPECT', 'WON']);
    expect(rows[1]).toMatchObject({ reached: 4, amount: 40.5, conversionToNext: null });
    expect(lost).toBe(3);
  });

  it('keeps hidden amounts as null, not zero', () => {
    const { rows } = funnelRows({
      currency: 'CNY',
      totalDeals: 1,
      openAmount: null,
      weightedOpenAmount: null,
      stages: [
        {
          reached: 1,
          amount: null,
          weightedAmount: null,
          currentCount: 1,
          currentAmount: null,
          conversionToNext: null,
          stage: stage('PROSPECT', 10),
        },
      ],
    });
    expect(rows[0]!.amount).toBeNull();
  });
});

describe('matrix points', () => {
  it('plots accounts with potential and relationship, spread around their level', () => {
    const points = matrixPoints({
      unclassified: 0,
      cells: [
        {
          quadrant: 'CORE',
          count: 2,
          accounts: [
            { id: 'a1', name: 'A', potential: { amount: '8000000' }, relationshipLevel: 4 },
            { id: 'a2', name: 'B', potential: null, relationshipLevel: 4 },
          ],
        },
      ],
    });
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ id: 'a1', quadrant: 'CORE', level: 4, potential: 8000000 });
    expect(Math.abs(points[0]!.x - 4)).toBeLessThanOrEqual(0.3);
  });

  it('spreads the same id the same way every time', () => {
    expect(jitter('abc')).toBe(jitter('abc'));
    expect(MATRIX_SPLIT.relationship).toBe(2.5);
  });
});
