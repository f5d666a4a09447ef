import { useDroppable } from '@dnd-kit/core';
import { Box, Paper, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCompact } from '../resources/money';
import { useStageName } from '../resources/funnel-stages/stage-name';
import type { BoardColumn } from './board-logic';
import { DealCard } from './DealCard';

const accent = (column: BoardColumn) =>
  column.stage.isWon ? 'success.main' : column.stage.isLost ? 'grey.500' : 'primary.main';

/** One funnel stage: a drop target with its deals, count and total. */
export function BoardColumnView({
  column,
  closedNote,
  canMove,
}: {
  column: BoardColumn;
  /** Won and lost columns show only the latest closed deals. */
  closedNote?: string;
  canMove: boolean;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const stageName = useStageName();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id });
  return (
    <Paper
      ref={setNodeRef}
      variant="outlined"
      data-testid="board-column"
      data-stage-code={column.stage.code}
      sx={{
        // Six stages fit beside the menu at 1440 px; with more, or on a narrow screen, the
        // board scrolls sideways and the last column can still be scrolled fully into view.
        flex: '1 0 168px',
        minWidth: 168,
        maxWidth: 280,
        display: 'flex',
        flexDirection: 'column',
        bgcolor: isOver ? 'action.hover' : 'grey.50',
        borderTop: 4,
        borderTopColor: accent(column),
        maxHeight: '100%',
      }}
    >
      <Box sx={{ p: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="subtitle2">
          {stageName(column.stage)}{' '}
          {/* The seed's Chinese names carry their rate ("发现需求 50%"): not said twice. */}
          {!stageName(column.stage).includes(`${column.stage.probability}%`) && (
            <Typography component="span" variant="caption" sx={{ color: 'text.secondary' }}>
              {translate('trident.board.win_rate', { p: column.stage.probability })}
            </Typography>
          )}
        </Typography>
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {translate('trident.board.column_total', {
            count: column.cards.length,
            amount: column.amount === null ? '—' : formatCompact(column.amount, locale),
          })}
          {closedNote ? ` · ${closedNote}` : ''}
        </Typography>
      </Box>
      <Box
        sx={{
          p: 1,
          display: 'flex',
          flexDirection: 'column',
          gap: 1,
          overflowY: 'auto',
          flexGrow: 1,
          minHeight: 80,
        }}
      >
        {column.cards.length === 0 ? (
          <Typography variant="caption" sx={{ color: 'text.disabled', textAlign: 'center', p: 2 }}>
            {translate('trident.board.drop_here')}
          </Typography>
        ) : (
          column.cards.map((card) => <DealCard key={card.id} card={card} disabled={!canMove} />)
        )}
      </Box>
    </Paper>
  );
}
