import AccountTreeIcon from '@mui/icons-material/AccountTree';
import StarIcon from '@mui/icons-material/Star';
import { Box, Button, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { WidgetCard } from '../dashboards/WidgetCard';
import { CoverageShare } from '../org-chart/CoverageShare';
import { StanceChip } from './StanceChip';
import { retryNetworkErrors, useApi } from '../providers/api';
import { WAR_ROOM_COVERAGE } from './war-room.graphql';
import { mergeKeyContacts, uncoveredDecisionContacts } from './war-room-logic';

const SHARE_SX = {
  minWidth: 0,
  display: 'flex',
  flexDirection: 'column',
  justifyContent: 'flex-end',
} as const;
const SHARE_BAR_SX = { height: 6, borderRadius: 3 } as const;

/** A short list of names as chips; "None" when empty, "+n" past the limit. */
function Names({
  title,
  items,
  color = 'default',
  limit = 6,
  testId,
}: {
  title: string;
  items: { id: string; name: string; title?: string | null }[];
  color?: 'default' | 'warning' | 'error';
  limit?: number;
  testId: string;
}) {
  const translate = useTranslate();
  return (
    <Box data-testid={testId}>
      <Typography variant="subtitle2" sx={{ mt: 1, mb: 0.5 }}>
        {translate(title)} ({items.length})
      </Typography>
      {items.length === 0 ? (
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {translate('trident.org_chart.none')}
        </Typography>
      ) : (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
          {items.slice(0, limit).map((item) => (
            <Chip
              key={item.id}
              size="small"
              variant="outlined"
              color={color}
              label={item.title ? `${item.name} · ${item.title}` : item.name}
              sx={{ maxWidth: '100%' }}
            />
          ))}
          {items.length > limit && <Chip size="small" label={`+${items.length - limit}`} />}
        </Stack>
      )}
    </Box>
  );
}

function Columns({ children }: { children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
        columnGap: 2,
      }}
    >
      {children}
    </Box>
  );
}

/** Seed 003 coverage in brief, and the people who decide, with their stance. */
export function CoverageSection({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['warRoom', 'coverage', accountId],
    retry: retryNetworkErrors,
    queryFn: () => api.query(WAR_ROOM_COVERAGE, { accountId }),
  });
  const coverage = data?.relationshipCoverage ?? null;
  const keyContacts = data ? mergeKeyContacts(data) : [];
  const empty =
    !coverage || (coverage.unitsTotal === 0 && coverage.contactsTotal === 0 && !keyContacts.length);
  return (
    <WidgetCard
      title="trident.war_room.coverage"
      testId="war-room-coverage"
      isPending={isPending}
      error={error}
      empty={empty}
      emptyText="trident.org_chart.empty"
      action={
        <Button
          component={Link}
          to={`/accounts/${accountId}/org-chart`}
          size="small"
          startIcon={<AccountTreeIcon />}
          data-testid="war-room-coverage-org-chart"
        >
          {translate('trident.war_room.full_org_chart')}
        </Button>
      }
    >
      {coverage && (
        <>
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
              gap: 2,
              mb: 1,
            }}
          >
            <CoverageShare
              sx={SHARE_SX}
              barSx={SHARE_BAR_SX}
              label={translate('trident.org_chart.unit_coverage')}
              value={coverage.unitCoverage}
              covered={coverage.unitsCovered}
              total={coverage.unitsTotal}
            />
            <CoverageShare
              sx={SHARE_SX}
              barSx={SHARE_BAR_SX}
              label={translate('trident.org_chart.decision_coverage')}
              value={coverage.decisionCoverage}
              covered={coverage.decisionContactsCovered}
              total={coverage.decisionContactsTotal}
            />
          </Box>
          <Columns>
            <Names
              title="trident.org_chart.uncovered_units"
              items={coverage.uncoveredUnits}
              color="warning"
              testId="war-room-uncovered-units"
            />
            <Names
              title="trident.war_room.uncovered_decision"
              items={uncoveredDecisionContacts(coverage)}
              color="warning"
              testId="war-room-uncovered-decision"
            />
            <Names
              title="trident.org_chart.rising_without_owner"
              items={coverage.risingStarsWithoutOwner}
              testId="war-room-rising-stars"
            />
            <Names
              title="trident.org_chart.opponents"
              items={coverage.highInfluenceOpponents}
              color="error"
              testId="war-room-opponents"
            />
          </Columns>
        </>
      )}
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate('trident.war_room.key_contacts')}
      </Typography>
      {keyContacts.length === 0 ? (
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {translate('trident.war_room.no_key_contacts')}
        </Typography>
      ) : (
        <List dense disablePadding data-testid="war-room-key-contacts">
          {keyContacts.map((contact) => (
            <ListItem key={contact.id} disableGutters divider sx={{ gap: 1, flexWrap: 'wrap' }}>
              <ListItemText
                sx={{ flex: '1 1 180px', minWidth: 0, my: 0.25 }}
                primary={contact.name}
                secondary={
                  [contact.title, contact.orgUnit?.name].filter(Boolean).join(' · ') ||
                  translate(`trident.levels.${contact.level}`)
                }
                slotProps={{ secondary: { noWrap: true } }}
              />
              <Stack
                direction="row"
                spacing={0.75}
                sx={{ alignItems: 'center', flexShrink: 0, flexWrap: 'wrap', rowGap: 0.5 }}
              >
                <StanceChip stance={contact.stance} />
                <Stack
                  direction="row"
                  sx={{ alignItems: 'center' }}
                  title={translate('trident.war_room.influence', { n: contact.influence })}
                  aria-label={translate('trident.war_room.influence', { n: contact.influence })}
                >
                  {Array.from({ length: 5 }, (_, i) => (
                    <StarIcon
                      key={i}
                      sx={{
                        fontSize: 14,
                        color: i < contact.influence ? 'warning.main' : 'action.disabled',
                      }}
                    />
                  ))}
                </Stack>
                <Typography
                  variant="caption"
                  noWrap
                  sx={{
                    maxWidth: 140,
                    color: contact.relationshipOwner ? 'text.secondary' : 'error.main',
                  }}
                >
                  {contact.relationshipOwner
                    ? contact.relationshipOwner.name
                    : translate('trident.org_chart.no_owner')}
                </Typography>
              </Stack>
            </ListItem>
          ))}
        </List>
      )}
    </WidgetCard>
  );
}
