import { ReferenceInput, SelectInput, required } from 'react-admin';
import { useStageName, type NamedStage } from './stage-name';
import { WHOLE_LIST } from '../../inputs/whole-list';

/** Picks a funnel stage, named in the UI's language. */
export function StageInput({
  source = 'stageId',
  isRequired = false,
  alwaysOn,
  label,
}: {
  source?: string;
  isRequired?: boolean;
  alwaysOn?: boolean;
  label?: string;
}) {
  const name = useStageName();
  return (
    <ReferenceInput
      source={source}
      reference="funnelStages"
      alwaysOn={alwaysOn}
      perPage={WHOLE_LIST}
    >
      <SelectInput
        label={label}
        optionText={(stage: NamedStage) => name(stage)}
        validate={isRequired ? required() : undefined}
      />
    </ReferenceInput>
  );
}
