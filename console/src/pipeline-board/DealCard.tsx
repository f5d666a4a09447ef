import { useDraggable } from '@dnd-kit/core';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCompact } from '../resources/money';
import { CloseDate } from '../resources/opportunities/CloseDate';
import type { BoardCard } from './board-logic';

/** What a deal card shows; also used for the card that follows the pointer. */
export function DealCardBody({ card, lifted = false }: { card: BoardCard; lifted?: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Card
      variant="outlined"
      sx={{
        cursor: 'grab',
        boxShadow: lifted ? 6 : 0,
        '&:hover': { borderColor: 'primary.main' },
      }}
    >
      <CardContent sx={{ p: 1.25, '&:last-child': { pb: 1.25 } }}>
        <Typography
          variant="body2"
          component={Link}
          to={`/opportunities/${card.id}/show`}
          sx={{ display: 'block', color: 'text.primary', fontWeight: 600, textDecoration: 'none' }}
          data-testid="deal-card-name"
        >
          {card.name}
        </Typography>
        <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }} noWrap>
          {card.account?.name ?? '—'}
        </Typography>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 0.5 }}>
          <Typography variant="caption" sx={{ fontWeight: 600 }}>
            {card.amount
              ? `${formatCompact(card.amount.amount, locale)} ${card.amount.currency}`
              : '—'}
          </Typography>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.opportunity.days_short', { days: card.daysInStage })}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 0.5 }}>
          <Typography variant="caption" sx={{ color: 'text.secondary', minWidth: 0 }} noWrap>
            {card.owner?.name ?? '—'}
          </Typography>
          {card.expectedCloseDate && (
            <Typography
              variant="caption"
              sx={{ color: 'text.secondary', whiteSpace: 'nowrap', flexShrink: 0 }}
            >
              <CloseDate date={card.expectedCloseDate} passed={card.closeDatePassed} />
            </Typography>
          )}
        </Box>
      </CardContent>
    </Card>
  );
}

/** A deal on the board: drag it to another stage, click its name to open it. */
export function DealCard({ card, disabled }: { card: BoardCard; disabled?: boolean }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: card.id,
    disabled,
  });
  return (
    <Box
      ref={setNodeRef}
      {...listeners}
      {...attributes}
      data-testid="deal-card"
      data-deal-id={card.id}
      sx={{ opacity: isDragging ? 0.35 : 1, touchAction: 'none', userSelect: 'none' }}
    >
      <DealCardBody card={card} />
    </Box>
  );
}
