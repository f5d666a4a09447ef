import { errorText } from '../providers/api-error';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import BusinessIcon from '@mui/icons-material/Business';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Rating,
  Stack,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { WarRoomAccount } from './war-room-logic';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

const QUADRANT_COLORS: Record<string, 'success' | 'info' | 'warning' | 'error'> = {
  CORE: 'success',
  GROWTH: 'info',
  TRACTION: 'warning',
  PROBLEM: 'error',
};

/** Who the customer is: name, tier, region, quadrant, service stage, relationship. */
export function WarRoomHeader({
  accountId,
  account,
  error,
}: {
  accountId: string;
  account: WarRoomAccount | null | undefined;
  error: unknown;
}) {
  const translate = useTranslate();
  const field = (name: string) => `resources.accounts.fields.${name}`;
  return (
    <Card data-testid="war-room-header">
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ alignItems: { sm: 'center' }, mb: account ? 1.5 : 0 }}
        >
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography variant="overline" sx={{ color: 'text.secondary', lineHeight: 1.5 }}>
              {translate('trident.war_room.title')}
            </Typography>
            <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
              {account?.name ?? '…'}
            </Typography>
          </Box>
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0, flexWrap: 'wrap', gap: 1 }}>
            <Button
              component={Link}
              to={`/accounts/${accountId}/show`}
              size="small"
              variant="outlined"
              startIcon={<BusinessIcon />}
              data-testid="war-room-account-link"
            >
              {translate('trident.war_room.account_page')}
            </Button>
            <Button
              component={Link}
              to={`/accounts/${accountId}/org-chart`}
              size="small"
              variant="outlined"
              startIcon={<AccountTreeIcon />}
              data-testid="war-room-org-chart-link"
              sx={{ ml: '0 !important' }}
            >
              {translate('trident.org_chart.open')}
            </Button>
          </Stack>
        </Stack>
        {error ? (
          <Alert severity="error">
            {translate('trident.widgets.error')}: {errorText(error)}
          </Alert>
        ) : null}
        {account && (
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: {
                xs: 'repeat(2, minmax(0, 1fr))',
                sm: 'repeat(3, minmax(0, 1fr))',
                md: 'repeat(6, minmax(0, 1fr))',
              },
              gap: 1.5,
            }}
          >
            <Fact label={field('tier')}>
              <Chip size="small" label={translate(`trident.tiers.${account.tier}`)} />
            </Fact>
            <Fact label={field('region')}>{account.region || '—'}</Fact>
            <Fact label={field('quadrant')}>
              {account.quadrant ? (
                <Chip
                  size="small"
                  color={QUADRANT_COLORS[account.quadrant] ?? 'default'}
                  label={translate(`trident.quadrants.${account.quadrant}`)}
                />
              ) : (
                '—'
              )}
            </Fact>
            <Fact label="trident.war_room.service_stage">
              {account.serviceStage
                ? translate(`trident.service_stages.${account.serviceStage}`)
                : '—'}
            </Fact>
            <Fact label={field('relationshipLevel')}>
              {account.relationshipLevel ? (
                <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                  <Rating
                    value={account.relationshipLevel}
                    max={5}
                    size="small"
                    readOnly
                    aria-label={`${account.relationshipLevel}/5`}
                  />
                  <span>{account.relationshipLevel}/5</span>
                </Stack>
              ) : (
                '—'
              )}
            </Fact>
            <Fact label={field('owner')}>{account.owner?.name ?? '—'}</Fact>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
