import { describe, expect, it } from 'vitest';
import {
  boardColumns,
  boardVariables,
  decideDrop,
  moveNeeds,
  type BoardCard,
  type FunnelStageRecord,
} from './board-logic';

const stage = (id: string, position: number, extra: Partial<FunnelStageRecord> = {}) =>
  ({
    id,
    code: id.toUpperCase(),
    nameZh: id,
    nameEn: id,
    probability: 0,
    position,
    isWon: false,
    isLost: false,
    entryCriteria: [],
    weakness: null,
    active: true,
    version: 1,
    ...extra,
  }) as FunnelStageRecord;

const card = (id: string, stageId: string, amount: string | null = '100') =>
  ({
    id,
    name: id,
    accountId: 'a',
    account: null,
    stageId,
    daysInStage: 1,
    expectedCloseDate: null,
    closeDatePassed: false,
    owner: null,
    amount: amount === null ? null : { amount, currency: 'CNY' },
    version: 1,
  }) as BoardCard;

const STAGES = [
  stage('lost', 60, { isLost: true, entryCriteria: ['REASON_NOTE'] }),
  stage('prospect', 10),
  stage('old', 15, { active: false }),
  stage('won', 50, { isWon: true, entryCriteria: ['CONTRACT_AMOUNT'] }),
];

describe('board columns', () => {
  it('has one column per active stage in funnel order, with counts and totals', () => {
    const columns = boardColumns(STAGES, [card('d1', 'prospect'), card('d2', 'prospect', '50.5')]);
    expect(columns.map((c) => c.stage.id)).toEqual(['prospect', 'won', 'lost']);
    expect(columns[0]!.cards.map((c) => c.id)).toEqual(['d1', 'd2']);
    expect(columns[0]!.amount).toBe(150.5);
    expect(columns[1]!.amount).toBeNull();
  });

  it('shows a dropped card in its new column until the API answers', () => {
    const columns = boardColumns(STAGES, [card('d1', 'prospect')], { d1: 'won' });
    expect(columns[0]!.cards).toEqual([]);
    expect(columns[1]!.cards.map((c) => c.id)).toEqual(['d1']);
  });

  it('keeps the total unknown when every amount is hidden, and lists a card once', () => {
    const hidden = card('d1', 'prospect', null);
    const columns = boardColumns(STAGES, [hidden, hidden]);
    expect(columns[0]!.cards).toHaveLength(1);
    expect(columns[0]!.amount).toBeNull();
  });
});

describe('dropping a card', () => {
  const cards = [card('d1', 'prospect')];

  it('moves at once to an open stage', () => {
    expect(decideDrop(cards, STAGES, {}, 'd1', 'old')).toMatchObject({ kind: 'move' });
  });

  it('asks for the contract amount on won and the reason on lost', () => {
    expect(decideDrop(cards, STAGES, {}, 'd1', 'won')).toMatchObject({ kind: 'ask' });
    expect(moveNeeds(STAGES[3]!)).toEqual({ contractAmount: true, note: false });
    expect(decideDrop(cards, STAGES, {}, 'd1', 'lost')).toMatchObject({ kind: 'ask' });
    expect(moveNeeds(STAGES[0]!)).toEqual({ contractAmount: false, note: true });
  });

  it('does nothing when dropped on its own column or outside the board', () => {
    expect(decideDrop(cards, STAGES, {}, 'd1', 'prospect')).toEqual({ kind: 'none' });
    expect(decideDrop(cards, STAGES, { d1: 'won' }, 'd1', 'won')).toEqual({ kind: 'none' });
    expect(decideDrop(cards, STAGES, {}, 'd1', null)).toEqual({ kind: 'none' });
  });
});

describe('the board', () => {
  it('reads open deals, the latest won and the latest lost with the same filter', () => {
    expect(boardVariables({ search: ' 5G ', ownerIds: ['u1'] })).toEqual({
      open: { search: '5G', ownerIds: ['u1'], open: true },
      won: { search: '5G', ownerIds: ['u1'], closedAs: 'WON' },
      lost: { search: '5G', ownerIds: ['u1'], closedAs: 'LOST' },
      openFirst: 500,
      closedFirst: 60,
    });
    expect(boardVariables().open).toEqual({ open: true });
  });
});
