import { Box, Stack, Typography } from '@mui/material';
import {
  Datagrid,
  Pagination,
  ReferenceManyField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { NewRenewalButton } from './RenewalButtons';
import { renewalColumns, renewalGridSx } from './RenewalList';

function NoRenewals() {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ color: 'text.secondary', p: 1 }}>
      {translate('trident.renewal.account_empty')}
    </Typography>
  );
}

/** The account's renewals (its next contracts), on the account's page. */
export function AccountRenewals() {
  const record = useRecordContext<{ id: string }>();
  if (!record) return null;
  return (
    <Box data-testid="account-renewals">
      <Stack direction="row" sx={{ justifyContent: 'flex-end', mb: 1 }}>
        <NewRenewalButton accountId={record.id} />
      </Stack>
      <ReferenceManyField
        reference="renewals"
        target="accountId"
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      >
        <Datagrid
          rowClick="show"
          bulkActionButtons={false}
          empty={<NoRenewals />}
          sx={renewalGridSx}
        >
          {renewalColumns({ withAccount: false })}
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
}
