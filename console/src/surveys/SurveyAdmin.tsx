import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  maxLength,
  required,
  SimpleFormIterator,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { SURVEY_MAX_QUESTIONS } from '@trident/domain';
import { DateField } from '../formats/DateField';
import { SimpleForm } from '../inputs/forms';

const grid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: 'repeat(2, 1fr)' },
  columnGap: 2,
  width: '100%',
  maxWidth: 1000,
};
const titleRules = [required(), maxLength(200)];
const questionRules = [required(), maxLength(300)];
const introRules = [maxLength(2000)];
const atMostQuestions = (value: unknown[] | undefined) =>
  (value?.length ?? 0) > SURVEY_MAX_QUESTIONS
    ? { message: 'ra.validation.maxValue', args: { max: SURVEY_MAX_QUESTIONS } }
    : undefined;

/** Both languages side by side: the public page shows the visitor's. */
function SurveyInputs() {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', maxWidth: 1000 }}>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
        {translate('trident.surveys.admin.intro')}
      </Typography>
      <Box sx={grid}>
        <TextInput source="titleZh" validate={titleRules} />
        <TextInput source="titleEn" validate={titleRules} />
        <TextInput source="introZh" validate={introRules} multiline minRows={2} />
        <TextInput source="introEn" validate={introRules} multiline minRows={2} />
      </Box>
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {translate('trident.surveys.admin.questions')}
      </Typography>
      <ArrayInput source="questions" label={false} validate={atMostQuestions}>
        <SimpleFormIterator inline disableClear>
          <TextInput
            source="zh"
            label="resources.surveys.fields.zh"
            validate={questionRules}
            helperText={false}
            sx={{ minWidth: { md: 360 } }}
          />
          <TextInput
            source="en"
            label="resources.surveys.fields.en"
            validate={questionRules}
            helperText={false}
            sx={{ minWidth: { md: 360 } }}
          />
        </SimpleFormIterator>
      </ArrayInput>
      <Box sx={{ ...grid, mt: 2 }}>
        <TextInput source="npsZh" validate={questionRules} />
        <TextInput source="npsEn" validate={questionRules} />
      </Box>
      <BooleanInput source="active" defaultValue helperText="trident.surveys.admin.active_help" />
    </Box>
  );
}

function SurveyList() {
  return (
    <List perPage={100} pagination={false} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="titleZh" sortable={false} />
        <TextField source="titleEn" sortable={false} />
        <FunctionField
          source="questions"
          sortable={false}
          render={(record: { questions?: unknown[] }) => record.questions?.length ?? 0}
        />
        <BooleanField source="active" sortable={false} />
        <DateField source="createdAt" sortable={false} />
      </Datagrid>
    </List>
  );
}

const NEW_SURVEY = { questions: [{ zh: '', en: '' }], active: true };

export const surveys = {
  list: SurveyList,
  create: () => (
    <Create redirect="list">
      <SimpleForm defaultValues={NEW_SURVEY}>
        <SurveyInputs />
      </SimpleForm>
    </Create>
  ),
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <SurveyInputs />
      </SimpleForm>
    </Edit>
  ),
};
