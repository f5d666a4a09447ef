import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Button } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  BooleanInput,
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  NumberField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { AutocompleteInput } from '../../inputs/AutocompleteInput';
import { AccountInput } from '../account-input';
import { StageChip, type ChipStage } from '../funnel-stages/StageChip';
import { StageInput } from '../funnel-stages/StageInput';
import { MoneyField } from '../MoneyField';
import { CloseDate } from './CloseDate';

const openChoices = [
  { id: true, name: 'trident.opportunity.open_only' },
  { id: false, name: 'trident.opportunity.closed_only' },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <StageInput key="stageId" alwaysOn />,
  <SelectInput key="open" source="open" choices={openChoices} alwaysOn />,
  <BooleanInput key="closeDatePassed" source="closeDatePassed" />,
  <ReferenceInput key="ownerId" source="ownerId" reference="users">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <AccountInput key="accountId" />,
];

export function BoardButton() {
  const translate = useTranslate();
  return (
    <Button component={Link} to="/opportunities/board" startIcon={<ViewKanbanIcon />} size="small">
      {translate('trident.board.open')}
    </Button>
  );
}

function ListActions() {
  return (
    <TopToolbar>
      <BoardButton />
      <FilterButton />
      <CreateButton />
    </TopToolbar>
  );
}

export function OpportunityList() {
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      filterDefaultValues={{ open: true }}
      sort={{ field: 'expectedCloseDate', order: 'ASC' }}
      perPage={25}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField
          source="account.name"
          label="resources.opportunities.fields.accountId"
          sortable={false}
        />
        <FunctionField
          source="stageId"
          label="resources.opportunities.fields.stage"
          render={(r: { stage: ChipStage }) => <StageChip stage={r.stage} />}
        />
        <MoneyField source="amount" textAlign="right" />
        <TextField
          source="owner.name"
          label="resources.opportunities.fields.ownerId"
          sortable={false}
        />
        <FunctionField
          source="expectedCloseDate"
          render={(r: { expectedCloseDate?: string | null; closeDatePassed?: boolean }) => (
            <CloseDate date={r.expectedCloseDate} passed={r.closeDatePassed} />
          )}
        />
        <NumberField source="daysInStage" sortable={false} />
      </Datagrid>
    </List>
  );
}
