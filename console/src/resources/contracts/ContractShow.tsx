import {
  Box,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { canRun, type Role } from '@trident/domain';
import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import {
  Show,
  TopToolbar,
  useGetIdentity,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ContractFieldsFragment as ContractRecord } from '../../gql/graphql';
import { formatMoney } from '../money';
import { EvidenceChecklist, InvoiceButton, RecordPaymentButton } from './MilestoneActions';
import { GatesButton, WaitingOn } from './MilestoneGates';
import { PaymentPlanButton } from './PaymentPlanButton';
import { RenewContractButton } from '../renewals/RenewalButtons';
import { MilestoneStatusChip } from './StatusChip';
import { DateText } from '../../formats/DateText';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Box>
  );
}

function ContractDetails() {
  const record = useRecordContext<ContractRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: identity } = useGetIdentity();
  if (!record) return null;
  const roles = (identity?.roles as Role[] | undefined) ?? [];
  const may = (operation: string) => canRun(roles, operation);
  const milestones = [...record.milestones].sort((a, b) => a.position - b.position);
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
            <Typography variant="h5" sx={{ flexGrow: 1 }}>
              {record.title}
            </Typography>
            <Chip label={translate(`trident.contract_kinds.${record.kind}`)} />
          </Stack>
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' },
              gap: 2,
            }}
          >
            <Fact label="resources.contracts.fields.accountId">
              {record.account ? (
                <Link to={`/accounts/${record.account.id}/show`}>{record.account.name}</Link>
              ) : (
                '—'
              )}
            </Fact>
            <Fact label="resources.contracts.fields.opportunityId">
              {record.opportunity ? (
                <Link to={`/opportunities/${record.opportunity.id}/show`}>
                  {record.opportunity.name}
                </Link>
              ) : (
                '—'
              )}
            </Fact>
            <Fact label="resources.contracts.fields.signedAt">
              <DateText value={record.signedAt} />
            </Fact>
            <Fact label="resources.contracts.fields.termMonths">{record.termMonths ?? '—'}</Fact>
            <Fact label="resources.contracts.fields.amount">
              {formatMoney(record.amount, locale)}
            </Fact>
            <Fact label="resources.contracts.fields.terms">{record.terms || '—'}</Fact>
            <Fact label="resources.contracts.fields.sites">
              {record.sites.length ? record.sites.join(', ') : '—'}
            </Fact>
          </Box>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="h6" sx={{ flexGrow: 1 }}>
              {translate('trident.milestone.title')}
            </Typography>
            {/* The plan is fixed once a milestone is invoiced (the API refuses a change). */}
            {may('Mutation.setPaymentPlan') && milestones.every((m) => m.stage === 'PLANNED') && (
              <PaymentPlanButton contract={record} />
            )}
          </Stack>
          {milestones.length === 0 ? (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {translate('trident.milestone.none')}
            </Typography>
          ) : (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" data-testid="milestones">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('trident.milestone.kind')}</TableCell>
                    <TableCell>{translate('trident.milestone.share')}</TableCell>
                    <TableCell>{translate('trident.milestone.due')}</TableCell>
                    <TableCell>{translate('trident.milestone.status')}</TableCell>
                    <TableCell align="right">{translate('trident.milestone.amount')}</TableCell>
                    <TableCell align="right">{translate('trident.milestone.paid')}</TableCell>
                    <TableCell align="right">{translate('trident.milestone.open')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {milestones.map((m) => (
                    <Fragment key={m.id}>
                      <TableRow sx={{ '& td': { borderBottom: 'none' } }}>
                        <TableCell>
                          {translate(`trident.milestone_kinds.${m.kind}`)}
                          {m.site ? ` · ${m.site}` : ''}
                        </TableCell>
                        <TableCell>{Number(m.share)}%</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          <DateText value={m.due} />
                        </TableCell>
                        <TableCell>
                          <MilestoneStatusChip status={m.status} />
                        </TableCell>
                        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                          {formatMoney(m.amount, locale)}
                        </TableCell>
                        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                          {formatMoney(m.paid, locale)}
                        </TableCell>
                        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                          {formatMoney(m.open, locale)}
                        </TableCell>
                        <TableCell sx={{ width: 300 }}>
                          <Stack
                            direction="row"
                            sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}
                          >
                            {m.stage === 'PLANNED' && may('Mutation.invoiceMilestone') && (
                              <InvoiceButton milestone={m} />
                            )}
                            {(m.stage === 'INVOICED' || m.stage === 'PARTIALLY_PAID') &&
                              may('Mutation.recordPayment') && (
                                <RecordPaymentButton milestone={m} />
                              )}
                            <GatesButton milestone={m} contract={record} />
                          </Stack>
                        </TableCell>
                      </TableRow>
                      <TableRow>
                        <TableCell colSpan={8} sx={{ pt: 0 }}>
                          <WaitingOn milestone={m} />
                          <EvidenceChecklist
                            milestone={m}
                            canCheck={may('Mutation.checkEvidence')}
                          />
                        </TableCell>
                      </TableRow>
                    </Fragment>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </CardContent>
      </Card>
    </Stack>
  );
}

/**
 * One contract: its terms, milestones with status, evidence (情·理·法), invoice and payments;
 * and its renewal, the next contract with the customer.
 */
export function ContractShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <RenewContractButton />
        </TopToolbar>
      }
    >
      <ContractDetails />
    </Show>
  );
}
