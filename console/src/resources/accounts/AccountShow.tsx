import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { Button, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  ArrayField,
  Datagrid,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  EditButton,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../formats/DateField';
import {
  lifecycleStageChoices,
  purchaseModeChoices,
  quadrantChoices,
  teamRoleChoices,
  tierChoices,
} from '../../choices';
import { TeamRobotPanel } from '../../delivery/TeamRobotPanel';
import { WarRoomButton } from '../../war-room/WarRoomButton';
import { RiskSection } from '../../risks/RiskSection';
import { AccountWhitespaceTab, GroupWarRoomButton } from '../../growth/AccountGrowth';
import { AccountRenewals } from '../renewals/AccountRenewals';
import { AccountSurveysTab } from '../../surveys/AccountSurveys';
import { MoneyField } from '../MoneyField';

function EmptyText({ messageKey }: { messageKey: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
      {translate(messageKey)}
    </Typography>
  );
}

/** The team's robot, under the team (the record is the account's). */
function TeamRobot() {
  const record = useRecordContext<{ id: string }>();
  return record ? <TeamRobotPanel accountId={record.id} /> : null;
}

function OrgChartButton() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button
      component={Link}
      to={`/accounts/${record.id}/org-chart`}
      startIcon={<AccountTreeIcon />}
      size="small"
    >
      {translate('trident.org_chart.open')}
    </Button>
  );
}

function AccountShowActions() {
  return (
    <TopToolbar>
      <WarRoomButton />
      <GroupWarRoomButton />
      <OrgChartButton />
      <EditButton />
    </TopToolbar>
  );
}

export function AccountShow() {
  return (
    <Show actions={<AccountShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="trident.details">
          <SimpleShowLayout sx={{ p: 0 }}>
            <TextField source="name" />
            <TextField source="registrationNo" emptyText="—" />
            <SelectField source="tier" choices={tierChoices} />
            <TextField source="industry" emptyText="—" />
            <TextField source="region" emptyText="—" />
            <ReferenceField source="parentId" reference="accounts" link="show" emptyText="—">
              <TextField source="name" />
            </ReferenceField>
            <TextField source="owner.name" label="resources.accounts.fields.owner" emptyText="—" />
            <SelectField source="quadrant" choices={quadrantChoices} emptyText="—" />
            <TextField source="relationshipLevel" emptyText="—" />
            <MoneyField source="potential" />
            <SelectField source="purchaseMode" choices={purchaseModeChoices} emptyText="—" />
            <SelectField source="lifecycleStage" choices={lifecycleStageChoices} emptyText="—" />
            <Labeled label="resources.accounts.fields.createdAt">
              <DateField source="createdAt" showTime />
            </Labeled>
          </SimpleShowLayout>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.accounts.fields.team" path="team">
          <ArrayField source="team" label={false}>
            <Datagrid
              bulkActionButtons={false}
              empty={<EmptyText messageKey="trident.empty.team" />}
            >
              <TextField source="user.name" label="resources.accounts.fields.user" />
              <TextField source="user.email" label="resources.users.fields.email" />
              <SelectField
                source="teamRole"
                choices={teamRoleChoices}
                label="resources.accounts.fields.teamRole"
              />
            </Datagrid>
          </ArrayField>
          <TeamRobot />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.accounts.fields.children" path="children">
          <ArrayField source="children" label={false}>
            <Datagrid
              bulkActionButtons={false}
              rowClick={(id) => `/accounts/${id}/show`}
              empty={<EmptyText messageKey="trident.empty.children" />}
            >
              <TextField source="name" label="resources.accounts.fields.name" />
              <SelectField
                source="tier"
                choices={tierChoices}
                label="resources.accounts.fields.tier"
              />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="trident.surveys.tab" path="voice">
          <AccountSurveysTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="trident.risks.title" path="risks">
          <AccountRisksTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="trident.growth.whitespace.tab" path="whitespace">
          <AccountWhitespaceTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="trident.renewal.tab" path="renewals">
          <AccountRenewals />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

/** The account's risk register, as in its war room (issue 20): ranked, kept by the team. */
function AccountRisksTab() {
  const record = useRecordContext();
  return record ? <RiskSection accountId={String(record.id)} /> : null;
}
