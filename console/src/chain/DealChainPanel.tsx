import { Alert, Box, Chip, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { retryNetworkErrors, useApi } from '../providers/api';
import { apiError, apiMessage } from '../providers/api-error';
import { DEAL_CHAIN } from './chain.graphql';
import { formatDay } from './chain-chart';
import { RunCard } from './RunCard';
import { StartRunButton } from './StartRunDialog';

/** The deal's chain: one request, shared by the deal page and the war room. */
export function useDealChain(opportunityId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['dealChain', opportunityId],
    retry: retryNetworkErrors,
    queryFn: () => api.query(DEAL_CHAIN, { id: opportunityId }),
  });
}

/**
 * Where the deal stands in the customer's chain (客户决策链): the risk to its close date,
 * the next signature and who owns it on both sides, then each run — running ones first —
 * as a timeline with its steps, gaps and plan history. Runs start here, with a preview.
 */
export function DealChainPanel({
  opportunityId,
  heading = true,
}: {
  opportunityId: string;
  /** Off where the deal's row already names it and offers to start a run (the war room). */
  heading?: boolean;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useDealChain(opportunityId);
  if (error) return <Alert severity="error">{apiMessage(apiError(error))}</Alert>;
  if (isPending || !data)
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', p: 3 }}>
        <CircularProgress size={28} aria-label={translate('ra.page.loading')} />
      </Box>
    );
  const deal = data.opportunity;
  if (!deal) return <Alert severity="warning">{translate('trident.not_found.record_body')}</Alert>;
  const { chain } = deal;
  const runs = [...chain.runs].sort(
    (a, b) =>
      Number(b.status === 'RUNNING') - Number(a.status === 'RUNNING') ||
      b.startedAt.localeCompare(a.startedAt),
  );
  const next = chain.currentStep;
  return (
    // A grid column of minmax(0, 1fr): wide step tables scroll inside their card instead of
    // widening the page.
    <Stack
      spacing={2}
      data-testid="deal-chain"
      sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)' }}
    >
      {heading && (
        <Stack
          direction="row"
          spacing={1}
          sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}
        >
          <Typography variant="h6" sx={{ flexGrow: 1 }}>
            {translate('trident.chain.title')}
          </Typography>
          <StartRunButton opportunityId={deal.id} accountId={deal.accountId} variant="contained" />
        </Stack>
      )}
      {chain.closeAtRisk && (
        <Alert severity="warning" data-testid="close-at-risk">
          {translate('trident.chain.close_at_risk', {
            forecast: formatDay(chain.forecastFinish, locale, true),
            close: formatDay(deal.expectedCloseDate, locale, true),
          })}
        </Alert>
      )}
      {runs.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="chain-empty">
          {translate('trident.chain.no_runs')}
        </Typography>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, minmax(0, 1fr))' },
            gap: 1.5,
          }}
          data-testid="chain-summary"
        >
          <Summary label="trident.chain.next_step">
            {next
              ? `${next.name}${next.expectedFinish ? ` · ${formatDay(next.expectedFinish, locale)}` : ''}`
              : translate('trident.chain.none_open')}
          </Summary>
          <Summary label="trident.chain.next_people">
            {next
              ? `${next.approverContact?.name ?? next.approverOrgUnit?.name ?? translate('trident.chain.approver_unknown')} ↔ ${next.owner?.name ?? translate('trident.chain.nobody')}`
              : '—'}
          </Summary>
          <Summary
            label="trident.chain.days_late_title"
            tone={chain.daysLate > 0 ? 'error' : undefined}
          >
            {chain.daysLate > 0
              ? translate('trident.chain.days_late', { days: chain.daysLate })
              : translate('trident.chain.on_time')}
          </Summary>
          <Summary label="trident.chain.open_gaps" tone={chain.gaps > 0 ? 'warning' : undefined}>
            {String(chain.gaps)}
          </Summary>
        </Box>
      )}
      {runs.map((run) => (
        <RunCard
          key={run.id}
          run={run}
          tasks={data.gapTasks.nodes}
          expectedClose={deal.expectedCloseDate}
        />
      ))}
    </Stack>
  );
}

function Summary({
  label,
  tone,
  children,
}: {
  label: string;
  tone?: 'error' | 'warning';
  children: string;
}) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {translate(label)}
      </Typography>
      <Typography
        variant="body2"
        sx={{ fontWeight: 500, color: tone ? `${tone}.main` : undefined, overflowWrap: 'anywhere' }}
      >
        {children}
      </Typography>
    </Box>
  );
}

/** The chain in one line on the deal's summary: how late, at risk, gaps; a link to the view. */
export function DealChainBrief({ opportunityId }: { opportunityId: string }) {
  const translate = useTranslate();
  const { data } = useDealChain(opportunityId);
  const chain = data?.opportunity?.chain;
  if (!chain) return <>—</>;
  const running = chain.runs.filter((run) => run.status === 'RUNNING').length;
  return (
    <Stack
      direction="row"
      sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 0.5 }}
      data-testid="deal-chain-brief"
    >
      <Typography
        variant="body2"
        component={Link}
        to={`/opportunities/${opportunityId}/show/chain`}
      >
        {chain.runs.length === 0
          ? translate('trident.chain.no_runs_short')
          : translate('trident.chain.running_runs', { smart_count: running })}
      </Typography>
      {chain.daysLate > 0 && (
        <Chip
          size="small"
          color="error"
          label={translate('trident.chain.days_late', { days: chain.daysLate })}
        />
      )}
      {chain.closeAtRisk && (
        <Chip size="small" color="warning" label={translate('trident.chain.at_risk')} />
      )}
      {chain.gaps > 0 && (
        <Chip
          size="small"
          variant="outlined"
          color="warning"
          label={translate('trident.chain.gap_count', { smart_count: chain.gaps })}
        />
      )}
    </Stack>
  );
}
