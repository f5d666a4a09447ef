import AcUnitIcon from '@mui/icons-material/AcUnit';
import StarIcon from '@mui/icons-material/Star';
import {
  Alert,
  Box,
  CircularProgress,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { WidgetCard } from '../dashboards/WidgetCard';
import type { StaleRelationshipFieldsFragment as Stale } from '../gql/graphql';
import { errorText } from '../providers/api-error';
import { retryNetworkErrors, useApi } from '../providers/api';
import { formatAgo } from './rhythm';
import { STALE_RELATIONSHIPS } from './rhythm.graphql';

function useStale(accountId: string | null, first: number) {
  const api = useApi();
  return useQuery({
    queryKey: ['staleRelationships', accountId, first],
    retry: retryNetworkErrors,
    queryFn: () =>
      api.query(STALE_RELATIONSHIPS, { accountId, first }).then((data) => data.staleRelationships),
  });
}

/** One cooling relationship: who, since when, how late; opens the contact. */
function StaleRows({ rows, showAccount }: { rows: Stale[]; showAccount: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List dense disablePadding data-testid="cooling-list">
      {rows.map((row) => {
        const last = formatAgo(row.lastContactedAt, locale);
        const who = row.contact
          ? `${row.contact.name}${row.contact.title ? ` · ${row.contact.title}` : ''}`
          : row.contactId;
        const secondary = [
          showAccount ? row.account?.name : null,
          last
            ? translate('trident.rhythm.last_met', { ago: last })
            : translate('trident.rhythm.never'),
          translate('trident.rhythm.overdue_days', { smart_count: row.daysOverdue }),
          row.relationshipOwner
            ? translate('trident.rhythm.owner', { name: row.relationshipOwner.name })
            : translate('trident.rhythm.no_owner'),
        ]
          .filter(Boolean)
          .join(' · ');
        return (
          <ListItemButton
            key={row.contactId}
            component={Link}
            to={`/contacts/${row.contactId}`}
            data-testid="cooling-row"
          >
            <ListItemIcon sx={{ minWidth: 32 }}>
              {row.contact?.risingStar ? (
                <StarIcon fontSize="small" color="warning" />
              ) : (
                <AcUnitIcon fontSize="small" color="info" />
              )}
            </ListItemIcon>
            <ListItemText
              primary={who}
              secondary={secondary}
              slotProps={{
                primary: { noWrap: true },
                secondary: { sx: { overflowWrap: 'anywhere' } },
              }}
            />
          </ListItemButton>
        );
      })}
    </List>
  );
}

/** The war room's "Cooling relationships": contacts of this account past their cadence. */
export function CoolingSection({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const { data, isPending, error } = useStale(accountId, 10);
  const rows = data?.nodes ?? [];
  return (
    <WidgetCard
      title="trident.rhythm.cooling_title"
      testId="war-room-cooling"
      isPending={isPending}
      error={error}
      empty={rows.length === 0}
      emptyText="trident.rhythm.cooling_empty"
      action={
        data && data.totalCount > 0 ? (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.war_room.showing', { shown: rows.length, total: data.totalCount })}
          </Typography>
        ) : undefined
      }
    >
      <StaleRows rows={rows} showAccount={false} />
    </WidgetCard>
  );
}

/** The AR desk's list: their cooling relationships across their accounts, most overdue first. */
export function CoolingDeskList() {
  const translate = useTranslate();
  const { data, isPending, error } = useStale(null, 5);
  const rows = data?.nodes ?? [];
  return (
    <Box sx={{ minWidth: 0 }} data-testid="desk-cooling">
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate('trident.rhythm.cooling_title')}
        {data && data.totalCount > 0 ? ` (${data.totalCount})` : ''}
      </Typography>
      {isPending ? (
        <Box sx={{ py: 1 }}>
          <CircularProgress size={18} aria-label={translate('ra.page.loading')} />
        </Box>
      ) : error ? (
        <Alert severity="error" sx={{ my: 1 }}>
          {translate('trident.widgets.error')}: {errorText(error)}
        </Alert>
      ) : rows.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', py: 1 }}>
          {translate('trident.rhythm.cooling_empty_mine')}
        </Typography>
      ) : (
        <StaleRows rows={rows} showAccount />
      )}
    </Box>
  );
}
