import { errorText } from '../../providers/api-error';
import { Button, Chip } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import {
  Datagrid,
  FunctionField,
  List,
  NumberField,
  SelectField,
  SelectInput,
  TextField,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../formats/DateField';
import { deliveryChannelChoices, deliveryKindChoices, deliveryStatusChoices } from '../../choices';
import type { DeliveryFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../providers/api';
import { RETRY_DELIVERY } from './deliveries.graphql';

const filters = [
  <SelectInput key="status" source="status" choices={deliveryStatusChoices} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={deliveryChannelChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={deliveryKindChoices} />,
];

const STATUS_COLOR: Record<string, 'success' | 'error' | 'warning' | 'default' | 'info'> = {
  SENT: 'success',
  FAILED: 'error',
  PENDING: 'info',
  SENDING: 'info',
  HELD: 'warning',
};

function Status({ row }: { row: DeliveryFieldsFragment }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={STATUS_COLOR[row.status] ?? 'default'}
      label={translate(`trident.delivery_statuses.${row.status}`)}
    />
  );
}

/** A failed message goes back on the queue. */
function RetryButton({ row }: { row: DeliveryFieldsFragment }) {
  const translate = useTranslate();
  const api = useApi();
  const notify = useNotify();
  const refresh = useRefresh();
  const retry = useMutation({
    mutationFn: () => api.mutate(RETRY_DELIVERY, { id: row.id }),
    onSuccess: () => {
      notify('trident.delivery.retried', { type: 'info' });
      refresh();
    },
    onError: (error: Error) => notify(errorText(error), { type: 'error' }),
  });
  if (row.status !== 'FAILED') return null;
  return (
    <Button size="small" disabled={retry.isPending} onClick={() => retry.mutate()}>
      {translate('trident.delivery.retry')}
    </Button>
  );
}

/** ADMIN's delivery log: every message on every channel, and why it went or did not. */
function DeliveryList() {
  return (
    <List filters={filters} perPage={50} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateField source="createdAt" showTime sortable={false} />
        <SelectField source="kind" choices={deliveryKindChoices} sortable={false} />
        <SelectField source="channel" choices={deliveryChannelChoices} sortable={false} />
        <FunctionField
          source="recipient"
          sortable={false}
          render={(row: DeliveryFieldsFragment) => row.recipient?.name ?? row.robot?.name ?? '—'}
        />
        <TextField source="subject" sortable={false} />
        <FunctionField
          source="status"
          sortable={false}
          render={(row: DeliveryFieldsFragment) => <Status row={row} />}
        />
        <TextField source="reason" sortable={false} emptyText="" />
        <TextField source="error" sortable={false} emptyText="" />
        <NumberField source="attempts" sortable={false} />
        <DateField source="sentAt" showTime sortable={false} emptyText="" />
        <FunctionField render={(row: DeliveryFieldsFragment) => <RetryButton row={row} />} />
      </Datagrid>
    </List>
  );
}

export const deliveries = { list: DeliveryList };
