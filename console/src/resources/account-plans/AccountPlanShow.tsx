import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  ArrayField,
  Datagrid,
  EditButton,
  FunctionField,
  Labeled,
  NumberField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../formats/DateField';
import { lifecycleStageChoices, quadrantChoices } from '../../choices';
import { MoneyField } from '../MoneyField';

function Panel({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

const twoColumns = { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 };

export function AccountPlanShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <Box
        sx={{
          p: 2,
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Panel title="trident.details">
          <Box sx={twoColumns}>
            <Labeled source="account.name" label="resources.accountPlans.fields.accountId">
              <TextField source="account.name" />
            </Labeled>
            <Labeled source="period">
              <TextField source="period" />
            </Labeled>
            <Labeled source="quadrant">
              <SelectField source="quadrant" choices={quadrantChoices} emptyText="—" />
            </Labeled>
            <Labeled source="relationshipStage">
              <SelectField
                source="relationshipStage"
                choices={lifecycleStageChoices}
                emptyText="—"
              />
            </Labeled>
            <Labeled source="potential.amount">
              <MoneyField source="potential" />
            </Labeled>
            <Labeled source="target.amount">
              <MoneyField source="target" />
            </Labeled>
            <Labeled source="riskMargin">
              <FunctionField
                source="riskMargin"
                render={(r: { riskMargin: number }) => `${r.riskMargin}×`}
              />
            </Labeled>
            <Labeled source="updatedAt">
              <DateField source="updatedAt" showTime />
            </Labeled>
          </Box>
        </Panel>
        <Panel title="trident.plan.step_intelligence">
          <Labeled source="intelligenceSummary">
            <TextField source="intelligenceSummary" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
          </Labeled>
          <Box>
            <Labeled source="strategy">
              <TextField source="strategy" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            </Labeled>
          </Box>
        </Panel>
        <Panel title="resources.accountPlans.fields.productTargets">
          <ArrayField source="productTargets" label={false}>
            <Datagrid bulkActionButtons={false} empty={<Typography variant="body2">—</Typography>}>
              <TextField
                source="product"
                label="resources.accountPlans.fields.productTargets.product"
              />
              <NumberField
                source="amount"
                label="resources.accountPlans.fields.productTargets.amount"
                textAlign="right"
              />
            </Datagrid>
          </ArrayField>
        </Panel>
        <Panel title="resources.accountPlans.fields.milestones">
          <ArrayField source="milestones" label={false}>
            <Datagrid bulkActionButtons={false} empty={<Typography variant="body2">—</Typography>}>
              <FunctionField
                label="resources.accountPlans.fields.milestones.done"
                render={(m: { done: boolean }) =>
                  m.done ? (
                    <CheckCircleIcon color="success" fontSize="small" />
                  ) : (
                    <RadioButtonUncheckedIcon color="disabled" fontSize="small" />
                  )
                }
              />
              <TextField source="task" label="resources.accountPlans.fields.milestones.task" />
              <TextField
                source="owner.name"
                label="resources.accountPlans.fields.milestones.ownerId"
              />
              <DateField source="due" label="resources.accountPlans.fields.milestones.due" />
              <MoneyField
                source="floorTarget"
                label="resources.accountPlans.fields.milestones.floorTarget"
              />
            </Datagrid>
          </ArrayField>
        </Panel>
      </Box>
    </Show>
  );
}
