import { Chip } from '@mui/material';
import { useStageName } from './stage-name';
import type { StageRefFieldsFragment } from '../../gql/graphql';

export type ChipStage = Pick<
  StageRefFieldsFragment,
  'nameZh' | 'nameEn' | 'probability' | 'isWon' | 'isLost'
>;

/** A stage as a chip: won green, lost grey, open stages by probability. */
export function StageChip({ stage }: { stage: ChipStage | null | undefined }) {
  const name = useStageName();
  if (!stage) return null;
  const color = stage.isWon
    ? 'success'
    : stage.isLost
      ? 'default'
      : stage.probability >= 75
        ? 'primary'
        : stage.probability >= 50
          ? 'info'
          : 'warning';
  return (
    <Chip
      size="small"
      color={color}
      variant={stage.isLost ? 'outlined' : 'filled'}
      label={name(stage)}
    />
  );
}
