import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  List,
  maxLength,
  required,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { SimpleForm } from '../../inputs/forms';
import { DateField } from '../../formats/DateField';
import { robotPlatformChoices } from '../../choices';
import { retryNetworkErrors, useApi } from '../../providers/api';
import { DELIVERY_SETTINGS } from './delivery-robots.graphql';

/** The environment's side of delivery: mode, mail server, links, whether secrets can be stored. */
function DeliverySettingsPanel() {
  const translate = useTranslate();
  const api = useApi();
  const settings = useQuery({
    queryKey: ['deliverySettings'],
    retry: retryNetworkErrors,
    queryFn: () => api.query(DELIVERY_SETTINGS).then((data) => data.deliverySettings),
  });
  if (settings.isPending) return null;
  if (settings.error || !settings.data)
    return <Alert severity="error">{translate('trident.delivery.settings_error')}</Alert>;
  const s = settings.data;
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="delivery-settings">
      <CardContent>
        <Typography variant="subtitle1">{translate('trident.delivery.settings')}</Typography>
        <Stack direction="row" spacing={1} sx={{ my: 1, flexWrap: 'wrap' }}>
          <Chip
            size="small"
            color={s.mode === 'live' ? 'success' : 'warning'}
            label={translate(`trident.delivery.modes.${s.mode === 'live' ? 'live' : 'outbox'}`)}
          />
          <Chip
            size="small"
            label={
              s.smtpHost
                ? translate('trident.delivery.smtp', { host: s.smtpHost, from: s.from ?? '' })
                : translate('trident.delivery.no_smtp')
            }
          />
          <Chip
            size="small"
            label={translate('trident.delivery.links', { url: s.publicUrl ?? '—' })}
          />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {translate(
            s.canStoreSecrets ? 'trident.delivery.secrets_stored' : 'trident.delivery.secrets_env',
          )}
        </Typography>
      </CardContent>
    </Card>
  );
}

/** Address and secret are write-only: typed in, stored encrypted, never shown again. */
function RobotInputs({ editing }: { editing: boolean }) {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }}>
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      {editing ? (
        <SelectField source="platform" choices={robotPlatformChoices} />
      ) : (
        <SelectInput source="platform" choices={robotPlatformChoices} validate={required()} />
      )}
      <TextInput
        source="webhook"
        type="password"
        autoComplete="off"
        fullWidth
        validate={editing ? undefined : required()}
        helperText={translate(
          editing ? 'trident.delivery.webhook_keep' : 'trident.delivery.webhook_help',
        )}
      />
      <TextInput
        source="secret"
        type="password"
        autoComplete="off"
        fullWidth
        helperText={translate(
          editing ? 'trident.delivery.secret_keep' : 'trident.delivery.secret_help',
        )}
      />
      {editing && <BooleanInput source="removeSecret" />}
      <BooleanInput source="active" defaultValue />
    </Box>
  );
}

function RobotList() {
  return (
    <>
      <DeliverySettingsPanel />
      <List perPage={100} pagination={false} exporter={false}>
        <Datagrid rowClick="edit" bulkActionButtons={false}>
          <TextField source="name" sortable={false} />
          <SelectField source="platform" choices={robotPlatformChoices} sortable={false} />
          <TextField source="webhookHost" sortable={false} />
          <BooleanField source="signed" sortable={false} />
          <BooleanField source="active" sortable={false} />
          <DateField source="updatedAt" showTime sortable={false} />
        </Datagrid>
      </List>
    </>
  );
}

export const deliveryRobots = {
  list: RobotList,
  create: () => (
    <Create redirect="list">
      <SimpleForm>
        <RobotInputs editing={false} />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <RobotInputs editing />
      </SimpleForm>
    </Edit>
  ),
};
