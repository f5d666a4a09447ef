import { Alert, Box, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { currentYear, PeriodPicker } from '../dashboards/PeriodPicker';
import { MissingRecordPage } from '../access/DeadEndPages';
import { errorText } from '../providers/api-error';
import { retryNetworkErrors, useApi } from '../providers/api';
import { ACCOUNT_ROLLUP, GROUP_ACCOUNT } from './growth.graphql';
import { RollupChart } from './RollupChart';
import { RollupTable } from './RollupTable';
import { childSeries, rollupTree } from './rollup-tree';
import { WhitespaceGrid } from './WhitespaceGrid';

const key = (name: string) => `trident.growth.group.${name}`;

function Section({
  title,
  action,
  testId,
  children,
}: {
  title: string;
  action?: React.ReactNode;
  testId?: string;
  children: React.ReactNode;
}) {
  return (
    <Card data-testid={testId} sx={{ minWidth: 0 }}>
      <CardContent>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 1.5 }}
        >
          <Typography variant="h6">{title}</Typography>
          {action}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
}

function Rollup({ accountId, period }: { accountId: string; period: string }) {
  const translate = useTranslate();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['growth', 'rollup', accountId, period],
    retry: retryNetworkErrors,
    queryFn: () => api.query(ACCOUNT_ROLLUP, { accountId, period }).then((d) => d.accountRollup),
  });
  if (isPending)
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
        <CircularProgress size={28} aria-label={translate('ra.page.loading')} />
      </Box>
    );
  if (error)
    return (
      <Alert severity="error" data-testid="rollup-error">
        {translate(key('error'))}: {errorText(error)}
      </Alert>
    );
  if (!data || data.rows.length === 0)
    return (
      <Alert severity="warning" data-testid="rollup-not-visible">
        {translate('trident.growth.whitespace.not_visible')}
      </Alert>
    );
  const tree = rollupTree(data.rows);
  return (
    <Stack spacing={2}>
      {data.truncated && (
        <Alert severity="warning" data-testid="rollup-truncated">
          {translate(key('truncated'), { n: data.rows.length })}
        </Alert>
      )}
      <RollupTable key={`${accountId}:${period}`} tree={tree} />
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {tree[0]?.row.total.pipeline === null
          ? translate(key('caption_hidden'))
          : translate(key('caption'), { period, currency: data.currency })}
      </Typography>
      <RollupChart chart={childSeries(tree)} currency={data.currency} />
    </Stack>
  );
}

/**
 * The group war room (seed 002: plan per concrete customer, grow the whole group): the
 * group rolled up account by account for a period, and the whitespace of every account in it.
 */
export function GroupWarRoomPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const period = search.get('period') ?? currentYear();
  const account = useQuery({
    queryKey: ['growth', 'groupAccount', id],
    retry: retryNetworkErrors,
    queryFn: () => api.query(GROUP_ACCOUNT, { id }).then((d) => d.account),
  });
  const title = account.data
    ? translate(key('title_with'), { name: account.data.name })
    : translate(key('title'));
  if (account.isSuccess && !account.data) return <MissingRecordPage />;
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 2, minWidth: 0 }} data-testid="group-war-room">
      <Title title={title} />
      <Card>
        <CardContent>
          <Stack
            direction={{ xs: 'column', md: 'row' }}
            spacing={2}
            sx={{ alignItems: { md: 'center' } }}
          >
            <Box sx={{ flexGrow: 1, minWidth: 0 }}>
              <Typography variant="h5" data-testid="group-name">
                {account.data?.name ?? '…'}
              </Typography>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {[
                  account.data?.tier ? translate(`trident.tiers.${account.data.tier}`) : null,
                  account.data?.region,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {account.data?.parent && (
                  <>
                    {' · '}
                    {translate(key('part_of'))}{' '}
                    <Link to={`/accounts/${account.data.parent.id}/group`}>
                      {account.data.parent.name}
                    </Link>
                  </>
                )}
              </Typography>
            </Box>
            <PeriodPicker
              value={period}
              onChange={(p) => setSearch({ period: p }, { replace: true })}
              testId="group-period"
            />
            <Stack direction="row" spacing={1}>
              <Link to={`/accounts/${id}/show`}>{translate(key('account_page'))}</Link>
              <Link to={`/accounts/${id}/war-room`}>{translate('trident.war_room.open')}</Link>
            </Stack>
          </Stack>
          {account.error ? (
            <Alert severity="error" sx={{ mt: 1 }}>
              {errorText(account.error)}
            </Alert>
          ) : null}
        </CardContent>
      </Card>
      <Section title={translate(key('rollup'))} testId="group-rollup">
        <Rollup accountId={id} period={period} />
      </Section>
      <Section title={translate('trident.growth.whitespace.title')} testId="group-whitespace">
        <WhitespaceGrid accountId={id} />
      </Section>
    </Stack>
  );
}
