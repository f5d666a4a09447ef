import { Typography } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { renewalStatusChoices } from '../../choices';
import { DateField } from '../../formats/DateField';
import type { RenewalFieldsFragment } from '../../gql/graphql';
import { NumberInput } from '../../inputs/forms';
import { AccountInput } from '../account-input';
import { MoneyField } from '../MoneyField';
import { RenewalStatusChip } from './RenewalStatusChip';

const filters = [
  <AccountInput key="accountId" alwaysOn />,
  <NumberInput key="dueWithinDays" source="dueWithinDays" min={0} max={3650} alwaysOn />,
  <SelectInput key="status" source="status" choices={renewalStatusChoices} alwaysOn />,
];

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
    </TopToolbar>
  );
}

/** One text cell on one line: the rest is on the renewal's page. */
export function ClippedText({ text }: { text: string | null | undefined }) {
  return (
    <Typography
      component="span"
      variant="body2"
      title={text ?? undefined}
      sx={{
        display: 'block',
        maxWidth: 320,
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        whiteSpace: 'nowrap',
      }}
    >
      {text || '—'}
    </Typography>
  );
}

/** A date or an amount on one line, whatever the column's width. */
export const renewalGridSx = {
  '& .column-expectedSignDate, & .column-amount, & .column-status': { whiteSpace: 'nowrap' },
};

/** The renewal columns; on an account's page the account goes without saying. */
export function renewalColumns({ withAccount = true }: { withAccount?: boolean } = {}) {
  return [
    withAccount && (
      <TextField
        key="account"
        source="account.name"
        label="resources.renewals.fields.accountId"
        sortable={false}
      />
    ),
    <TextField
      key="contract"
      source="contract.title"
      label="resources.renewals.fields.contractId"
      sortable={false}
      emptyText="—"
    />,
    <DateField key="expectedSignDate" source="expectedSignDate" sortable={false} />,
    <MoneyField
      key="amount"
      source="amount"
      label="resources.renewals.fields.amount"
      sortable={false}
      textAlign="right"
    />,
    <FunctionField
      key="status"
      source="status"
      sortable={false}
      render={(r: RenewalFieldsFragment) => <RenewalStatusChip status={r.status} />}
    />,
    <FunctionField
      key="newNeeds"
      source="newNeeds"
      sortable={false}
      render={(r: RenewalFieldsFragment) => <ClippedText text={r.newNeeds} />}
    />,
  ].filter(Boolean);
}

/** Renewals in the caller's scope, soonest expected first. */
export function RenewalList() {
  return (
    <List filters={filters} actions={<ListActions />} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false} sx={renewalGridSx}>
        {renewalColumns()}
      </Datagrid>
    </List>
  );
}
