import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import {
  Box,
  Button,
  FormHelperText,
  IconButton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { InputHelperText, useInput, useTranslate } from 'react-admin';
import {
  CONDITION_FIELDS,
  newConditionRow,
  operatorsOf,
  parseConditionRows,
  printConditionRows,
  rowComplete,
  withField,
  type ConditionField,
  type ConditionOperator,
  type ConditionRow,
  type Connector,
} from './condition-builder';

const OPERATOR_KEYS: Record<ConditionOperator, string> = {
  '==': 'eq',
  '!=': 'ne',
  '>': 'gt',
  '>=': 'ge',
  '<': 'lt',
  '<=': 'le',
};

/** The API checks the syntax when saved; this only stops what is plainly not a condition. */
const conditionSyntax = (value: unknown) =>
  typeof value === 'string' && /[;`]|=>|\bfunction\b/.test(value)
    ? 'ra.validation.regex'
    : undefined;

const selectProps = {
  select: true,
  size: 'small',
  slotProps: { select: { native: true } },
} as const;

/**
 * A step's condition: rows of variable, operator and value joined by and/or, written to the
 * `condition` text the API parses. The text form stays for experts; a text the rows cannot
 * show (an "or" in parentheses inside an "and") is edited as text only. Errors — the API's
 * too, on `steps.N.condition` — show under it.
 */
export function ConditionInput() {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source: 'condition', validate: conditionSyntax });
  const text = typeof field.value === 'string' ? field.value : '';
  // Rows being edited, kept while they still write the form's text (an unfinished row
  // writes nothing); otherwise the rows are read from the text.
  const [draft, setDraft] = useState<ConditionRow[] | null>(null);
  const rows =
    draft && printConditionRows(draft) === text.trim() ? draft : parseConditionRows(text);
  const [asText, setAsText] = useState(false);
  const editAsText = asText || rows === null;
  const change = (next: ConditionRow[]) => {
    setDraft(next);
    field.onChange(printConditionRows(next));
  };
  const update = (index: number, patch: Partial<ConditionRow>) =>
    rows && change(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Box data-testid="condition-input" sx={{ gridColumn: { md: 'span 4' }, mb: 1 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {translate('resources.processTemplates.fields.steps.condition')}
        </Typography>
        <Button
          size="small"
          onClick={() => setAsText(!asText)}
          disabled={rows === null}
          data-testid="condition-mode"
        >
          {translate(editAsText ? 'trident.process.use_builder' : 'trident.process.edit_as_text')}
        </Button>
      </Stack>
      {editAsText ? (
        <TextField
          value={text}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
          name={field.name}
          size="small"
          fullWidth
          error={!!fieldState.error}
          placeholder='amount >= 1000000 and productLine == "5G"'
          slotProps={{ htmlInput: { 'aria-label': translate('trident.process.condition_text') } }}
          sx={{ fontFamily: 'monospace' }}
        />
      ) : (
        <Stack spacing={1} sx={{ mt: 0.5 }}>
          {rows!.length === 0 && (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {translate('trident.process.always_applies')}
            </Typography>
          )}
          {rows!.map((row, index) => (
            <Stack
              key={index}
              direction="row"
              data-testid="condition-row"
              sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}
            >
              {index === 0 ? (
                <Typography variant="body2" sx={{ width: 88, color: 'text.secondary' }}>
                  {translate('trident.process.when')}
                </Typography>
              ) : (
                <TextField
                  {...selectProps}
                  value={row.connector}
                  onChange={(event) =>
                    update(index, { connector: event.target.value as Connector })
                  }
                  sx={{ width: 88 }}
                  slotProps={{
                    ...selectProps.slotProps,
                    htmlInput: { 'aria-label': translate('trident.process.connector') },
                  }}
                >
                  {(['and', 'or'] as const).map((c) => (
                    <option key={c} value={c}>
                      {translate(`trident.process.connectors.${c}`)}
                    </option>
                  ))}
                </TextField>
              )}
              <TextField
                {...selectProps}
                value={row.field}
                onChange={(event) =>
                  update(index, withField(row, event.target.value as ConditionField))
                }
                sx={{ width: 150 }}
                slotProps={{
                  ...selectProps.slotProps,
                  htmlInput: { 'aria-label': translate('trident.process.condition_field') },
                }}
              >
                {(Object.keys(CONDITION_FIELDS) as ConditionField[]).map((name) => (
                  <option key={name} value={name}>
                    {translate(`trident.process.condition_fields.${name}`)}
                  </option>
                ))}
              </TextField>
              <TextField
                {...selectProps}
                value={row.operator}
                onChange={(event) =>
                  update(index, { operator: event.target.value as ConditionOperator })
                }
                sx={{ width: 150 }}
                slotProps={{
                  ...selectProps.slotProps,
                  htmlInput: { 'aria-label': translate('trident.process.condition_operator') },
                }}
              >
                {operatorsOf(row.field).map((op) => (
                  <option key={op} value={op}>
                    {`${op}  ${translate(`trident.process.operators.${OPERATOR_KEYS[op]}`)}`}
                  </option>
                ))}
              </TextField>
              <TextField
                size="small"
                value={row.value}
                type={CONDITION_FIELDS[row.field] === 'number' ? 'number' : 'text'}
                onChange={(event) => update(index, { value: event.target.value })}
                error={!rowComplete(row)}
                sx={{ width: 200 }}
                slotProps={{
                  htmlInput: {
                    'aria-label': translate('trident.process.condition_value'),
                    ...(CONDITION_FIELDS[row.field] === 'number' ? { min: 0 } : {}),
                  },
                }}
              />
              <IconButton
                size="small"
                aria-label={translate('ra.action.remove')}
                onClick={() => change(rows!.filter((_, i) => i !== index))}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
          ))}
          <Box>
            <Button
              size="small"
              startIcon={<AddIcon />}
              onClick={() => change([...rows!, newConditionRow()])}
              data-testid="condition-add"
            >
              {translate('trident.process.add_condition')}
            </Button>
          </Box>
        </Stack>
      )}
      <Typography
        variant="caption"
        component="div"
        sx={{ fontFamily: 'monospace', color: 'text.secondary', mt: 0.5, overflowWrap: 'anywhere' }}
        data-testid="condition-text"
      >
        {rows === null
          ? translate('trident.process.text_only')
          : editAsText
            ? translate('trident.process.condition_help')
            : text}
      </Typography>
      {fieldState.error && (
        <FormHelperText error>
          <InputHelperText error={fieldState.error.message} />
        </FormHelperText>
      )}
    </Box>
  );
}
