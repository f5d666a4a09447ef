import { Box, Typography } from '@mui/material';
import { BANT_ITEMS, canSeeMoney, type Role } from '@trident/domain';
import {
  BooleanInput,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { currencyCode } from '../../inputs/validators';
import { NumberInput } from '../../inputs/forms';
import { useWatch } from 'react-hook-form';
import { leadSourceChoices, purchaseModeChoices } from '../../choices';
import { AccountInput } from '../account-input';
import { bantKey } from './bant';
import { contactChoice } from '../contacts/contact-choice';

const grid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' },
  columnGap: 2,
  width: '100%',
  maxWidth: 1100,
};
const wide = { gridColumn: { md: 'span 2' } };
const full = { gridColumn: { md: 'span 4' } };

const SPIN = ['situation', 'problem', 'implication', 'needPayoff'] as const;

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ ...full, mt: 2, mb: 1 }}>
      {translate(title)}
    </Typography>
  );
}

/**
 * Create and edit share these. BANT: each item is confirmed with a note saying how we
 * know; the API refuses a confirmed item without one and the message lands on the note.
 */
export function LeadInputs({ creating = false }: { creating?: boolean }) {
  const record = useRecordContext<{ accountId?: string }>();
  const accountId = (useWatch({ name: 'accountId' }) as string | undefined) ?? record?.accountId;
  const { permissions } = usePermissions<Role[]>();
  const seesMoney = canSeeMoney(permissions ?? []);
  return (
    <Box sx={grid}>
      {creating && (
        <Box sx={wide}>
          <AccountInput isRequired />
        </Box>
      )}
      <Box sx={creating ? wide : full}>
        <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
      </Box>
      <SelectInput source="source" choices={leadSourceChoices} defaultValue="OTHER" />
      <SelectInput source="scenario" choices={purchaseModeChoices} defaultValue="OCCASIONAL" />
      {/* Roles that do not see money neither see nor send the estimate (the API refuses). */}
      {seesMoney && <NumberInput source="estimated.amount" min={0} />}
      {seesMoney && (
        <TextInput
          source="estimated.currency"
          helperText="trident.lead.currency_help"
          validate={currencyCode}
        />
      )}
      <Box sx={wide}>
        <ReferenceInput
          key={accountId ?? 'none'}
          source="ownerId"
          reference="users"
          filter={accountId ? { onAccountTeam: accountId } : { status: 'ACTIVE' }}
        >
          <AutocompleteInput
            optionText="name"
            filterToQuery={(q: string) => ({ q })}
            helperText="trident.lead.owner_help"
            fullWidth
          />
        </ReferenceInput>
      </Box>

      <Section title="trident.lead.spin" />
      {SPIN.map((key) => (
        <Box key={key} sx={wide}>
          <TextInput
            source={`spin.${key}`}
            multiline
            minRows={2}
            fullWidth
            validate={maxLength(4000)}
          />
        </Box>
      ))}

      <Section title="trident.lead.bant" />
      {BANT_ITEMS.map((item) => {
        const key = bantKey(item);
        return (
          <Box key={item} sx={{ ...full, display: 'flex', gap: 2, alignItems: 'flex-start' }}>
            <Box sx={{ width: 220, flexShrink: 0, pt: 1 }}>
              <BooleanInput
                source={`${key}.confirmed`}
                label={`trident.bant_items.${item}`}
                helperText={false}
              />
            </Box>
            <TextInput
              source={`${key}.note`}
              label="trident.lead.bant_note"
              helperText={`trident.bant_help.${item}`}
              validate={maxLength(2000)}
              sx={{ flexGrow: 1 }}
            />
            {item === 'AUTHORITY' && (
              <ReferenceInput
                source="authorityContactId"
                reference="contacts"
                filter={{ accountId }}
              >
                <AutocompleteInput
                  optionText={contactChoice}
                  filterToQuery={(q: string) => ({ q })}
                  disabled={!accountId}
                  sx={{ width: 260 }}
                />
              </ReferenceInput>
            )}
          </Box>
        );
      })}
    </Box>
  );
}
