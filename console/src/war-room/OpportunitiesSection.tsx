import { formatDate } from '../formats/dates';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { WidgetCard } from '../dashboards/WidgetCard';
import { StageChip } from '../resources/funnel-stages/StageChip';
import { formatMoney } from '../resources/money';
import { DealChainPanel } from '../chain/DealChainPanel';
import { StartRunButton } from '../chain/StartRunDialog';
import { RunChain } from './RunChain';
import { retryNetworkErrors, useApi } from '../providers/api';
import { WAR_ROOM_OPPORTUNITIES } from './war-room.graphql';

/**
 * Open deals and where each stands in the customer's approval chain: the steps in a line,
 * how late, whether the close date is at risk, the gaps; the full chain opens below a deal,
 * and a run starts from here.
 */
export function OpportunitiesSection({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['warRoom', 'opportunities', accountId],
    retry: retryNetworkErrors,
    queryFn: () =>
      api.query(WAR_ROOM_OPPORTUNITIES, { accountId }).then((data) => data.opportunities),
  });
  const deals = data?.nodes ?? [];
  // The full chain of a deal opens on demand: one timeline per deal would be a long page.
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const field = (name: string) => translate(`resources.opportunities.fields.${name}`);
  return (
    <WidgetCard
      title="trident.war_room.opportunities"
      testId="war-room-opportunities"
      isPending={isPending}
      error={error}
      empty={deals.length === 0}
      emptyText="trident.war_room.no_opportunities"
      action={
        data && data.totalCount > deals.length ? (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.war_room.showing', { shown: deals.length, total: data.totalCount })}
          </Typography>
        ) : undefined
      }
    >
      <Stack divider={<Box sx={{ borderTop: 1, borderColor: 'divider' }} />} spacing={1.25}>
        {deals.map((deal) => (
          <Box key={deal.id} data-testid="war-room-opportunity" sx={{ minWidth: 0 }}>
            <Stack
              direction="row"
              sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1, rowGap: 0.5 }}
            >
              <Typography
                component={Link}
                to={`/opportunities/${deal.id}/show`}
                variant="subtitle2"
                sx={{ flex: '1 1 220px', minWidth: 0, overflowWrap: 'anywhere' }}
              >
                {deal.name}
              </Typography>
              <StageChip stage={deal.stage} />
              <Typography
                variant="body2"
                sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
                data-testid="war-room-opportunity-amount"
              >
                {formatMoney(deal.amount, locale)}
              </Typography>
            </Stack>
            <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
              {field('expectedCloseDate')}:{' '}
              {deal.expectedCloseDate ? formatDate(deal.expectedCloseDate, locale) : '—'} ·{' '}
              {field('ownerId')}: {deal.owner?.name ?? '—'} ·{' '}
              {translate('trident.opportunity.days_in_stage', { days: deal.daysInStage })}
            </Typography>
            {deal.processRuns.length === 0 ? (
              <Typography variant="caption" component="div" sx={{ color: 'text.disabled' }}>
                {translate('trident.war_room.no_runs')}
              </Typography>
            ) : (
              deal.processRuns.map((run) => <RunChain key={run.id} run={run} />)
            )}
            <Stack
              direction="row"
              sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}
            >
              {deal.chain.daysLate > 0 && (
                <Chip
                  size="small"
                  color="error"
                  label={translate('trident.chain.days_late', { days: deal.chain.daysLate })}
                />
              )}
              {deal.chain.closeAtRisk && (
                <Chip size="small" color="warning" label={translate('trident.chain.at_risk')} />
              )}
              {deal.chain.gaps > 0 && (
                <Chip
                  size="small"
                  variant="outlined"
                  color="warning"
                  label={translate('trident.chain.gap_count', { smart_count: deal.chain.gaps })}
                />
              )}
              <Box sx={{ flexGrow: 1 }} />
              <StartRunButton opportunityId={deal.id} accountId={deal.accountId} variant="text" />
              {deal.processRuns.length > 0 && (
                <Button
                  size="small"
                  onClick={() => toggle(deal.id)}
                  endIcon={open.has(deal.id) ? <ExpandLessIcon /> : <ExpandMoreIcon />}
                  data-testid="war-room-chain-toggle"
                  aria-expanded={open.has(deal.id)}
                >
                  {translate(open.has(deal.id) ? 'trident.chain.hide' : 'trident.chain.show')}
                </Button>
              )}
            </Stack>
            {open.has(deal.id) && (
              <Box sx={{ mt: 1 }}>
                <DealChainPanel opportunityId={deal.id} heading={false} />
              </Box>
            )}
          </Box>
        ))}
      </Stack>
    </WidgetCard>
  );
}
