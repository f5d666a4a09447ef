import { Chip } from '@mui/material';
import {
  BooleanInput,
  Datagrid,
  FunctionField,
  List,
  TextField,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../formats/DateField';
import type { TargetAdjustmentFieldsFragment } from '../../gql/graphql';
import { formatAmount } from '../money';

type AdjustmentRow = TargetAdjustmentFieldsFragment;

const filters = [<BooleanInput key="flagged" source="flagged" alwaysOn />];

function Change({ row }: { row: AdjustmentRow }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      {formatAmount(row.fromRevenue, locale)} → {formatAmount(row.toRevenue, locale)}{' '}
      {row.flagged && (
        <Chip size="small" color="warning" label={translate('trident.target.fast_ox')} />
      )}
    </>
  );
}

/**
 * Every change of a revenue target, newest first (seed 002: a rise for someone already ahead
 * of plan is flagged, so the fast ox is not whipped); rows open the targets page.
 */
function TargetAdjustmentList() {
  return (
    <List filters={filters} perPage={25} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={() => '/salesTargets'}>
        <DateField source="at" showTime sortable={false} />
        <TextField source="user.name" sortable={false} emptyText="—" />
        <TextField source="period" sortable={false} />
        <FunctionField
          source="toRevenue"
          sortable={false}
          render={(row: AdjustmentRow) => <Change row={row} />}
        />
        <TextField source="reason" sortable={false} />
        <TextField source="actor.name" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}

export const targetAdjustments = { list: TargetAdjustmentList };
