import { Box, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

export interface DeskItem {
  key: string;
  to: string;
  primary: ReactNode;
  secondary?: ReactNode;
  alert?: boolean;
}

/** The first few rows behind a number, each opening its record; says so when there are none. */
export function DeskList({ title, items }: { title: string; items: DeskItem[] }) {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate(title)}
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', py: 1 }}>
          {translate('trident.desk.none')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {items.map((item) => (
            <ListItemButton key={item.key} component={Link} to={item.to}>
              <ListItemText
                primary={item.primary}
                secondary={item.secondary}
                slotProps={{
                  secondary: { color: item.alert ? 'error' : 'text.secondary' },
                }}
              />
            </ListItemButton>
          ))}
        </List>
      )}
    </Box>
  );
}
