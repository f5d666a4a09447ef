import { Box, Button, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/**
 * One number on a desk, opening the list it was counted from. `testId` lets the browser
 * tests read the number and compare it with the API's and with the list it opens
 * (`data-tile` marks every tile for them).
 */
export function CountTile({
  value,
  label,
  to,
  alert,
  testId,
  caption,
}: {
  value: number | string;
  label: string;
  to: string;
  alert?: boolean;
  testId: string;
  caption?: ReactNode;
}) {
  const translate = useTranslate();
  const raised = alert && value !== 0 && value !== '0';
  return (
    <Button
      component={Link}
      to={to}
      variant="outlined"
      color={raised ? 'error' : 'inherit'}
      data-testid={testId}
      data-tile
      sx={{ flexDirection: 'column', flex: '1 1 120px', minWidth: 0, py: 1, textTransform: 'none' }}
    >
      <Typography variant="h4" component="span" data-value>
        {value}
      </Typography>
      <Typography variant="caption" component="span" sx={{ textAlign: 'center' }}>
        {translate(label)}
      </Typography>
      {caption && (
        <Typography variant="caption" component="span" sx={{ color: 'text.secondary' }}>
          {caption}
        </Typography>
      )}
    </Button>
  );
}

/** A row of count tiles that wraps on narrow screens. */
export function CountRow({ children }: { children: ReactNode }) {
  return <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }}>{children}</Box>;
}
