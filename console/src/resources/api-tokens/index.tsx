import { errorText } from '../../providers/api-error';
import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField as MuiTextField,
} from '@mui/material';
import { useState } from 'react';
import {
  Create,
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  SelectInput,
  type RaRecord,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { SimpleForm } from '../../inputs/forms';
import { DateField } from '../../formats/DateField';
import { DateTimeInput } from '../../inputs/DateTimeInput';
import { useNavigate } from 'react-router-dom';
import type { ApiTokenFieldsFragment as TokenRow } from '../../gql/graphql';
import { useApi } from '../../providers/api';
import { REVOKE_API_TOKEN } from './api-tokens.graphql';
import { tokenStatus } from './token-status';

function TokenStatusChip({ row }: { row: TokenRow }) {
  const translate = useTranslate();
  const status = tokenStatus(row);
  return (
    <Chip
      size="small"
      color={status === 'active' ? 'success' : 'default'}
      label={translate(`trident.api_token.${status}`)}
    />
  );
}

/** Revoking is immediate and cannot be undone: the BI tool's next request is refused. */
function RevokeButton() {
  const record = useRecordContext<TokenRow>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = useApi();
  const [confirming, setConfirming] = useState(false);
  const [revoking, setRevoking] = useState(false);
  if (!record || record.revokedAt) return null;
  const revoke = async () => {
    setRevoking(true);
    try {
      await api.mutate(REVOKE_API_TOKEN, { id: record.id });
      notify('trident.api_token.revoked_done', { type: 'info' });
      refresh();
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    } finally {
      setConfirming(false);
      setRevoking(false);
    }
  };
  return (
    <>
      <Button size="small" color="error" onClick={() => setConfirming(true)}>
        {translate('trident.api_token.revoke')}
      </Button>
      <Dialog open={confirming} onClose={() => setConfirming(false)}>
        <DialogTitle>{translate('trident.api_token.revoke_title')}</DialogTitle>
        <DialogContent>{translate('trident.api_token.revoke_body')}</DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{translate('ra.action.cancel')}</Button>
          <Button color="error" variant="contained" onClick={revoke} disabled={revoking}>
            {translate('trident.api_token.revoke')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** BI tokens (ADMIN): who made them, when they were last used; secrets are never shown again. */
const statusChoices = (['active', 'expired', 'revoked'] as const).map((id) => ({
  id,
  name: `trident.api_token.${id}`,
}));
const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />];

function ApiTokenList() {
  return (
    <List
      filters={filters}
      perPage={50}
      exporter={false}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="name" sortable={false} />
        <TextField source="prefix" sortable={false} />
        <TextField source="createdBy.name" sortable={false} emptyText="—" />
        <DateField source="createdAt" showTime sortable={false} />
        <DateField source="lastUsedAt" showTime sortable={false} emptyText="—" />
        <DateField source="expiresAt" showTime sortable={false} emptyText="—" />
        <FunctionField
          source="revokedAt"
          sortable={false}
          render={(row: TokenRow) => <TokenStatusChip row={row} />}
        />
        <RevokeButton />
      </Datagrid>
    </List>
  );
}

/** Creating a token shows its secret once, to be copied into the BI tool. */
function ApiTokenCreate() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <>
      <Create
        redirect={false}
        mutationOptions={{
          onSuccess: (data: RaRecord) =>
            setSecret(typeof data.token === 'string' ? data.token : null),
        }}
      >
        <SimpleForm>
          <TextInput source="name" validate={required()} fullWidth />
          <DateTimeInput source="expiresAt" />
        </SimpleForm>
      </Create>
      <Dialog open={secret !== null} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('trident.api_token.secret_title')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('trident.api_token.secret_once')}
          </Alert>
          <MuiTextField
            value={secret ?? ''}
            fullWidth
            slotProps={{
              input: { readOnly: true },
              htmlInput: { 'data-testid': 'api-token-secret' },
            }}
            onFocus={(event) => event.target.select()}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => navigator.clipboard?.writeText(secret ?? '')}>
            {translate('trident.api_token.copy')}
          </Button>
          <Button variant="contained" onClick={() => navigate('/apiTokens')}>
            {translate('trident.api_token.done')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

export const apiTokens = { list: ApiTokenList, create: ApiTokenCreate };
