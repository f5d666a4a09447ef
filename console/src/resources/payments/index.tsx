import {
  FunctionField,
  List,
  Datagrid,
  ReferenceInput,
  TextField,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../../inputs/DateInput';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { DateField } from '../../formats/DateField';
import { DateTimeInput } from '../../inputs/DateTimeInput';
import { notBefore } from '../../inputs/validators';
import { Link } from 'react-router-dom';
import { formatAmount } from '../money';
import type { PaymentFieldsFragment } from '../../gql/graphql';

type PaymentRow = PaymentFieldsFragment;

const filters = [
  <DateInput key="paidFrom" source="paidFrom" alwaysOn />,
  <DateInput key="paidTo" source="paidTo" alwaysOn validate={notBefore('paidFrom')} />,
  <DateTimeInput key="recordedFrom" source="recordedFrom" alwaysOn />,
  <DateTimeInput
    key="recordedTo"
    source="recordedTo"
    alwaysOn
    validate={notBefore('recordedFrom')}
  />,
  <ReferenceInput key="accountId" source="accountId" reference="accounts">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

function Amount({ row }: { row: PaymentRow }) {
  const [locale] = useLocaleState();
  return (
    <>
      {formatAmount(row.amount, locale)} {row.milestone?.currency ?? ''}
    </>
  );
}

function Milestone({ row }: { row: PaymentRow }) {
  const translate = useTranslate();
  const m = row.milestone;
  if (!m) return <>—</>;
  return (
    <Link to={`/contracts/${m.contractId}/show`}>
      {m.contract?.account?.name ?? ''} · {m.contract?.title ?? ''} ·{' '}
      {translate(`trident.milestone_kinds.${m.kind}`)}
      {m.site ? ` · ${m.site}` : ''}
    </Link>
  );
}

/** Payments as booked, newest first: what came in, against which milestone, by whom. */
function PaymentList() {
  return (
    <List filters={filters} perPage={25} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateField source="recordedAt" showTime sortable={false} />
        <DateField source="paidAt" sortable={false} />
        <FunctionField
          source="amount"
          sortable={false}
          render={(row: PaymentRow) => <Amount row={row} />}
        />
        <FunctionField
          source="milestone"
          sortable={false}
          render={(row: PaymentRow) => <Milestone row={row} />}
        />
        <TextField source="reference" sortable={false} emptyText="—" />
        <TextField source="recordedBy.name" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}

export const payments = { list: PaymentList };
