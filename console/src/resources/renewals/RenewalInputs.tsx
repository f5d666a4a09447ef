import { Box } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type ChangeEvent } from 'react';
import {
  maxLength,
  required,
  SelectInput,
  TextInput,
  useLocaleState,
  type RaRecord,
} from 'react-admin';
import { DateInput } from '../../inputs/DateInput';
import { formatDate } from '../../formats/dates';
import { useFormContext, useWatch } from 'react-hook-form';
import { renewalStatusChoices } from '../../choices';
import { NumberInput } from '../../inputs/forms';
import { currencyCode, positiveAmount } from '../../inputs/validators';
import { retryNetworkErrors, useApi } from '../../providers/api';
import { AccountInput } from '../account-input';
import { fillFromContract } from './renewal-input';
import { RENEWAL_LINK_CHOICES } from './renewals.graphql';

const grid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' },
  columnGap: 2,
  width: '100%',
  maxWidth: 1100,
};
const span = (n: number) => ({ gridColumn: { md: `span ${n}` } });

/** The account's contracts and RENEWAL deals, for the two pickers. */
function useLinkChoices(accountId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['renewalLinkChoices', accountId],
    enabled: !!accountId,
    retry: retryNetworkErrors,
    queryFn: () => api.query(RENEWAL_LINK_CHOICES, { accountId: accountId! }),
  });
}

/**
 * Create and edit share these. The contract and the deal are the chosen account's (the API
 * refuses others); a contract picked fills the amount, currency and sign date still empty.
 * A renewal keeps its account and currency once made.
 */
export function RenewalInputs({ creating = false }: { creating?: boolean }) {
  const { setValue, getValues } = useFormContext();
  const [locale] = useLocaleState();
  const accountId = useWatch({ name: 'accountId' }) as string | undefined;
  const choices = useLinkChoices(accountId);
  const contracts = choices.data?.contracts.nodes ?? [];
  const deals = (choices.data?.opportunities.nodes ?? []).filter((d) => d.kind === 'RENEWAL');

  // Another account: its contract and deal no longer apply.
  const shownAccount = useRef(accountId);
  useEffect(() => {
    if (shownAccount.current === accountId) return;
    if (shownAccount.current !== undefined) {
      setValue('contractId', null, { shouldDirty: true });
      setValue('opportunityId', null, { shouldDirty: true });
    }
    shownAccount.current = accountId;
  }, [accountId, setValue]);

  const onContract = (event: ChangeEvent<HTMLInputElement> | RaRecord) => {
    const picked = 'target' in event ? (event.target as HTMLInputElement).value : event.id;
    const contract = contracts.find((c) => c.id === picked);
    if (!creating || !contract) return;
    const fill = fillFromContract(getValues(), contract);
    for (const [path, value] of Object.entries(fill)) setValue(path, value, { shouldDirty: true });
  };

  const noAccount = !accountId;
  return (
    <Box sx={grid}>
      <Box sx={span(2)}>
        {creating ? (
          <AccountInput isRequired />
        ) : (
          <TextInput
            source="account.name"
            label="resources.renewals.fields.accountId"
            disabled
            fullWidth
          />
        )}
      </Box>
      <Box sx={span(2)}>
        <SelectInput
          source="contractId"
          choices={contracts}
          optionText={(c: { title: string; signedAt: string }) =>
            `${c.title} · ${formatDate(c.signedAt, locale)}`
          }
          translateChoice={false}
          emptyText="trident.renewal.none"
          isPending={!noAccount && choices.isPending}
          disabled={noAccount}
          helperText={noAccount ? 'trident.renewal.pick_account_first' : false}
          onChange={onContract}
          fullWidth
        />
      </Box>
      <Box sx={span(2)}>
        <SelectInput
          source="opportunityId"
          choices={deals}
          optionText="name"
          translateChoice={false}
          emptyText="trident.renewal.none"
          isPending={!noAccount && choices.isPending}
          disabled={noAccount || (!choices.isPending && deals.length === 0)}
          helperText={
            noAccount
              ? 'trident.renewal.pick_account_first'
              : !choices.isPending && deals.length === 0
                ? 'trident.renewal.no_renewal_deals'
                : 'trident.renewal.deal_help'
          }
          fullWidth
        />
      </Box>
      <DateInput source="expectedSignDate" validate={required()} />
      {creating ? (
        <Box />
      ) : (
        <SelectInput source="status" choices={renewalStatusChoices} validate={required()} />
      )}
      <NumberInput
        source="amount.amount"
        label="resources.renewals.fields.amount"
        min={0}
        validate={[required(), positiveAmount]}
      />
      <TextInput
        source="amount.currency"
        label="resources.renewals.fields.currency"
        defaultValue="CNY"
        validate={[required(), currencyCode]}
        disabled={!creating}
      />
      <Box sx={span(2)} />
      <Box sx={span(4)}>
        <TextInput
          source="newNeeds"
          multiline
          minRows={2}
          validate={maxLength(4000)}
          helperText="trident.renewal.new_needs_help"
          fullWidth
        />
      </Box>
      <Box sx={span(2)}>
        <TextInput source="productFit" multiline validate={maxLength(4000)} fullWidth />
      </Box>
      <Box sx={span(2)}>
        <TextInput source="newProductNeeded" multiline validate={maxLength(4000)} fullWidth />
      </Box>
    </Box>
  );
}
