import { formatDateTime } from '../formats/dates';
import { errorText } from '../providers/api-error';
import EventNoteIcon from '@mui/icons-material/EventNote';
import GavelIcon from '@mui/icons-material/Gavel';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { Alert, Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { WidgetCard } from '../dashboards/WidgetCard';
import { stageName } from '../resources/funnel-stages/stage-name';
import { retryNetworkErrors, useApi } from '../providers/api';
import { WAR_ROOM_TIMELINE, TIMELINE_PAGE_SIZE } from './war-room.graphql';
import type { TimelineEntry } from './war-room-logic';
import { flattenTimeline } from './war-room-logic';

const ICONS = {
  ACTIVITY: <EventNoteIcon fontSize="small" color="primary" />,
  STAGE_CHANGE: <TrendingUpIcon fontSize="small" color="success" />,
  CLAIM_ATTEMPT: <GavelIcon fontSize="small" color="warning" />,
};

function EntryBody({ entry, locale }: { entry: TimelineEntry; locale: string }) {
  const translate = useTranslate();
  const dealLink = (deal: { id: string; name: string } | null) =>
    deal ? <Link to={`/opportunities/${deal.id}/show`}>{deal.name}</Link> : '—';
  if (entry.activity) {
    const a = entry.activity;
    return (
      <>
        <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
          <Chip
            size="small"
            variant="outlined"
            label={translate(`trident.activity_kinds.${a.kind}`)}
            sx={{ mr: 0.75, height: 20 }}
          />
          {a.summary}
        </Typography>
        {(a.opportunity || a.contacts.length > 0) && (
          <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
            {a.opportunity && dealLink(a.opportunity)}
            {a.opportunity && a.contacts.length > 0 && ' · '}
            {a.contacts.length > 0 &&
              translate('trident.war_room.with_contacts', {
                names: a.contacts.map((c) => c.name).join(', '),
              })}
          </Typography>
        )}
        {a.nextSteps && (
          <Typography variant="caption" component="div" sx={{ overflowWrap: 'anywhere' }}>
            {translate('trident.war_room.next_steps', { text: a.nextSteps })}
          </Typography>
        )}
      </>
    );
  }
  if (entry.stageChange) {
    const c = entry.stageChange;
    return (
      <>
        <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
          {dealLink(c.opportunity)}:{' '}
          {c.fromStage
            ? translate('trident.war_room.stage_moved', {
                from: stageName(c.fromStage, locale),
                to: stageName(c.toStage, locale),
              })
            : translate('trident.war_room.deal_created', { to: stageName(c.toStage, locale) })}
        </Typography>
        {c.note && (
          <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
            {c.note}
          </Typography>
        )}
      </>
    );
  }
  if (entry.claimAttempt) {
    const c = entry.claimAttempt;
    return (
      <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {translate('trident.war_room.claim_attempt', {
          claimer: c.claimer.name,
          name: c.claimedName,
          winner: c.winner.name,
        })}
      </Typography>
    );
  }
  // An entry whose record the caller may not see: the kind and time still tell something.
  return (
    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
      {translate(`trident.war_room.timeline_kinds.${entry.kind}`)}
    </Typography>
  );
}

/** Visits, stage moves and contested claims, newest first, 20 at a time. */
export function TimelineSection({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const {
    data,
    isPending,
    error,
    hasNextPage,
    fetchNextPage,
    isFetchingNextPage,
    isFetchNextPageError,
  } = useInfiniteQuery({
    queryKey: ['warRoom', 'timeline', accountId],
    retry: retryNetworkErrors,
    queryFn: ({ pageParam }) =>
      api
        .query(WAR_ROOM_TIMELINE, { accountId, first: TIMELINE_PAGE_SIZE, after: pageParam })
        .then((data) => data.timeline),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last?.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined,
  });
  const entries = flattenTimeline(data?.pages ?? []);
  const total = data?.pages[0]?.totalCount ?? 0;
  const when = (at: string) => formatDateTime(at, locale);
  return (
    <WidgetCard
      title="trident.war_room.timeline"
      testId="war-room-timeline"
      isPending={isPending}
      // A failed "load more" keeps what is loaded; only a failed first page is the card's.
      error={data ? null : error}
      empty={entries.length === 0}
      emptyText="trident.war_room.no_timeline"
      action={
        total > 0 ? (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.war_room.showing', { shown: entries.length, total })}
          </Typography>
        ) : undefined
      }
    >
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {entries.map((entry) => (
          <Box
            component="li"
            key={`${entry.kind}:${entry.id}`}
            data-testid={`war-room-timeline-${entry.kind}`}
            sx={{
              display: 'flex',
              gap: 1.25,
              py: 0.75,
              borderBottom: 1,
              borderColor: 'divider',
              minWidth: 0,
            }}
          >
            <Box sx={{ pt: 0.25, flexShrink: 0 }}>{ICONS[entry.kind]}</Box>
            <Box sx={{ minWidth: 0, flexGrow: 1 }}>
              <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                {when(entry.at)}
                {entry.actor ? ` · ${entry.actor.name}` : ''}
              </Typography>
              <EntryBody entry={entry} locale={locale} />
            </Box>
          </Box>
        ))}
      </Box>
      {isFetchNextPageError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {translate('trident.widgets.error')}: {errorText(error)}
        </Alert>
      )}
      {hasNextPage && (
        <Stack sx={{ alignItems: 'center', mt: 1 }}>
          <Button
            size="small"
            variant="outlined"
            onClick={() => void fetchNextPage()}
            loading={isFetchingNextPage}
            data-testid="war-room-timeline-more"
          >
            {translate('trident.war_room.load_more')}
          </Button>
        </Stack>
      )}
    </WidgetCard>
  );
}
