import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import ListIcon from '@mui/icons-material/List';
import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Loading, Title, useCanAccess, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { apiError, errorText } from '../providers/api-error';
import { useApi } from '../providers/api';
import type { MoveOpportunityMutationVariables } from '../gql/graphql';
import { useStageName } from '../resources/funnel-stages/stage-name';
import { BOARD, MOVE_OPPORTUNITY } from './board.graphql';
import {
  BOARD_CLOSED_LIMIT,
  boardColumns,
  boardVariables,
  decideDrop,
  type BoardCard,
  type FunnelStageRecord,
} from './board-logic';
import { BoardColumnView } from './BoardColumnView';
import { DealCardBody } from './DealCard';
import { MoveDialog, type MoveDetails } from './MoveDialog';
import { RefusalAlert, type Refusal } from './RefusalAlert';
import { useDebounced } from '../inputs/use-debounced';

/**
 * The Kanban board of the funnel: one column per stage, deals dragged between them.
 * A drop calls moveOpportunity; the API checks the stage's entry criteria and the
 * version. A refused move snaps back with the reasons; a stale card reloads.
 */
export function BoardPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const stageName = useStageName();
  const api = useApi();
  const { data: identity } = useGetIdentity();
  const { canAccess: canMove = false } = useCanAccess({
    resource: 'opportunities',
    action: 'edit',
  });
  const [search, setSearch] = useState('');
  const [mineOnly, setMineOnly] = useState(false);
  const filter = {
    search: useDebounced(search, 400),
    ownerIds: mineOnly && identity?.id ? [String(identity.id)] : undefined,
  };
  const { data, isPending, error, refetch } = useQuery({
    queryKey: ['opportunityBoard', filter],
    queryFn: () => api.query(BOARD, boardVariables(filter)),
  });
  // Drops waiting for the API's answer: card id → stage id.
  const [moves, setMoves] = useState<Record<string, string>>({});
  const [asking, setAsking] = useState<{
    card: BoardCard;
    stage: FunnelStageRecord;
    initial?: MoveDetails;
    errors?: Partial<Record<keyof MoveDetails, string>>;
  } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const sensors = useSensors(
    // A click opens the deal; only a real drag moves it.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );

  const cards = useMemo(
    () => (data ? [...data.open.nodes, ...data.won.nodes, ...data.lost.nodes] : []),
    [data],
  );
  const columns = useMemo(
    () => (data ? boardColumns(data.stages, cards, moves) : []),
    [data, cards, moves],
  );

  const forget = (id: string) =>
    setMoves((current) => {
      const { [id]: _dropped, ...rest } = current;
      return rest;
    });

  const { mutate: move } = useMutation({
    mutationFn: ({ note, contractAmount, ...args }: MoveOpportunityMutationVariables) =>
      api
        .mutate(MOVE_OPPORTUNITY, {
          ...args,
          note: note?.trim() || null,
          contractAmount: contractAmount || null,
        })
        .then((data) => data.moveOpportunity),
    onSuccess: async (moved) => {
      notify('trident.board.moved', {
        type: 'success',
        messageArgs: {
          name: moved.name,
          stage: stageName(data?.stages.find((s) => s.id === moved.stageId)),
        },
      });
      await refetch();
      forget(moved.id);
    },
    onError: async (e: unknown, args) => {
      const card = cards.find((c) => c.id === args.id);
      const stage = data?.stages.find((s) => s.id === args.stageId);
      const details = apiError(e);
      forget(args.id); // snap back
      if (details.code === 'CONFLICT') {
        notify('trident.board.conflict', { type: 'warning' });
        await refetch();
      } else if (
        details.code === 'BAD_USER_INPUT' &&
        card &&
        stage &&
        (details.field === 'contractAmount' || details.field === 'note')
      ) {
        // A refusal of what the dialog asked for: reopen it with what was typed, the
        // error on its field.
        setAsking({
          card,
          stage,
          initial: {
            note: args.note ?? undefined,
            contractAmount: args.contractAmount ?? undefined,
          },
          errors: { [details.field]: details.words },
        });
      } else if (details.code === 'BAD_USER_INPUT' && card && stage) {
        setRefusal({
          dealName: card.name,
          stage,
          unmet: details.unmet,
          message: details.message,
        });
      } else {
        notify(details.message, { type: 'error' });
      }
    },
  });

  const start = (card: BoardCard, stage: FunnelStageRecord, details: MoveDetails = {}) => {
    setRefusal(null);
    setMoves((current) => ({ ...current, [card.id]: stage.id }));
    move({ id: card.id, stageId: stage.id, version: card.version, ...details });
  };

  const onDragStart = ({ active }: DragStartEvent) =>
    setDragged(cards.find((c) => c.id === active.id) ?? null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    if (!data) return;
    const decision = decideDrop(
      cards,
      data.stages,
      moves,
      String(active.id),
      over ? String(over.id) : null,
    );
    if (decision.kind === 'move') start(decision.card, decision.stage);
    if (decision.kind === 'ask') setAsking({ card: decision.card, stage: decision.stage });
  };

  const title = translate('trident.board.title');
  return (
    <Box
      sx={{
        mt: 1,
        display: 'flex',
        flexDirection: 'column',
        height: 'calc(100vh - 64px)',
        // Take the page's width without widening it: the columns scroll inside.
        width: 0,
        minWidth: '100%',
      }}
    >
      <Title title={title} />
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          size="small"
          sx={{ width: 260 }}
          label={translate('ra.action.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <FormControlLabel
          control={<Switch checked={mineOnly} onChange={(_, checked) => setMineOnly(checked)} />}
          label={translate('trident.board.mine_only')}
        />
        <Typography variant="caption" sx={{ color: 'text.secondary', flexGrow: 1 }}>
          {translate(canMove ? 'trident.board.help' : 'trident.board.read_only')}
        </Typography>
        <Button component={Link} to="/opportunities" startIcon={<ListIcon />} size="small">
          {translate('trident.board.as_list')}
        </Button>
      </Stack>
      {refusal && <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />}
      {isPending ? (
        <Loading />
      ) : error ? (
        <Alert severity="error">{errorText(error)}</Alert>
      ) : columns.length === 0 ? (
        <Alert severity="info">{translate('trident.board.no_stages')}</Alert>
      ) : (
        <>
          {data.open.totalCount > data.open.nodes.length && (
            <Alert severity="info" sx={{ mb: 1 }}>
              {translate('trident.board.truncated', {
                shown: data.open.nodes.length,
                total: data.open.totalCount,
              })}
            </Alert>
          )}
          {cards.length === 0 && (
            <Alert severity="info" sx={{ mb: 1 }}>
              {translate('trident.empty.opportunities')}
            </Alert>
          )}
          <DndContext
            sensors={sensors}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onDragCancel={() => setDragged(null)}
          >
            <Box
              data-testid="opportunity-board"
              sx={{
                display: 'flex',
                gap: 1,
                overflowX: 'auto',
                flexGrow: 1,
                minHeight: 0,
                pb: 1,
              }}
            >
              {columns.map((column) => (
                <BoardColumnView
                  key={column.stage.id}
                  column={column}
                  canMove={canMove}
                  closedNote={
                    column.stage.isWon || column.stage.isLost
                      ? translate('trident.board.latest_closed', { count: BOARD_CLOSED_LIMIT })
                      : undefined
                  }
                />
              ))}
            </Box>
            <DragOverlay>{dragged ? <DealCardBody card={dragged} lifted /> : null}</DragOverlay>
          </DndContext>
        </>
      )}
      {asking && (
        <MoveDialog
          card={asking.card}
          stage={asking.stage}
          initial={asking.initial}
          errors={asking.errors}
          onCancel={() => setAsking(null)}
          onConfirm={(details) => {
            setAsking(null);
            start(asking.card, asking.stage, details);
          }}
        />
      )}
    </Box>
  );
}
