import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useStageName, type NamedStage } from '../resources/funnel-stages/stage-name';

export interface Refusal {
  dealName: string;
  stage: NamedStage;
  unmet: string[];
  message: string;
}

/** Why the API refused a move: each unmet entry criterion with what to do about it. */
export function RefusalAlert({ refusal, onClose }: { refusal: Refusal; onClose: () => void }) {
  const translate = useTranslate();
  const stageName = useStageName();
  return (
    <Alert severity="error" role="alert" onClose={onClose} sx={{ mb: 1 }}>
      <AlertTitle>
        {translate('trident.board.refused', {
          name: refusal.dealName,
          stage: stageName(refusal.stage),
        })}
      </AlertTitle>
      {refusal.unmet.length ? (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {refusal.unmet.map((criterion) => (
            <li key={criterion}>
              <strong>{translate(`trident.stage_criteria.${criterion}`)}</strong>:{' '}
              {translate(`trident.stage_criteria_help.${criterion}`)}
            </li>
          ))}
        </ul>
      ) : (
        refusal.message
      )}
    </Alert>
  );
}
