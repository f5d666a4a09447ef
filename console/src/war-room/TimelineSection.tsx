import { formatDateTime } from '../formats/dates';
import { errorText } from '../providers/api-error';
import DescriptionIcon from '@mui/icons-material/Description';
import EventNoteIcon from '@mui/icons-material/EventNote';
import FeedbackIcon from '@mui/icons-material/Feedback';
import GavelIcon from '@mui/icons-material/Gavel';
import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import PaymentsIcon from '@mui/icons-material/Payments';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { Alert, Box, Button, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import type { TimelineKind } from '@trident/domain';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { cloneElement, useState, type ReactElement } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatMoney } from '../resources/money';
import { WidgetCard } from '../dashboards/WidgetCard';
import { stageName } from '../resources/funnel-stages/stage-name';
import { retryNetworkErrors, useApi } from '../providers/api';
import { WAR_ROOM_TIMELINE, TIMELINE_PAGE_SIZE } from './war-room.graphql';
import type { TimelineEntry } from './war-room-logic';
import { flattenTimeline } from './war-room-logic';
import { entryLine, entryLink, TIMELINE_FILTER_KINDS, toggleKind } from './timeline-entries';

const ICONS: Record<TimelineKind, ReactElement<{ color?: string }>> = {
  ACTIVITY: <EventNoteIcon fontSize="small" color="primary" />,
  STAGE_CHANGE: <TrendingUpIcon fontSize="small" color="success" />,
  CLAIM_ATTEMPT: <GavelIcon fontSize="small" color="warning" />,
  FEEDBACK: <FeedbackIcon fontSize="small" color="info" />,
  TASK_DONE: <TaskAltIcon fontSize="small" color="success" />,
  PAYMENT: <PaymentsIcon fontSize="small" color="success" />,
  ESCALATION: <NotificationImportantIcon fontSize="small" color="error" />,
  CONTRACT: <DescriptionIcon fontSize="small" color="primary" />,
  RISK: <ReportProblemIcon fontSize="small" color="warning" />,
};

function EntryBody({
  entry,
  locale,
  accountId,
}: {
  entry: TimelineEntry;
  locale: string;
  accountId: string;
}) {
  const translate = useTranslate();
  const line = entryLine(entry);
  if (line) {
    const to = entryLink(entry, accountId);
    const text = translate(line.key, line.args);
    return (
      <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {line.chip && (
          <Chip
            size="small"
            variant="outlined"
            label={translate(line.chip)}
            sx={{ mr: 0.75, height: 20 }}
          />
        )}
        {to ? <Link to={to}>{text}</Link> : text}
        {line.money && (
          <Box component="span" sx={{ ml: 0.75, fontWeight: 600, whiteSpace: 'nowrap' }}>
            {formatMoney(line.money, locale)}
          </Box>
        )}
      </Typography>
    );
  }
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
          <Link to={`/activities/${a.id}/show`}>{a.summary}</Link>
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

/** The kinds to show: none picked is every kind; each chip turns one on or off. */
function KindFilter({
  kinds,
  onChange,
}: {
  kinds: TimelineKind[];
  onChange: (kinds: TimelineKind[]) => void;
}) {
  const translate = useTranslate();
  return (
    <Stack
      direction="row"
      sx={{ flexWrap: 'wrap', gap: 0.75, mb: 1 }}
      role="group"
      aria-label={translate('trident.war_room.timeline_filter')}
      data-testid="war-room-timeline-kinds"
    >
      <Chip
        size="small"
        label={translate('trident.war_room.timeline_all')}
        color={kinds.length === 0 ? 'primary' : 'default'}
        variant={kinds.length === 0 ? 'filled' : 'outlined'}
        onClick={() => onChange([])}
        aria-pressed={kinds.length === 0}
      />
      {TIMELINE_FILTER_KINDS.map((kind) => {
        const on = kinds.includes(kind);
        return (
          <Chip
            key={kind}
            size="small"
            // On the filled (chosen) chip the icon takes the chip's own colour.
            icon={on ? cloneElement(ICONS[kind], { color: 'inherit' }) : ICONS[kind]}
            label={translate(`trident.war_room.timeline_kinds.${kind}`)}
            color={on ? 'primary' : 'default'}
            variant={on ? 'filled' : 'outlined'}
            onClick={() => onChange(toggleKind(kinds, kind))}
            aria-pressed={on}
            data-testid={`timeline-kind-${kind}`}
          />
        );
      })}
    </Stack>
  );
}

/** Everything that happened at the account, newest first, 20 at a time; filtered by kind. */
export function TimelineSection({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const {
    data,
    isPending,
    error,
    hasNextPage,
    fetchNextPage,
    isFetchingNextPage,
    isFetchNextPageError,
    isFetching,
  } = useInfiniteQuery({
    queryKey: ['warRoom', 'timeline', accountId, kinds],
    retry: retryNetworkErrors,
    // Another filter keeps the rows on screen until its own arrive.
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam }) =>
      api
        .query(WAR_ROOM_TIMELINE, {
          accountId,
          first: TIMELINE_PAGE_SIZE,
          after: pageParam,
          kinds: kinds.length > 0 ? kinds : null,
        })
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
      // The filter stays on screen when it leaves nothing: the card says so under it.
      empty={false}
      action={
        total > 0 ? (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.war_room.showing', { shown: entries.length, total })}
          </Typography>
        ) : undefined
      }
    >
      <KindFilter kinds={kinds} onChange={setKinds} />
      {isFetching && !isFetchingNextPage && <LinearProgress sx={{ mb: 1 }} />}
      {entries.length === 0 && (
        <Typography variant="body2" sx={{ color: 'text.secondary', p: 2, textAlign: 'center' }}>
          {translate(
            kinds.length > 0
              ? 'trident.war_room.no_timeline_kinds'
              : 'trident.war_room.no_timeline',
          )}
        </Typography>
      )}
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
              <EntryBody entry={entry} locale={locale} accountId={accountId} />
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
