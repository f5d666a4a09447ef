import AutorenewIcon from '@mui/icons-material/Autorenew';
import { CreateButton, useRecordContext } from 'react-admin';
import type { ContractFieldsFragment } from '../../gql/graphql';
import { renewalCreatePath, renewalFromContract } from './renewal-input';

/*
 * CreateButton shows only to roles that may create renewals (canAccess, from the shared
 * access matrix); whether this person is the account's AR is the API's to say.
 */

/** On an account's page: a renewal of this customer. */
export function NewRenewalButton({ accountId }: { accountId: string }) {
  return (
    <CreateButton
      resource="renewals"
      label="trident.renewal.new"
      to={renewalCreatePath({ accountId })}
    />
  );
}

/** On a contract's page: its renewal, with customer, amount and a sign date a year on. */
export function RenewContractButton() {
  const record = useRecordContext<ContractFieldsFragment>();
  if (!record) return null;
  return (
    <CreateButton
      resource="renewals"
      label="trident.renewal.renew"
      icon={<AutorenewIcon />}
      to={renewalCreatePath(renewalFromContract(record))}
    />
  );
}
