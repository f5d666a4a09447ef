import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import {
  BooleanInput,
  maxLength,
  minValue,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { AutocompleteInput } from '../inputs/AutocompleteInput';
import { Form, NumberInput, SaveButton } from '../inputs/forms';
import type { FieldValues } from 'react-hook-form';
import { dealTeamRoleChoices } from '../choices';
import type { InsertRunStepInput } from '../gql/graphql';
import { useApi } from '../providers/api';
import { apiError, apiMessage } from '../providers/api-error';
import { ApproverUnitInput } from '../resources/process-templates/ApproverUnitInput';
import { approverNamed } from '../resources/process-templates/template-input';
import { INSERT_RUN_STEP } from './chain.graphql';
import type { ChainRun } from './chain-chart';
import { contactChoice } from '../resources/contacts/contact-choice';

const approverRequired = approverNamed(() => true);

/** What the form holds; pickers left empty hold ''. */
type InsertValues = Partial<Record<keyof InsertRunStepInput, string | number | boolean | null>>;

const idOrNull = (value: unknown) => (typeof value === 'string' && value ? value : null);

/**
 * 临时加签: a signature nobody predicted, put into the running chain after the step the
 * user picks (by default the current one), with who approves it and why. With "add to the
 * account's template" every later run has it too; the API decides who may.
 */
export function InsertStepDialog({ run, onClose }: { run: ChainRun; onClose: () => void }) {
  const translate = useTranslate();
  const api = useApi();
  const notify = useNotify();
  const refresh = useRefresh();
  const steps = [...run.steps].sort((a, b) => a.position - b.position);
  const accountTemplate = !!run.template?.accountId;
  const submit = async (values: InsertValues) => {
    const input: InsertRunStepInput = {
      afterStepId: idOrNull(values.afterStepId),
      name: String(values.name ?? '').trim(),
      approverContactId: idOrNull(values.approverContactId),
      approverOrgUnitId: idOrNull(values.approverOrgUnitId),
      typicalDays: Number(values.typicalDays ?? 0),
      ownerRole: (idOrNull(values.ownerRole) as InsertRunStepInput['ownerRole']) ?? null,
      reason: String(values.reason ?? '').trim(),
      addToTemplate: values.addToTemplate === true,
    };
    try {
      await api.mutate(INSERT_RUN_STEP, { runId: run.id, input });
    } catch (error) {
      const details = apiError(error);
      // A refusal about a field is shown beside it; anything else as a message.
      if (details.field && details.field in values) return { [details.field]: apiMessage(details) };
      notify(apiMessage(details), { type: 'error' });
      return undefined;
    }
    notify('trident.chain.step_inserted', { type: 'success' });
    onClose();
    refresh();
    return undefined;
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="insert-step-dialog">
      <Form
        onSubmit={(values: FieldValues) => submit(values as InsertValues)}
        defaultValues={{
          afterStepId: run.currentStep?.id ?? steps[steps.length - 1]?.id ?? '',
          name: '',
          approverContactId: '',
          approverOrgUnitId: '',
          typicalDays: 3,
          ownerRole: '',
          reason: '',
          addToTemplate: false,
        }}
      >
        <DialogTitle>{translate('trident.chain.insert_step')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
            {translate('trident.chain.insert_help')}
          </Typography>
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
              columnGap: 2,
            }}
          >
            <TextInput
              source="name"
              label="trident.chain.fields.name"
              validate={[required(), maxLength(200)]}
              sx={{ gridColumn: { sm: 'span 2' } }}
            />
            <SelectInput
              source="afterStepId"
              label="trident.chain.fields.after"
              choices={steps.map((s) => ({ id: s.id, name: `${s.position}. ${s.name}` }))}
              emptyText="trident.chain.fields.first"
              translateChoice={false}
              sx={{ gridColumn: { sm: 'span 2' } }}
            />
            <ReferenceInput
              source="approverContactId"
              reference="contacts"
              filter={{ accountId: run.accountId }}
            >
              <AutocompleteInput
                label="trident.chain.fields.approver_contact"
                optionText={contactChoice}
                filterToQuery={(q: string) => ({ q })}
                validate={approverRequired}
                isRequired
                helperText="trident.chain.fields.approver_help"
              />
            </ReferenceInput>
            <ApproverUnitInput
              accountId={run.accountId}
              label="trident.chain.fields.approver_unit"
            />
            <NumberInput
              source="typicalDays"
              label="trident.chain.fields.typical_days"
              min={0}
              max={365}
              validate={[required(), minValue(0)]}
            />
            <SelectInput
              source="ownerRole"
              label="trident.chain.fields.owner_role"
              choices={dealTeamRoleChoices}
              emptyText="trident.chain.fields.owner_default"
            />
            <TextInput
              source="reason"
              label="trident.chain.fields.reason"
              multiline
              minRows={2}
              validate={[required(), maxLength(1000)]}
              sx={{ gridColumn: { sm: 'span 2' } }}
            />
            <BooleanInput
              source="addToTemplate"
              label="trident.chain.fields.add_to_template"
              disabled={!accountTemplate}
              helperText={
                accountTemplate
                  ? 'trident.chain.fields.add_to_template_help'
                  : 'trident.chain.fields.global_template'
              }
              sx={{ gridColumn: { sm: 'span 2' } }}
            />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton label="trident.chain.insert" />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
