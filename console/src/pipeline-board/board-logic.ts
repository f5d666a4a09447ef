import type {
  BoardCardFieldsFragment as BoardCard,
  BoardQueryVariables,
  FunnelStageFieldsFragment as FunnelStageRecord,
} from '../gql/graphql';

export type { BoardCard, FunnelStageRecord };

/** Closed deals pile up; the board shows the latest won and the latest lost of them. */
export const BOARD_CLOSED_LIMIT = 60;
export const BOARD_OPEN_LIMIT = 500;

export interface BoardFilter {
  search?: string;
  accountId?: string;
  ownerIds?: string[];
}

/** The board's reads: open deals (all, up to the page limit), the latest won, the latest lost. */
export function boardVariables(filter: BoardFilter = {}): BoardQueryVariables {
  const base = {
    ...(filter.search?.trim() ? { search: filter.search.trim() } : {}),
    ...(filter.accountId ? { accountId: filter.accountId } : {}),
    ...(filter.ownerIds?.length ? { ownerIds: filter.ownerIds } : {}),
  };
  return {
    open: { ...base, open: true },
    won: { ...base, closedAs: 'WON' },
    lost: { ...base, closedAs: 'LOST' },
    openFirst: BOARD_OPEN_LIMIT,
    closedFirst: BOARD_CLOSED_LIMIT,
  };
}

/** One column of the board: a funnel stage and the deals in it. */
export interface BoardColumn {
  stage: FunnelStageRecord;
  cards: BoardCard[];
  /** Sum of the visible amounts; null when the caller's role sees none. */
  amount: number | null;
}

/**
 * Columns for the active stages in funnel order. `moves` holds drops the API has not
 * confirmed yet (card id → stage id): the card shows there until the answer comes back,
 * and snaps back when the move is refused.
 */
export function boardColumns(
  stages: FunnelStageRecord[],
  cards: BoardCard[],
  moves: Record<string, string> = {},
): BoardColumn[] {
  const active = stages.filter((s) => s.active).sort((a, b) => a.position - b.position);
  const byStage = new Map<string, BoardCard[]>(active.map((s) => [s.id, []]));
  const seen = new Set<string>();
  for (const card of cards) {
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    byStage.get(moves[card.id] ?? card.stageId)?.push(card);
  }
  return active.map((stage) => {
    const stageCards = byStage.get(stage.id) ?? [];
    const visible = stageCards.filter((c) => c.amount !== null);
    return {
      stage,
      cards: stageCards,
      amount: visible.length ? visible.reduce((sum, c) => sum + Number(c.amount!.amount), 0) : null,
    };
  });
}

/** What the user must say when dropping a deal on a stage (the API checks it again). */
export function moveNeeds(stage: Pick<FunnelStageRecord, 'isWon' | 'isLost' | 'entryCriteria'>) {
  return {
    contractAmount: stage.isWon,
    note: stage.isLost || stage.entryCriteria.includes('REASON_NOTE'),
  };
}

export type DropDecision =
  | { kind: 'none' }
  | { kind: 'move'; card: BoardCard; stage: FunnelStageRecord }
  | { kind: 'ask'; card: BoardCard; stage: FunnelStageRecord };

/** A drop moves the deal at once, asks first (won: amount; lost: why), or does nothing. */
export function decideDrop(
  cards: BoardCard[],
  stages: FunnelStageRecord[],
  moves: Record<string, string>,
  cardId: string,
  stageId: string | null,
): DropDecision {
  const card = cards.find((c) => c.id === cardId);
  const stage = stages.find((s) => s.id === stageId);
  if (!card || !stage) return { kind: 'none' };
  if ((moves[card.id] ?? card.stageId) === stage.id) return { kind: 'none' };
  const needs = moveNeeds(stage);
  return needs.contractAmount || needs.note
    ? { kind: 'ask', card, stage }
    : { kind: 'move', card, stage };
}
