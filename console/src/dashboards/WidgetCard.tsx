import { errorText } from '../providers/api-error';
import { Alert, Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A dashboard widget's frame: title, and its loading, error and empty states. */
export function WidgetCard({
  title,
  action,
  isPending,
  error,
  empty,
  emptyText = 'trident.widgets.empty',
  testId,
  children,
}: {
  title: string;
  action?: ReactNode;
  isPending: boolean;
  error: unknown;
  empty: boolean;
  emptyText?: string;
  testId?: string;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Card data-testid={testId} sx={{ height: '100%' }}>
      <CardContent sx={{ overflowX: 'auto' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
          <Typography variant="h6">{translate(title)}</Typography>
          {action}
        </Box>
        {isPending ? (
          <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
            <CircularProgress size={28} aria-label={translate('ra.page.loading')} />
          </Box>
        ) : error ? (
          <Alert severity="error">
            {translate('trident.widgets.error')}: {errorText(error)}
          </Alert>
        ) : empty ? (
          <Typography variant="body2" sx={{ color: 'text.secondary', p: 2, textAlign: 'center' }}>
            {translate(emptyText)}
          </Typography>
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
}
