import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Seed 002: raising the target of someone already ahead of plan is flagged, not forbidden. */
export function FastOxWarning() {
  const translate = useTranslate();
  return (
    <Alert severity="warning" variant="filled" role="alert" sx={{ my: 1 }}>
      <AlertTitle>{translate('trident.target.flagged_title')}</AlertTitle>
      {translate('trident.target.flagged_text')}
    </Alert>
  );
}
