import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import {
  EditButton,
  Show,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { RenewalFieldsFragment } from '../../gql/graphql';
import { formatMoney, NO_VALUE } from '../money';
import { RenewalStatusChip } from './RenewalStatusChip';
import { DateText } from '../../formats/DateText';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

const field = (name: string) => `resources.renewals.fields.${name}`;

function RenewalDetails() {
  const record = useRecordContext<RenewalFieldsFragment>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const text = (value: string | null | undefined) => (
    <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
      {value || NO_VALUE}
    </Box>
  );
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
            <Typography variant="h5" sx={{ flexGrow: 1 }}>
              {translate('trident.renewal.title', { account: record.account?.name ?? NO_VALUE })}
            </Typography>
            <RenewalStatusChip status={record.status} />
          </Stack>
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' },
              gap: 2,
            }}
          >
            <Fact label={field('accountId')}>
              {record.account ? (
                <Link to={`/accounts/${record.account.id}/show`}>{record.account.name}</Link>
              ) : (
                NO_VALUE
              )}
            </Fact>
            <Fact label={field('contractId')}>
              {record.contract ? (
                <Link to={`/contracts/${record.contract.id}/show`}>{record.contract.title}</Link>
              ) : (
                NO_VALUE
              )}
            </Fact>
            <Fact label={field('opportunityId')}>
              {record.opportunity ? (
                <Link to={`/opportunities/${record.opportunity.id}/show`}>
                  {record.opportunity.name}
                </Link>
              ) : (
                NO_VALUE
              )}
            </Fact>
            <Fact label={field('expectedSignDate')}>
              <DateText value={record.expectedSignDate} />
            </Fact>
            <Fact label={field('amount')}>
              <span data-testid="renewal-amount">{formatMoney(record.amount, locale)}</span>
            </Fact>
            <Fact label={field('createdAt')}>
              <DateText value={record.createdAt} showTime />
            </Fact>
          </Box>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' },
              gap: 2,
            }}
          >
            <Fact label={field('newNeeds')}>{text(record.newNeeds)}</Fact>
            <Fact label={field('productFit')}>{text(record.productFit)}</Fact>
            <Fact label={field('newProductNeeded')}>{text(record.newProductNeeded)}</Fact>
          </Box>
        </CardContent>
      </Card>
    </Stack>
  );
}

/** One renewal: whose, which contract it renews, what the customer needs next, how much, when. */
export function RenewalShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <RenewalDetails />
    </Show>
  );
}
