import { Box, Typography } from '@mui/material';
import {
  Datagrid,
  List,
  SelectField,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../formats/DateField';
import { deliveryChannelChoices } from '../../choices';
import type { OutboxMessageFieldsFragment } from '../../gql/graphql';

function MessageText() {
  const row = useRecordContext<OutboxMessageFieldsFragment>();
  return (
    <Box component="pre" sx={{ whiteSpace: 'pre-wrap', m: 0, fontFamily: 'inherit' }}>
      {row?.text}
    </Box>
  );
}

function Empty() {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3 }} data-testid="outbox-empty">
      <Typography variant="h6">{translate('trident.outbox.empty')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('trident.outbox.explain')}
      </Typography>
    </Box>
  );
}

/**
 * What the development transport wrote instead of sending: a newcomer sees the emails and
 * robot posts without a mail server. Each person sees theirs (and their teams' robots).
 */
function OutboxList() {
  return (
    <List perPage={25} exporter={false} empty={<Empty />}>
      <Datagrid bulkActionButtons={false} rowClick="expand" expand={<MessageText />}>
        <DateField source="createdAt" showTime sortable={false} />
        <SelectField source="channel" choices={deliveryChannelChoices} sortable={false} />
        <TextField source="address" sortable={false} />
        <TextField source="subject" sortable={false} />
      </Datagrid>
    </List>
  );
}

export const outbox = { list: OutboxList };
