import { formatDate, formatDateTime } from '../../formats/dates';
import AddCommentIcon from '@mui/icons-material/AddComment';
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import {
  Datagrid,
  EditButton,
  FunctionField,
  Pagination,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
  CreateButton,
  useCanAccess,
} from 'react-admin';
import { DateField } from '../../formats/DateField';
import { activityKindChoices } from '../../choices';
import { DealChainBrief, DealChainPanel } from '../../chain/DealChainPanel';
import { StageStintsPanel } from '../../growth/StageStintsPanel';
import { StageChip } from '../funnel-stages/StageChip';
import { useStageName } from '../funnel-stages/stage-name';
import { formatMoney } from '../money';
import { BoardButton } from './OpportunityList';
import type { ActivityFieldsFragment, OpportunityFieldsFragment } from '../../gql/graphql';

type OpportunityRecord = OpportunityFieldsFragment;

function Panel({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
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

function None() {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
      {translate('trident.org_chart.none')}
    </Typography>
  );
}

const field = (name: string) => `resources.opportunities.fields.${name}`;

function DealFacts({ record }: { record: OpportunityRecord }) {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (
    <Panel title="trident.opportunity.deal">
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
        <Fact label={field('accountId')}>
          {record.account ? (
            <Link to={`/accounts/${record.accountId}/show`}>{record.account.name}</Link>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label={field('stage')}>
          <StageChip stage={record.stage} />{' '}
          <Typography component="span" variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('trident.opportunity.days_in_stage', { days: record.daysInStage })}
          </Typography>
        </Fact>
        <Fact label={field('amount')}>{formatMoney(record.amount, locale)}</Fact>
        <Fact label={field('weightedAmount')}>{formatMoney(record.weightedAmount, locale)}</Fact>
        <Fact label={field('contractAmount')}>{formatMoney(record.contractAmount, locale)}</Fact>
        <Fact label={field('expectedCloseDate')}>
          {record.expectedCloseDate ? formatDate(record.expectedCloseDate, locale) : '—'}
          {record.closeDatePassed && (
            <Typography
              component="span"
              variant="caption"
              sx={{ color: 'error.main', display: 'block' }}
              data-testid="close-date-passed"
            >
              {translate('trident.opportunity.close_date_passed')}
            </Typography>
          )}
        </Fact>
        <Fact label={field('ownerId')}>{record.owner?.name ?? '—'}</Fact>
        <Fact label="trident.chain.title">
          <DealChainBrief opportunityId={record.id} />
        </Fact>
        <Fact label={field('lead')}>
          {record.lead ? (
            <Link to={`/leads/${record.lead.id}/show`}>{record.lead.title}</Link>
          ) : (
            '—'
          )}
        </Fact>
        <Box sx={{ gridColumn: 'span 2' }}>
          <Fact label={field('products')}>
            {record.products.length ? (
              <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', mt: 0.5 }}>
                {record.products.map((p) => (
                  <Chip key={p} size="small" label={p} />
                ))}
              </Stack>
            ) : (
              '—'
            )}
          </Fact>
        </Box>
      </Box>
    </Panel>
  );
}

function DealTeam({ record }: { record: OpportunityRecord }) {
  const translate = useTranslate();
  return (
    <Panel title="trident.opportunity.people">
      <Typography variant="subtitle2">{translate(field('team'))}</Typography>
      {record.team.length === 0 ? (
        <None />
      ) : (
        <List dense disablePadding>
          {record.team.map((m) => (
            <ListItem key={`${m.userId}:${m.teamRole}`} disableGutters sx={{ py: 0 }}>
              <ListItemText
                primary={m.user?.name ?? m.userId}
                secondary={translate(`trident.team_roles.${m.teamRole}`)}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Typography variant="subtitle2" sx={{ mt: 1.5 }}>
        {translate(field('coachContactId'))}
      </Typography>
      {record.coachContact ? (
        <Typography variant="body2">
          <Link to={`/contacts/${record.coachContact.id}`}>{record.coachContact.name}</Link>
          {record.coachContact.title ? ` · ${record.coachContact.title}` : ''}
        </Typography>
      ) : (
        <None />
      )}
      <Typography variant="subtitle2" sx={{ mt: 1.5 }}>
        {translate(field('decisionContacts'))}
      </Typography>
      {record.decisionContacts.length === 0 ? (
        <None />
      ) : (
        <List dense disablePadding>
          {record.decisionContacts.map((c) => (
            <ListItem key={`${c.contactId}:${c.role}`} disableGutters sx={{ py: 0 }}>
              <ListItemText
                primary={
                  <>
                    <Link to={`/contacts/${c.contactId}`}>{c.contact?.name ?? c.contactId}</Link>
                    {c.contact?.title ? ` · ${c.contact.title}` : ''}{' '}
                    <Chip
                      size="small"
                      variant="outlined"
                      label={translate(`trident.buying_roles.${c.role}`)}
                    />
                  </>
                }
                secondary={c.note ?? undefined}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Panel>
  );
}

function Competitors({ record }: { record: OpportunityRecord }) {
  const translate = useTranslate();
  return (
    <Panel title="resources.opportunities.fields.competitors">
      {record.competitors.length === 0 ? (
        <None />
      ) : (
        record.competitors.map((c) => (
          <Box key={c.name} sx={{ mb: 1.5 }}>
            <Typography variant="subtitle2">{c.name}</Typography>
            <Typography variant="body2">
              <strong>{translate(field('competitors.strengths'))}:</strong> {c.strengths ?? '—'}
            </Typography>
            <Typography variant="body2">
              <strong>{translate(field('competitors.weaknesses'))}:</strong> {c.weaknesses ?? '—'}
            </Typography>
          </Box>
        ))
      )}
    </Panel>
  );
}

function StageHistory({ record }: { record: OpportunityRecord }) {
  const stageName = useStageName();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Panel title="trident.opportunity.history">
      <List dense disablePadding>
        {[...record.history].reverse().map((h) => (
          <ListItem key={h.id} disableGutters alignItems="flex-start" sx={{ py: 0.25 }}>
            <ListItemText
              primary={
                h.fromStage
                  ? `${stageName(h.fromStage)} → ${stageName(h.toStage)}`
                  : `${translate('trident.opportunity.created_in')} ${stageName(h.toStage)}`
              }
              secondary={[formatDateTime(h.at, locale), h.actor?.name, h.note]
                .filter(Boolean)
                .join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    </Panel>
  );
}

function Summary() {
  const record = useRecordContext<OpportunityRecord>();
  if (!record) return null;
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: 'repeat(4, 1fr)' },
        gap: 2,
        alignItems: 'start',
      }}
    >
      <DealFacts record={record} />
      <DealTeam record={record} />
      <Competitors record={record} />
      <StageHistory record={record} />
      <StageStintsPanel opportunityId={record.id} />
    </Box>
  );
}

/** Opens the visit log form with this deal's account and the deal filled in. */
function LogActivityButton() {
  const record = useRecordContext<OpportunityRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const source = encodeURIComponent(
    JSON.stringify({ accountId: record.accountId, opportunityId: record.id }),
  );
  return (
    <Button
      component={Link}
      to={`/activities/create?source=${source}`}
      startIcon={<AddCommentIcon />}
      size="small"
    >
      {translate('trident.activity.log')}
    </Button>
  );
}

function Activities() {
  return (
    <>
      <LogActivityButton />
      <ReferenceManyField
        reference="activities"
        target="opportunityId"
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
      >
        <Datagrid bulkActionButtons={false} rowClick="show" empty={<None />}>
          <DateField source="occurredAt" label="resources.activities.fields.occurredAt" showTime />
          <SelectField
            source="kind"
            choices={activityKindChoices}
            label="resources.activities.fields.kind"
          />
          <TextField source="summary" label="resources.activities.fields.summary" />
          <TextField
            source="nextSteps"
            label="resources.activities.fields.nextSteps"
            emptyText="—"
          />
          <FunctionField
            label="resources.activities.fields.participantIds"
            render={(r: ActivityFieldsFragment) =>
              r.participants.map((p) => p.name).join(', ') || '—'
            }
          />
        </Datagrid>
      </ReferenceManyField>
    </>
  );
}

function ChainTab() {
  const record = useRecordContext<OpportunityRecord>();
  return record ? <DealChainPanel opportunityId={record.id} /> : null;
}

function Heading() {
  const record = useRecordContext<OpportunityRecord>();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 2, pt: 2 }}>
      <Typography variant="h5">{record.name}</Typography>
      <StageChip stage={record.stage} />
    </Stack>
  );
}

/** A won deal becomes a contract: open the contract form with the deal filled in. */
function CreateContractButton() {
  const record = useRecordContext<{ id: string; name: string; stage?: { isWon: boolean } }>();
  const canCreate = useCanAccess({ resource: 'contracts', action: 'create' });
  if (!record?.stage?.isWon || !canCreate.canAccess) return null;
  return (
    <CreateButton
      resource="contracts"
      label="trident.contract.create_from_deal"
      to={{
        pathname: '/contracts/create',
        search: `?source=${encodeURIComponent(JSON.stringify({ opportunityId: record.id, title: record.name }))}`,
      }}
    />
  );
}

export function OpportunityShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <BoardButton />
          <CreateContractButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <Heading />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="trident.opportunity.summary">
          <Summary />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="trident.chain.title" path="chain">
          <ChainTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="trident.opportunity.activities" path="activities">
          <Activities />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
