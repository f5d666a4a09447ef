import type { ReactNode } from 'react';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import {
  Alert,
  Box,
  Card,
  CardContent,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Typography,
} from '@mui/material';
import { BANT_ITEMS } from '@trident/domain';
import { Link } from 'react-router-dom';
import {
  EditButton,
  Labeled,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../formats/DateField';
import { leadSourceChoices, leadStatusChoices, purchaseModeChoices } from '../../choices';
import { MoneyField } from '../MoneyField';
import { bantKey } from './bant';
import { ConvertLeadButton } from './ConvertLeadButton';
import { DisqualifyLeadButton } from './DisqualifyLeadButton';
import type { LeadFieldsFragment } from '../../gql/graphql';

type LeadRecord = LeadFieldsFragment;

const SPIN = ['situation', 'problem', 'implication', 'needPayoff'] as const;

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

function BantChecklist() {
  const record = useRecordContext<LeadRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Panel title="trident.lead.bant">
      <List dense disablePadding>
        {BANT_ITEMS.map((item) => {
          const check = record[bantKey(item)];
          const contact =
            item === 'AUTHORITY' && record.authorityContact
              ? ` · ${record.authorityContact.name}${record.authorityContact.title ? ` (${record.authorityContact.title})` : ''}`
              : '';
          return (
            <ListItem key={item} disableGutters>
              <ListItemIcon sx={{ minWidth: 36 }}>
                {check.confirmed ? (
                  <CheckCircleIcon color="success" />
                ) : (
                  <RadioButtonUncheckedIcon color="disabled" />
                )}
              </ListItemIcon>
              <ListItemText
                primary={`${translate(`trident.bant_items.${item}`)}${contact}`}
                secondary={check.note || translate('trident.lead.not_confirmed')}
              />
            </ListItem>
          );
        })}
      </List>
      {record.status === 'OPEN' && record.missingBant.length > 0 && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('trident.lead.bant_missing', {
            items: record.missingBant.map((i) => translate(`trident.bant_items.${i}`)).join(', '),
          })}
        </Alert>
      )}
    </Panel>
  );
}

function SpinNotes() {
  const record = useRecordContext<LeadRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Panel title="trident.lead.spin">
      {SPIN.map((key) => (
        <Box key={key} sx={{ mb: 1.5 }}>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate(`resources.leads.fields.spin.${key}`)}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {record.spin[key] || '—'}
          </Typography>
        </Box>
      ))}
    </Panel>
  );
}

function Outcome() {
  const record = useRecordContext<LeadRecord>();
  const translate = useTranslate();
  if (!record || record.status === 'OPEN') return null;
  return (
    <Alert severity={record.status === 'CONVERTED' ? 'success' : 'warning'} sx={{ mb: 2 }}>
      {record.opportunity ? (
        <>
          {translate('trident.lead.converted_to')}{' '}
          <Link to={`/opportunities/${record.opportunity.id}/show`}>{record.opportunity.name}</Link>
        </>
      ) : (
        translate(`trident.lead_statuses.${record.status}`)
      )}
      {record.overrideReason ? ` · ${record.overrideReason}` : ''}
    </Alert>
  );
}

function LeadSummary() {
  return (
    <Panel title="trident.details">
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 }}>
        <Labeled source="account.name" label="resources.leads.fields.accountId">
          <TextField source="account.name" />
        </Labeled>
        <Labeled source="status">
          <SelectField source="status" choices={leadStatusChoices} />
        </Labeled>
        <Labeled source="source">
          <SelectField source="source" choices={leadSourceChoices} />
        </Labeled>
        <Labeled source="scenario">
          <SelectField source="scenario" choices={purchaseModeChoices} />
        </Labeled>
        <Labeled source="estimated">
          <MoneyField source="estimated" />
        </Labeled>
        <Labeled source="owner.name" label="resources.leads.fields.ownerId">
          <TextField source="owner.name" />
        </Labeled>
        <Labeled source="createdAt">
          <DateField source="createdAt" />
        </Labeled>
        <Labeled source="updatedAt">
          <DateField source="updatedAt" showTime />
        </Labeled>
      </Box>
    </Panel>
  );
}

function LeadTitle() {
  const record = useRecordContext<{ title: string }>();
  return (
    <Typography variant="h5" sx={{ mb: 2 }}>
      {record?.title}
    </Typography>
  );
}

export function LeadShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <DisqualifyLeadButton />
          <EditButton />
          <ConvertLeadButton />
        </TopToolbar>
      }
    >
      <Box sx={{ p: 2 }}>
        <LeadTitle />
        <Outcome />
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', lg: 'repeat(3, 1fr)' },
            gap: 2,
          }}
        >
          <LeadSummary />
          <BantChecklist />
          <SpinNotes />
        </Box>
      </Box>
    </Show>
  );
}
